package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A place that stands for who is there as a visit's or an attack's target is coded as the
 * country it names or whose capital it is; a place the tables do not know stays as written.
 */
class PlaceTargetTest {
  @Test
  void aVisitedCapitalStandsForItsCountry() {
    assertThat(EventsOfTexts.of(EventType.CONSULT,
            "The Somali president arrived in Nairobi on Wednesday for talks."))
        .anySatisfy(e -> assertThat(e.target()).containsExactly("Kenya"));
  }

  @Test
  void aVisitedTownTheTablesDoNotKnowStaysAsWritten() {
    assertThat(EventsOfTexts.of(EventType.CONSULT,
            "The Somali president arrived in Garissa on Wednesday for talks."))
        .allSatisfy(e -> assertThat(e.target()).doesNotContain("Kenya"));
  }

  @Test
  void aSourcesOwnCapitalIsNotItsTarget() {
    assertThat(EventsOfTexts.of(EventType.ASSAULT,
            "Kenya shelled rebel positions near Nairobi on Wednesday, killing five fighters."))
        .allSatisfy(e -> assertThat(e.target()).doesNotContain("Kenya"));
  }
}
