package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.annotate.Annotator;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.extract.actors.ActorResolver;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.extract.actors.ActorKnowledge;
import org.crosscheck.extract.actors.RuleActorResolver;
import org.crosscheck.extract.events.CodedEvent;
import org.crosscheck.extract.events.RuleEventExtractor;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;

/**
 * Scores the event coder on the PLOVER gold-standard records: 322 sentences, each with its
 * expected PLOVER event and source and target actors with country codes.
 *
 * <p>Each sentence is annotated as an article published on the record's date; the coder's main
 * event (the one whose trigger is closest to the root of the parse) gives the predicted type.
 * The records were coded against PLOVER 0.5b1: DEMAND is scored as REQUEST, DISAPPROVE and
 * INVESTIGATE as ACCUSE, FIGHT as ASSAULT. Prints event-type accuracy, per-type precision,
 * recall and F1, macro-F1 and source and target country accuracy.
 *
 * <p>Country accuracy is printed twice. The raw figure counts a hit only when a coded actor's
 * country code is one of the gold codes. The gold, like CAMEO, writes "IGO" or "NGO" in the
 * country slot for international bodies (the UN, NATO, the Red Cross), while our actor table has
 * no country for them and says "igo" or "ngo" in the sector; the second figure therefore also
 * counts a gold IGO/NGO code as matched by a coded actor whose sector is igo/ngo.
 *
 * <p>Data: {@code PLOVER_GSR_CAMEO.json} from the Open Event Data Alliance's PLOVER repository,
 * licensed under Creative Commons Attribution-ShareAlike 4.0 International, Copyright 2016 by
 * the Open Event Data Alliance. It is read from where it lies ({@code ../shared/bench/plover-gold})
 * and never copied into this repository.
 *
 * <p>Run: {@code crosscheck bench plover}, or {@code main} with the JSON path. Thread-safe if the
 * annotator, resolver and extractor given are.
 */
