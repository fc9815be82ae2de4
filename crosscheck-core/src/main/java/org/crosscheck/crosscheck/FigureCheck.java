package org.crosscheck.crosscheck;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Qualifier;

/**
 * Lines up the figures for the same measure, group and place ({@link FigureKey}) across articles
 * and time, and tells progression and agreement from contradiction.
 *
 * <p>Two figures <em>contradict</em> when they are at most {@value #WINDOW_DAYS} days apart and
 * their {@link FigureRange ranges} lie more than {@value #FACTOR}× apart, allowing growth for
 * cumulative measures (killed, wounded, displaced...): a later toll may be any amount higher than
 * an earlier one, but not {@value #FACTOR}× lower. Figures further apart in time never contradict:
 * tolls rise, populations move.
 *
 * <ul>
 *   <li>Conflict "figure-outlier": a figure contradicted by at least two of the others for its key
 *       in the window, one of them from another source, and by more than half of them (a robust
 *       majority rule: one wrong figure cannot make the right ones look like outliers).
 *   <li>Conflict "figure-conflict": two figures from independent sources that contradict when
 *       neither is an outlier (there is no majority to say which is wrong).
 *   <li>Agreement "figure-agreement": the other figures of a key from at least two independent
 *       sources all overlap within their qualifiers ("more than a million" and "about 1.5
 *       million").
 *   <li>Agreement "figure-timeline": they differ but consistently over time (a rising toll).
 * </ul>
 *
 * A key's figures are cut into separate series where {@value #SERIES_GAP_DAYS} days pass without a
 * figure: the toll of a war three years earlier is another series. Stateless; thread-safe.
 */
final class FigureCheck {
  static final int WINDOW_DAYS = 7;
  static final int SERIES_GAP_DAYS = 90;
  static final double FACTOR = 2.0;

  /** Measures that only grow while the events go on. */
  static final Set<String> CUMULATIVE =
      Set.of(
          "killed",
          "wounded",
          "missing",
          "displaced",
          "taken hostage",
          "arrested",
          "detained",
          "tons of aid",
          "trucks of aid",
          "destroyed",
          "damaged",
          "rockets fired");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private FigureCheck() {}

