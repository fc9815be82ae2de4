package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Evidence;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  private final EventMerger merger = new EventMerger();

  private static Event event(String article, EventType type, String source, String target,
      String date) {
    return new Event(article + "-e1", type, null, List.of(source), List.of(target), null, date,
        List.of(article), List.of(new Evidence(article, "A sentence.", 0, 1)));
  }

  @Test
  void theSameMeetingToldByTwoArticlesBecomesOneEventWithBothSources() {
    List<Event> merged = merger.merge(List.of(
        event("a", EventType.CONSULT, "Antony Blinken", "Egypt", "2024-03-21"),
        event("b", EventType.CONSULT, "Blinken", "Egypt", "2024-03")));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).articles()).containsExactly("a", "b");
    assertThat(merged.get(0).evidence()).hasSize(2);
    assertThat(merged.get(0).date()).isEqualTo("2024-03-21");
  }

  @Test
  void aDayInsideARangeIsCompatible() {
    assertThat(merger.merge(List.of(
        event("a", EventType.ASSAULT, "Israel", "Gaza", "2023-10-07..2024-03-21"),
        event("b", EventType.ASSAULT, "Israel", "Gaza", "2024-01-02")))).hasSize(1);
  }

  @Test
  void differentTypesActorsOrDaysStayApart() {
    assertThat(merger.merge(List.of(
        event("a", EventType.CONSULT, "Blinken", "Egypt", "2024-03-21"),
        event("a", EventType.CONSULT, "Blinken", "Egypt", "2024-03-25"),
        event("a", EventType.REQUEST, "Blinken", "Egypt", "2024-03-21"),
        event("a", EventType.CONSULT, "Blinken", "Israel", "2024-03-21"),
        event("a", EventType.CONSULT, "Kofod", "Egypt", "2024-03-21")))).hasSize(5);
  }
}
