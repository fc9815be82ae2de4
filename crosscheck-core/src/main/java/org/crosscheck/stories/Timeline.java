package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/**
 * A story's events in date order, each with the outlets that report it.
 *
 * <p>Order: by first day, then by last day (a day before the month or range that contains it), then
 * by id; undated events last. Stateless; thread-safe.
 */
public final class Timeline {
  private Timeline() {}

  /** The events reported by any of {@code articles}, in date order. */
  public static List<Event> ordered(Collection<Event> events, Set<String> articles) {
    return events.stream()
        .filter(e -> e.articles().stream().anyMatch(articles::contains))
        .sorted(ORDER)
        .collect(Collectors.toList());
  }

  /**
   * The timeline of {@code story}: its events (by {@link Story#timeline()} id) with their dates and
   * the outlets of the story's articles that report each.
   *
   * @param articles the articles by id, for their outlet names
   */
  public static List<TimelineEntry> of(
      Story story, Collection<Event> events, Map<String, Article> articles) {
    DateSpan span = story.start() == null ? null : new DateSpan(story.start(), story.end());
    List<TimelineEntry> out = new ArrayList<>();
    for (Event e : ordered(events, Set.copyOf(story.articles()))) {
      Set<String> outlets = new LinkedHashSet<>();
      for (String id : e.articles()) {
        if (story.articles().contains(id)) {
          outlets.add(outlet(articles.get(id), id));
        }
      }
      DateSpan date = DateSpan.parse(e.date());
      boolean background = span != null && date != null && !date.overlaps(span);
      out.add(new TimelineEntry(e, date, List.copyOf(outlets), background));
    }
    return out;
  }

  /** The outlet's name, or the article id when the outlet is unknown. */
  static String outlet(Article a, String id) {
    if (a == null || a.metadata().outlet() == null || a.metadata().outlet().isBlank()) {
      return id;
    }
    return a.metadata().outlet();
  }

  private static final Comparator<Event> ORDER =
      Comparator.<Event, Integer>comparing(e -> DateSpan.parse(e.date()) == null ? 1 : 0)
          .thenComparing(
              e -> DateSpan.parse(e.date()),
              Comparator.nullsLast(
                  Comparator.comparing(DateSpan::start).thenComparing(DateSpan::end)))
          .thenComparing(Event::id);
}
