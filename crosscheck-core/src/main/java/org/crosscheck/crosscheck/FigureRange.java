package org.crosscheck.crosscheck;

import org.crosscheck.model.Figure;
import org.crosscheck.model.Qualifier;

/**
 * The values a reported figure allows, given its qualifier and how round it is.
 *
 * <ul>
 *   <li>exact: the value, widened by half its rounding unit, at most {@value #ROUNDING_CAP} of it
 *       (32,000 covers 31,500..32,500: a round number is a rounded count) and by {@value
 *       #REPORTING_SLACK} either way (outlets quote a toll hours apart);
 *   <li>about: ±{@value #ABOUT} and half the rounding unit;
 *   <li>nearly, close to: from {@value #NEARLY} of the value up to the value;
 *   <li>more than, at least: from the value up to {@value #OPEN_FACTOR}× it (nobody writes "more
 *       than a million" for five million);
 *   <li>less than, at most: from 1/{@value #OPEN_FACTOR} of the value up to it.
 * </ul>
 *
 * @param low least value allowed
 * @param high greatest value allowed
 */
record FigureRange(double low, double high) {
  static final double REPORTING_SLACK = 0.02;
  static final double ABOUT = 0.15;
  static final double NEARLY = 0.9;
  static final double OPEN_FACTOR = 2.0;
  static final double ROUNDING_CAP = 0.1;

  static FigureRange of(Figure f) {
    return of(f.value(), f.qualifier());
  }

  static FigureRange of(double v, Qualifier q) {
    // Capped: "1 million" is not a claim anywhere from half a million to 1.5 million.
    double half = Math.min(roundingUnit(v) / 2, v * ROUNDING_CAP);
    Qualifier qual = q == null ? Qualifier.EXACT : q;
    switch (qual) {
      case ABOUT:
        return new FigureRange(
            Math.min(v - half, v * (1 - ABOUT)), Math.max(v + half, v * (1 + ABOUT)));
      case NEARLY:
      case CLOSE_TO:
        return new FigureRange(v * NEARLY, v);
      case MORE_THAN:
      case AT_LEAST:
        return new FigureRange(v, v * OPEN_FACTOR);
      case LESS_THAN:
      case AT_MOST:
        return new FigureRange(v / OPEN_FACTOR, v);
      case EXACT:
      case PERCENT:
      default:
        return new FigureRange(
            Math.min(v - half, v * (1 - REPORTING_SLACK)),
            Math.max(v + half, v * (1 + REPORTING_SLACK)));
    }
  }

  boolean overlaps(FigureRange o) {
    return low <= o.high && o.low <= high;
  }

  /** True when this range lies wholly more than {@code factor} times below {@code o}. */
  boolean farBelow(FigureRange o, double factor) {
    return high * factor < o.low;
  }

  /** The largest power of ten (at least 1) that divides an integer value: 32,000 → 1,000. */
  static double roundingUnit(double v) {
    if (v != Math.rint(v) || v == 0) {
      return 0;
    }
    long n = (long) Math.abs(v);
    long unit = 1;
    while (n % (unit * 10) == 0 && unit < 1_000_000_000L) {
      unit *= 10;
    }
    return unit == 1 ? 0 : unit;
  }
}
