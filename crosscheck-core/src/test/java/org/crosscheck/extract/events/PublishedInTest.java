package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.junit.jupiter.api.Test;

/** An action told in a dated text happened when the text came out. */
class PublishedInTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 20);

  @Test
  void anAccusationInAStatementPublishedOnADayTakesThatDay() {
    List<Event> found = EventsOfTexts.of(EventType.ACCUSE, PUBLISHED,
        "In a joint statement published on March 3, the Egyptian and Jordanian foreign ministries"
            + " accused Israel of blocking aid convoys.");
    assertThat(found).anySatisfy(e -> assertThat(e.date()).isEqualTo("2024-03-03"));
  }

  @Test
  void aStatementDatedOnlyByItsPlaceLeavesThePublicationDate() {
    List<Event> found = EventsOfTexts.of(EventType.ACCUSE, PUBLISHED,
        "In a statement published on its website, Egypt accused Israel of blocking aid convoys.");
    assertThat(found).anySatisfy(e -> assertThat(e.date()).isEqualTo("2024-03-20"));
  }
}
