package org.crosscheck.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Event;

/**
 * Merges the tellings of one event, from one article or many, into one event with all its
 * sources.
 *
 * <p>Two events are the same when they have the same type, share a source actor, share a target
 * actor (or one of them names no target), and their dates share a day (a day falls in a month or
 * range). Actor names match when equal ignoring case or when their last words match ("Blinken",
 * "Antony Blinken"). The merged event keeps the first event's id, the union of actors, articles
 * and evidence, the first known mode and place, and the most precise date.
 *
 * <p>Stateless and thread-safe; returns new records and never changes its input.
 */
public final class EventMerger {

  /** Merges {@code events}; the result keeps the order of first tellings. */
  public List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int same = -1;
      for (int i = 0; i < out.size() && same < 0; i++) {
        if (sameEvent(out.get(i), e)) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(e);
      } else {
        out.set(same, combine(out.get(same), e));
      }
    }
    return out;
  }

  /** Whether {@code a} and {@code b} tell the same event. */
  public static boolean sameEvent(Event a, Event b) {
    if (a.type() != b.type() || !overlap(a.source(), b.source())) {
      return false;
    }
    boolean targets =
        a.target().isEmpty() || b.target().isEmpty() || overlap(a.target(), b.target());
    return targets && datesCompatible(a.date(), b.date());
  }

  static boolean datesCompatible(String a, String b) {
    DateSpan x = DateSpan.parse(a);
    DateSpan y = DateSpan.parse(b);
    return x == null || y == null || x.overlaps(y);
  }

  static boolean overlap(List<String> a, List<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (sameName(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Antony Blinken" and "Blinken" are one name; "Israel" and "Iran" are not. */
  static boolean sameName(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT).strip();
    String y = b.toLowerCase(Locale.ROOT).strip();
    if (x.equals(y)) {
      return true;
    }
    String lastX = x.substring(x.lastIndexOf(' ') + 1);
    String lastY = y.substring(y.lastIndexOf(' ') + 1);
    return lastX.length() > 2 && lastX.equals(lastY);
  }

  private static Event combine(Event a, Event b) {
    return new Event(
        a.id(),
        a.type(),
        a.mode() != null ? a.mode() : b.mode(),
        union(a.source(), b.source()),
        union(a.target(), b.target()),
        a.place() != null ? a.place() : b.place(),
        preciser(a.date(), b.date()),
        union(a.articles(), b.articles()),
        union(a.evidence(), b.evidence()));
  }

  private static String preciser(String a, String b) {
    DateSpan x = DateSpan.parse(a);
    DateSpan y = DateSpan.parse(b);
    if (x == null) {
      return y == null ? a : b;
    }
    return y != null && y.days() < x.days() ? b : a;
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    Set<T> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return new ArrayList<>(s);
  }

  @Override
  public String toString() {
    return "EventMerger";
  }
}
