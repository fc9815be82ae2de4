package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.crosscheck.model.Event;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Finding;
import org.crosscheck.stories.DateSpan;

/**
 * Finds the same event reported by several independent sources ("same-event" agreement). Two events
 * are the same when they have one type, share a source actor and a target actor (or both have
 * none), and their dates overlap (a day inside a month or range matches it; an undated event
 * matches any date). Events the extractor already merged across articles count with all their
 * articles. Stateless; thread-safe.
 */
final class SameEventCheck {
  private SameEventCheck() {}

  static List<Finding> run(List<Event> events, Outlets outlets) {
    List<Finding> out = new ArrayList<>();
    for (List<Event> group : Groups.of(events, sameType(events), SameEventCheck::same)) {
      Set<String> sources = new LinkedHashSet<>();
      for (Event e : group) {
        e.articles().forEach(a -> sources.add(outlets.sourceKey(a)));
      }
      if (sources.size() < 2) {
        continue;
      }
      Event first = group.get(0);
      String summary =
          String.format(
              "%s reported by %d outlets (%s).",
              describe(first), sources.size(), String.join(", ", sources));
      List<Evidence> evidence = new ArrayList<>();
      group.forEach(e -> evidence.addAll(e.evidence()));
      out.add(
          new Finding(
              "same-event",
              summary,
              group.stream().map(Event::id).collect(Collectors.toList()),
              evidence));
    }
    return out;
  }

  /** Candidates for {@link Groups}: events of one type only can be the same. */
  private static IntFunction<int[]> sameType(List<Event> events) {
    Map<Object, List<Integer>> byType = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      byType.computeIfAbsent(events.get(i).type(), k -> new ArrayList<>()).add(i);
    }
    Map<Object, int[]> indices = new HashMap<>();
    byType.forEach((type, list) -> indices.put(type, list.stream().mapToInt(i -> i).toArray()));
    return i -> indices.get(events.get(i).type());
  }

  static boolean same(Event a, Event b) {
    if (a.type() != b.type()) {
      return false;
    }
    if (!shareActor(a.source(), b.source()) || !shareActor(a.target(), b.target())) {
      return false;
    }
    DateSpan da = DateSpan.parse(a.date());
    DateSpan db = DateSpan.parse(b.date());
    return da == null || db == null || da.overlaps(db);
  }

  private static boolean shareActor(List<String> a, List<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      for (String y : b) {
        if (x.equalsIgnoreCase(y) || Names.same(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Antony Blinken CONSULT Benjamin Netanyahu in Tel Aviv on 2024-03-22". */
  static String describe(Event e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.source().isEmpty() ? "someone" : String.join(" and ", e.source()))
        .append(' ')
        .append(e.type())
        .append(e.mode() == null ? "" : " (" + e.mode() + ")");
    if (!e.target().isEmpty()) {
      sb.append(' ').append(String.join(" and ", e.target()));
    }
    if (e.place() != null) {
      sb.append(" in ").append(e.place());
    }
    if (e.date() != null) {
      sb.append(" on ").append(e.date());
    }
    return sb.toString();
  }
}