public final class PloverBenchmark {
  /** Old PLOVER event names and today's. */
  static final Map<String, String> RENAMED =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT",
          "ASSAULT");

  /** Where the data lies beside the repository. */
  public static final Path DEFAULT_FILE =
      Path.of("..", "shared", "bench", "plover-gold", "PLOVER_GSR_CAMEO.json");

  private final Annotator annotator;
  private final ActorResolver resolver;
  private final RuleEventExtractor extractor;

  public PloverBenchmark(Annotator annotator, ActorResolver resolver, RuleEventExtractor extractor) {
    this.annotator = annotator;
    this.resolver = resolver;
    this.extractor = extractor;
  }

  /** Scores every event record of {@code file} (the DOCUMENT record is skipped). */
  public PloverResult run(Path file) throws IOException {
    return run(file, line -> {});
  }

  /** Like {@link #run(Path)}, telling {@code mistakes} each record coded wrongly. */
  public PloverResult run(Path file, java.util.function.Consumer<String> mistakes)
      throws IOException {
    JsonNode records = new ObjectMapper().readTree(file.toFile());
    Map<String, int[]> counts = new TreeMap<>(); // type -> support, predicted, correct
    int n = 0;
    int coded = 0;
    int correct = 0;
    int[] sourceCountry = new int[3]; // hits, records, hits with IGO/NGO matching the sector
    int[] targetCountry = new int[3];
    for (JsonNode r : records) {
      String gold = r.path("event").asText();
      if (gold.equals("DOCUMENT") || !r.hasNonNull("text")) {
        continue;
      }
      gold = RENAMED.getOrDefault(gold, gold);
      n++;
      AnnotatedArticle a = annotator.annotate(articleOf(r, n));
      ArticleActors actors = resolver.resolve(a);
      CodedEvent main = mainEvent(extractor.code(a, actors));
      String predicted = main == null ? null : main.event().type().name();
      counts.computeIfAbsent(gold, k -> new int[3])[0]++;
      if (predicted != null) {
        coded++;
        counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
        if (predicted.equals(gold)) {
          correct++;
          counts.get(gold)[2]++;
        }
      }
      if (!gold.equals(predicted)) {
        mistakes.accept(
            gold + " -> " + predicted + (main == null ? "" : " [" + main.pattern() + "]") + "  "
                + r.get("text").asText());
      }
      score(r.path("source"), main == null ? List.of() : main.event().source(), actors,
          sourceCountry);
      score(r.path("target"), main == null ? List.of() : main.event().target(), actors,
          targetCountry);
    }
    Map<String, PloverResult.TypeScore> perType = new TreeMap<>();
    double f1Sum = 0;
    int goldTypes = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      PloverResult.TypeScore ts = new PloverResult.TypeScore(c[0], c[1], c[2]);
      perType.put(e.getKey(), ts);
      if (c[0] > 0) {
        f1Sum += ts.f1();
        goldTypes++;
      }
    }
    return new PloverResult(
        n,
        coded,
        n == 0 ? 0 : (double) correct / n,
        perType,
        goldTypes == 0 ? 0 : f1Sum / goldTypes,
        ratio(sourceCountry[0], sourceCountry),
        ratio(sourceCountry[2], sourceCountry),
        sourceCountry[1],
        ratio(targetCountry[0], targetCountry),
        ratio(targetCountry[2], targetCountry),
        targetCountry[1]);
  }

  /** The event whose trigger is closest to the root; the first in the sentence on a tie. */
  static CodedEvent mainEvent(List<CodedEvent> events) {
    return events.stream()
        .min(Comparator.comparingInt(CodedEvent::depth).thenComparingInt(CodedEvent::trigger))
        .orElse(null);
  }

  private static Article articleOf(JsonNode r, int n) {
    LocalDate date = null;
    try {
      date = LocalDate.parse(r.path("date").asText());
    } catch (RuntimeException e) {
      // an undated record: relative dates stay unresolved
    }
    ArticleMetadata meta = ArticleMetadata.EMPTY.withPublished(date);
    String id = r.path("id").asText("plover-" + n);
    return new Article(id, id, meta, List.of(Paragraph.body(r.get("text").asText())), null);
  }

  /**
   * Counts a record with gold country codes: {@code tally[0]} when a coded actor has one of them,
   * {@code tally[2]} when one {@link #matches} them with the IGO/NGO mapping.
   */
  private static void score(JsonNode gold, List<String> names, ArticleActors actors, int[] tally) {
    Set<String> codes = new HashSet<>();
    for (JsonNode actor : gold) {
      if (actor.hasNonNull("code") && !actor.get("code").asText().isBlank()) {
        codes.add(actor.get("code").asText());
      }
    }
    if (codes.isEmpty()) {
      return;
    }
    tally[1]++;
    boolean raw = false;
    boolean mapped = false;
    for (ArticleActor a : actors.all()) {
      if (names.contains(a.name())) {
        raw |= matches(codes, a, false);
        mapped |= matches(codes, a, true);
      }
    }
    tally[0] += raw ? 1 : 0;
    tally[2] += mapped ? 1 : 0;
  }

  /**
   * Whether actor {@code a} has one of the gold {@code codes}: its country code, or, with {@code
   * sectors}, its sector igo/ngo for a gold IGO/NGO (the gold keeps those in the country slot,
   * our actors in the sector).
   */
  static boolean matches(Set<String> codes, ArticleActor a, boolean sectors) {
    if (a.country() != null && codes.contains(a.country())) {
      return true;
    }
    String sector = a.sector() == null ? "" : a.sector().toUpperCase(java.util.Locale.ROOT);
    return sectors && INTERNATIONAL.contains(sector) && codes.contains(sector);
  }

  /** Gold codes that name a kind of body rather than a country. */
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO");

  private static double ratio(int hits, int[] tally) {
    return tally[1] == 0 ? 0 : (double) hits / tally[1];
  }

  /** Runs the benchmark on {@code args[0]} (default: {@link #DEFAULT_FILE}) and prints it. */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
    PloverBenchmark bench =
        new PloverBenchmark(
            CoreNlpAnnotator.load(),
            new RuleActorResolver(ActorKnowledge.load()),
            RuleEventExtractor.standard());
    boolean verbose = args.length > 1 && args[1].equals("--mistakes");
    System.out.print(bench.run(file, verbose ? System.out::println : line -> {}).format());
  }
}
