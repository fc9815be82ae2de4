package org.crosscheck.bench;

import java.util.Map;

/**
 * What the PLOVER benchmark measured. Immutable.
 *
 * @param sentences gold records scored
 * @param coded records for which the coder found an event at all
 * @param accuracy share of records whose main event has the gold type
 * @param perType precision, recall and F1 per PLOVER type (today's names)
 * @param macroF1 mean F1 over the types present in the gold records
 * @param sourceCountryAccuracy share of records with a gold source country where one of the
 *     coded source actors has that country code
 * @param sourceCodeAccuracy like {@code sourceCountryAccuracy}, but a gold IGO/NGO code is also
 *     matched by a coded actor whose sector is igo/ngo (the gold keeps those in the country slot)
 * @param sourceCountryRecords records with a gold source country
 * @param targetCountryAccuracy the same for targets
 * @param targetCodeAccuracy the same for targets
 * @param targetCountryRecords records with a gold target country
 */
public record PloverResult(
    int sentences,
    int coded,
    double accuracy,
    Map<String, TypeScore> perType,
    double macroF1,
    double sourceCountryAccuracy,
    double sourceCodeAccuracy,
    int sourceCountryRecords,
    double targetCountryAccuracy,
    double targetCodeAccuracy,
    int targetCountryRecords) {

  public PloverResult {
    perType = Map.copyOf(perType);
  }

  /**
   * Scores of one event type.
   *
   * @param support gold records of this type
   * @param predicted records the coder gave this type
   * @param correct records of this type coded with it
   */
  public record TypeScore(int support, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return support == 0 ? 0 : (double) correct / support;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A plain-text report: the headline numbers and one line per type. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "PLOVER gold records: %d, coded: %d%nevent-type accuracy: %.3f%nmacro-F1: %.3f"
                + " (NGEC reports 0.52)%nsource country accuracy: %.3f (%d records)%n"
                + "target country accuracy: %.3f (%d records)%n"
                + "IGO/NGO codes match the actor's sector: source %.3f, target %.3f%n",
            sentences, coded, accuracy, macroF1, sourceCountryAccuracy, sourceCountryRecords,
            targetCountryAccuracy, targetCountryRecords, sourceCodeAccuracy,
            targetCodeAccuracy));
    sb.append(String.format("%-10s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "support"));
    perType.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                sb.append(
                    String.format(
                        "%-10s %7.3f %7.3f %7.3f %7d%n",
                        e.getKey(),
                        e.getValue().precision(),
                        e.getValue().recall(),
                        e.getValue().f1(),
                        e.getValue().support())));
    return sb.toString();
  }
}
