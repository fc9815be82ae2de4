package org.crosscheck.extract.figures;

import java.util.Map;
import java.util.Set;

/**
 * The words that say what a count measures, by lemma, and the normalized measure each gives.
 * Verbs ("have been killed"), adjectives ("dead", "unaccounted for") and nouns ("displacement
 * of", "death toll") map to one label so figures from different outlets compare. Immutable.
 */
final class MeasureLexicon {
  private MeasureLexicon() {}

  static final String KILLED = "killed";

  private static final Map<String, String> BY_LEMMA =
      Map.ofEntries(
          Map.entry("kill", KILLED),
          Map.entry("killed", KILLED),
          Map.entry("die", KILLED),
          Map.entry("dead", KILLED),
          Map.entry("death", KILLED),
          Map.entry("fatality", KILLED),
          Map.entry("perish", KILLED),
          Map.entry("slay", KILLED),
          Map.entry("massacre", KILLED),
          Map.entry("drown", KILLED),
          Map.entry("wound", "wounded"),
          Map.entry("wounded", "wounded"),
          Map.entry("injure", "wounded"),
          Map.entry("injured", "wounded"),
          Map.entry("injury", "wounded"),
          Map.entry("hurt", "wounded"),
          Map.entry("casualty", "casualties"),
          Map.entry("missing", "missing"),
          Map.entry("unaccounted", "missing"),
          Map.entry("disappear", "missing"),
          Map.entry("displace", "displaced"),
          Map.entry("displaced", "displaced"),
          Map.entry("displacement", "displaced"),
          Map.entry("uproot", "displaced"),
          Map.entry("flee", "displaced"),
          Map.entry("evacuate", "evacuated"),
          Map.entry("evacuation", "evacuated"),
          Map.entry("shelter", "sheltering"),
          Map.entry("sheltering", "sheltering"),
          Map.entry("homeless", "homeless"),
          Map.entry("arrest", "arrested"),
          Map.entry("detain", "detained"),
          Map.entry("detention", "detained"),
          Map.entry("jail", "jailed"),
          Map.entry("imprison", "jailed"),
          Map.entry("starve", "starving"),
          Map.entry("starving", "starving"));

  /**
   * Verbs whose subject is the one counted even when they take an object: "fled their homes",
   * "lost their lives". With other verbs a subject that has an object acts on it ("gunmen killed
   * 40 villagers").
   */
  static final Set<String> SUFFERED_BY_SUBJECT =
      Set.of("flee", "die", "perish", "drown", "starve", "shelter", "disappear", "lose", "suffer");

  /** Nouns whose "toll", "number" or "count" is the figure: "the death toll ... 198". */
  static final Set<String> TALLIES = Set.of("toll", "number", "tally", "count", "figure");

  /**
   * Words of change a percentage may measure, by lemma or word: "sales plunged 10 percent",
   * "rose by 23 percent", "down 2.6 percent", "closed 0.7% higher", "an increase of 3 percent".
   */
  static final Set<String> RISE =
      Set.of(
          "rise", "increase", "grow", "growth", "gain", "climb", "jump", "surge", "soar", "rally",
          "boost", "raise", "add", "up", "higher", "expand", "advance", "spike", "hike");

  static final Set<String> FALL =
      Set.of(
          "fall", "drop", "decline", "decrease", "plunge", "plummet", "slump", "sink", "slide",
          "tumble", "dip", "lose", "shed", "down", "lower", "cut", "reduce", "reduction",
          "shrink", "contract", "ease");

  /** Where people shelter: "taken refuge", "sought shelter". */
  static final Set<String> REFUGE = Set.of("refuge", "shelter", "sanctuary");

  /** Units a quantity of goods is counted in: "1,000 tons of aid". */
  static final Set<String> UNITS =
      Set.of(
          "ton", "tonne", "truck", "truckload", "kilogram", "kg", "litre", "liter", "gallon",
          "pallet", "meal", "package", "parcel", "shipment");

  /** Goods that are aid whatever the word: "humanitarian assistance" counts as "aid". */
  static final Set<String> AID = Set.of("aid", "assistance", "supply", "relief", "food", "good");

  /** Verbs of taking hostages, and of holding or freeing them. */
  static final Set<String> TAKE = Set.of("take", "seize", "abduct", "kidnap", "capture", "grab");
  static final Set<String> FREE = Set.of("release", "free", "return", "exchange", "swap");

  /** Remains of the dead: "the remains of about 30 others". */
  static final Set<String> REMAINS = Set.of("remains", "body", "corpse");

  /** The measure a lemma expresses, or null. */
  static String measure(String lemma) {
    return BY_LEMMA.get(lemma);
  }
}