  static CrossCheck run(List<Figure> figures, Outlets outlets) {
    Map<FigureKey, List<Item>> byKey = new LinkedHashMap<>();
    FigurePlaces places = new FigurePlaces(outlets);
    for (Figure f : figures) {
      FigureKey key = FigureKey.of(f);
      if (key.place() == null) {
        key = FigureKey.of(f, places.around(f));
      }
      LocalDate date = f.asOf() != null ? f.asOf() : published(outlets, f.article());
      if (key.comparable() && date != null) {
        byKey
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Item(f, FigureRange.of(f), date, outlets.sourceKey(f.article())));
      }
    }
    List<Finding> agreements = new ArrayList<>();
    List<Finding> conflicts = new ArrayList<>();
    for (Map.Entry<FigureKey, List<Item>> e : byKey.entrySet()) {
      FigureKey key = e.getKey();
      List<Item> items = new ArrayList<>(e.getValue());
      items.sort(Comparator.comparing(Item::date));
      boolean cumulative = CUMULATIVE.contains(key.measure());
      List<Item> outliers = new ArrayList<>();
      for (Item f : items) {
        Finding outlier = outlier(f, items, cumulative, key, outlets);
        if (outlier != null) {
          outliers.add(f);
          conflicts.add(outlier);
        }
      }
      List<Item> rest = new ArrayList<>(items);
      rest.removeAll(outliers);
      conflicts.addAll(pairConflicts(rest, cumulative, key, outlets));
      for (List<Item> series : series(rest)) {
        Finding f = agreement(consistent(series, cumulative), key, outlets);
        if (f != null) {
          agreements.add(f);
        }
      }
    }
    return new CrossCheck(agreements, conflicts);
  }

  /** True when {@code f} contradicts {@code g} (see the class comment). */
  static boolean contradicts(Item f, Item g, boolean cumulative) {
    return contradicts(f, g, cumulative, WINDOW_DAYS);
  }

  /** {@link #contradicts(Item, Item, boolean)} within a window of {@code window} days. */
  static boolean contradicts(Item f, Item g, boolean cumulative, long window) {
    long days = ChronoUnit.DAYS.between(f.date, g.date);
    if (Math.abs(days) > window) {
      return false;
    }
    boolean fLow = f.range.farBelow(g.range, FACTOR);
    boolean fHigh = g.range.farBelow(f.range, FACTOR);
    if (!cumulative || days == 0) {
      return fLow || fHigh;
    }
    return days > 0 ? fHigh : fLow;
  }

  private static Finding outlier(
      Item f, List<Item> items, boolean cumulative, FigureKey key, Outlets outlets) {
    List<Item> inWindow = new ArrayList<>();
    List<Item> against = new ArrayList<>();
    for (Item g : items) {
      if (g != f && Math.abs(ChronoUnit.DAYS.between(f.date, g.date)) <= WINDOW_DAYS) {
        inWindow.add(g);
        if (contradicts(f, g, cumulative)) {
          against.add(g);
        }
      }
    }
    // One article listing several values for a measure (a table of vote counts, the sizes of a
    // car's boot) contradicts nobody: another source must be among the figures against it.
    boolean otherSource = against.stream().anyMatch(g -> !g.source.equals(f.source));
    if (against.size() < 2 || !otherSource || against.size() * 2 <= inWindow.size()) {
      return null;
    }
    String summary =
        String.format(
            "Outlier: %s %s (%s) is far from the %d other figures for the same measure within %d"
                + " days: %s.",
            show(f.figure),
            key.describe(),
            where(f, outlets),
            against.size(),
            WINDOW_DAYS,
            against.stream()
                .map(g -> show(g.figure) + " (" + where(g, outlets) + ")")
                .collect(Collectors.joining("; ")));
    List<Item> involved = new ArrayList<>();
    involved.add(f);
    involved.addAll(against);
    return finding("figure-outlier", summary, involved);
  }

  private static List<Finding> pairConflicts(
      List<Item> items, boolean cumulative, FigureKey key, Outlets outlets) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        Item f = items.get(i);
        Item g = items.get(j);
        if (!f.source.equals(g.source) && contradicts(f, g, cumulative)) {
          String summary =
              String.format(
                  "Figures disagree on %s: %s (%s) against %s (%s).",
                  key.describe(),
                  show(f.figure),
                  where(f, outlets),
                  show(g.figure),
                  where(g, outlets));
          out.add(finding("figure-conflict", summary, List.of(f, g)));
        }
      }
    }
    return out;
  }

  /** Consecutive runs of items (sorted by date) with no gap over {@link #SERIES_GAP_DAYS}. */
  private static List<List<Item>> series(List<Item> sorted) {
    List<List<Item>> out = new ArrayList<>();
    List<Item> current = new ArrayList<>();
    for (Item i : sorted) {
      if (!current.isEmpty()
          && ChronoUnit.DAYS.between(current.get(current.size() - 1).date, i.date)
              > SERIES_GAP_DAYS) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(i);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * The series without the figures that most of it contradicts: a cumulative toll far below earlier
   * figures (or far above later ones) anywhere in the series, or any figure far from those of the
   * same week. These are not flagged when one source gives both (an extraction or subject slip is
   * likelier than a contradiction), but they cannot be part of an agreement.
   */
  private static List<Item> consistent(List<Item> series, boolean cumulative) {
    long window = cumulative ? Long.MAX_VALUE / 2 : WINDOW_DAYS;
    List<Item> out = new ArrayList<>();
    for (Item f : series) {
      int against = 0;
      for (Item g : series) {
        if (g != f && contradicts(f, g, cumulative, window)) {
          against++;
        }
      }
      if (against == 0 || against * 2 <= series.size() - 1) {
        out.add(f);
      }
    }
    return out;
  }

  private static Finding agreement(List<Item> series, FigureKey key, Outlets outlets) {
    Set<String> sources =
        series.stream().map(Item::source).collect(Collectors.toCollection(LinkedHashSet::new));
    if (series.size() < 2 || sources.size() < 2) {
      return null;
    }
    boolean allOverlap = true;
    for (int i = 0; i < series.size() && allOverlap; i++) {
      for (int j = i + 1; j < series.size(); j++) {
        if (!series.get(i).range.overlaps(series.get(j).range)) {
          allOverlap = false;
          break;
        }
      }
    }
    String list =
        series.stream()
            .map(i -> show(i.figure) + " (" + where(i, outlets) + ")")
            .collect(Collectors.joining("; "));
    if (allOverlap) {
      return finding(
          "figure-agreement",
          String.format(
              "%d sources agree on %s within their qualifiers: %s.",
              sources.size(), key.describe(), list),
          series);
    }
    double first = series.get(0).figure.value();
    double last = series.get(series.size() - 1).figure.value();
    String trend =
        last > first ? "rising over time" : last < first ? "falling over time" : "changing";
    return finding(
        "figure-timeline",
        String.format(
            "Figure timeline for %s: %s — %s: a figure over time, not a contradiction.",
            key.describe(), list, trend),
        series);
  }

  /** "nearly 1,200", "31,988", "100%". */
  static String show(Figure f) {
    Qualifier q = f.qualifier() == null ? Qualifier.EXACT : f.qualifier();
    String n = Summaries.number(f.value());
    switch (q) {
      case EXACT:
        return n;
      case PERCENT:
        return n + "%";
      default:
        return q.label() + " " + n;
    }
  }

  private static String where(Item i, Outlets outlets) {
    return outlets.of(i.figure.article()) + ", " + DAY.format(i.date);
  }

  private static LocalDate published(Outlets outlets, String article) {
    var a = outlets.article(article);
    return a == null ? null : a.metadata().published();
  }

  private static Finding finding(String kind, String summary, List<Item> items) {
    return new Finding(
        kind,
        summary,
        items.stream().map(i -> i.figure.id()).collect(Collectors.toList()),
        items.stream()
            .map(i -> i.figure.evidence())
            .filter(e -> e != null)
            .collect(Collectors.toList()));
  }

  /** A figure with what the check needs: its range, date and independent-source key. */
  record Item(Figure figure, FigureRange range, LocalDate date, String source) {}
}
