package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.Story;
import org.junit.jupiter.api.Test;

/** A story's events in date order, each with the outlets that report it. */
class TimelineTest {
  private static Event event(String id, String date, String... articles) {
    return new Event(
        id,
        EventType.CONSULT,
        null,
        List.of("Mara Lind"),
        List.of("Rui Costa"),
        null,
        date,
        List.of(articles),
        List.of(new Evidence(articles[0], "s", 0, 1)));
  }

  private static Article article(String id, String outlet) {
    ArticleMetadata meta =
        new ArticleMetadata(
            null, outlet, null, List.of(), LocalDate.parse("2025-06-11"), null, "en", List.of());
    return new Article(id, id, meta, List.of(Paragraph.body("text")), null);
  }

  private final Story story =
      new Story(
          "s",
          "Talks",
          LocalDate.parse("2025-06-09"),
          LocalDate.parse("2025-06-11"),
          List.of("a", "b"),
          List.of());
  private final List<Event> events =
      List.of(
          event("talks", "2025-06-10", "a", "b"),
          event("undated", null, "a"),
          event("arrival", "2025-06-09", "b"),
          event("other-story", "2025-06-09", "z"),
          event("war-began", "2023-10-07..2025-06-11", "a"),
          event("june", "2025-06", "b"));

  @Test
  void eventsComeInDateOrderUndatedLast() {
    List<String> ids =
        Timeline.ordered(events, java.util.Set.of("a", "b")).stream()
            .map(Event::id)
            .collect(Collectors.toList());
    assertThat(ids).containsExactly("war-began", "june", "arrival", "talks", "undated");
  }

  @Test
  void eachEntryNamesTheOutletsOfTheStoryThatReportIt() {
    List<TimelineEntry> t =
        Timeline.of(
            story, events, Map.of("a", article("a", "Daily Post"), "b", article("b", null)));
    TimelineEntry talks =
        t.stream().filter(e -> e.event().id().equals("talks")).findFirst().orElseThrow();
    assertThat(talks.outlets()).containsExactly("Daily Post", "b");
    assertThat(talks.background()).isFalse();
  }

  @Test
  void eventsOutsideTheStorySpanAreMarkedBackground() {
    Story s =
        new Story(
            "s",
            "Talks",
            LocalDate.parse("2025-06-09"),
            LocalDate.parse("2025-06-11"),
            List.of("a"),
            List.of());
    List<Event> old =
        List.of(event("war-began", "2023-10-07", "a"), event("talks", "2025-06-10", "a"));
    List<TimelineEntry> t = Timeline.of(s, old, Map.of());
    assertThat(t).extracting(TimelineEntry::background).containsExactly(true, false);
  }

  @Test
  void theClustererFillsEachStorysTimeline() {
    StoryClusterer c = new StoryClusterer();
    ArticleFeatures a =
        StoryClustererTest.article(
            "a",
            "Daily Post",
            "2025-06-10",
            null,
            List.of("Mara Lind"),
            "Mara Lind met Rui Costa in Lisbon for fishing quota talks.");
    c.add(a);
    Story s = c.stories(events).get(0);
    assertThat(s.timeline()).containsExactly("war-began", "talks", "undated");
  }
}
