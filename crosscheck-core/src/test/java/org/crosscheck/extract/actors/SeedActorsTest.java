package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.actors.ActorAssertions.actorAt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.testing.Gold;
import org.crosscheck.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resolver on the five seed articles: every speaker of {@code gold/quotes.tsv} and every actor
 * of {@code gold/events.tsv} is found in its article, and the role descriptions the gold README
 * points at resolve to the person they describe.
 */
class SeedActorsTest {
  private static final Map<String, ArticleActors> RESOLVED = new LinkedHashMap<>();

  @BeforeAll
  static void resolveSeeds() {
    RuleActorResolver resolver = new RuleActorResolver(ActorKnowledge.load());
    Seeds.annotated().forEach((n, a) -> RESOLVED.put(n, resolver.resolve(a)));
  }

  @Test
  void findsTheGoldSpeakersAndEventActors() {
    Set<String> wanted = new LinkedHashSet<>();
    for (List<String> row : Gold.rows("quotes.tsv")) {
      wanted.add(row.get(0) + "\t" + row.get(2));
    }
    for (List<String> row : Gold.rows("events.tsv")) {
      for (String col : List.of(row.get(1), row.get(3))) {
        for (String name : col.split(";")) {
          wanted.add(row.get(0) + "\t" + name.strip());
        }
      }
    }
    wanted.removeIf(w -> w.endsWith("\t-"));
    List<String> missed = new ArrayList<>();
    for (String w : wanted) {
      String[] parts = w.split("\t");
      boolean found = RESOLVED.get(parts[0]).all().stream()
          .anyMatch(a -> acceptable(parts[1], a));
      if (!found) {
        missed.add(w);
      }
    }
    int hits = wanted.size() - missed.size();
    System.out.printf("SeedActorsTest: %d/%d gold actors found (%.1f%%); missed: %s%n", hits,
        wanted.size(), 100.0 * hits / wanted.size(), missed);
    assertThat((double) hits / wanted.size()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void roleDescriptionsResolveToTheSecretaryOfState() {
    assertBlinken("003", "the top U.S. diplomat");
    assertBlinken("000", "the US secretary of state");
    assertBlinken("000", "The diplomat");
  }

  @Test
  void pronounsAfterQuotesResolveToTheSpeaker() {
    // "“I think that would send a strong message, a strong signal,” he added."
    AnnotatedArticle a = Seeds.annotated("000");
    assertThat(actorAt(a, RESOLVED.get("000"), "he added").map(ArticleActor::name))
        .contains("Antony Blinken");
    AnnotatedArticle b = Seeds.annotated("001");
    assertThat(actorAt(b, RESOLVED.get("001"), "She noted").map(ArticleActor::name))
        .contains("Linda Thomas-Greenfield");
  }

  @Test
  void mergingTheSeedsGivesOneActorPerPerson() {
    MergedActors merged = new ActorMerger().merge(new ArrayList<>(RESOLVED.values()));
    org.crosscheck.model.Actor blinken = merged.byId("antony-blinken").orElseThrow();
    assertThat(blinken.country()).isEqualTo("USA");
    assertThat(blinken.mentions()).extracting(m -> m.article().substring(0, 3)).contains(
        "000", "001", "002", "003", "004");
    String biden000 = RESOLVED.get("000").all().stream()
        .filter(a -> a.name().endsWith("Biden")).findFirst().orElseThrow().key();
    String article000 = RESOLVED.get("000").article();
    assertThat(merged.idFor(article000, biden000)).contains("joe-biden");
    System.out.printf("SeedActorsTest: %d merged actors from %d article actors%n",
        merged.actors().size(), RESOLVED.values().stream().mapToInt(a -> a.all().size()).sum());
  }

  private static void assertBlinken(String article, String phrase) {
    AnnotatedArticle a = Seeds.annotated(article);
    assertThat(actorAt(a, RESOLVED.get(article), phrase).map(ArticleActor::name))
        .as("%s in %s", phrase, article).contains("Antony Blinken");
  }

  /**
   * A gold name and a resolved actor agree when their names are the same (case and dots aside)
   * or one person's name is part of the other's ("Biden", "Joe Biden"); "Palestinians in Gaza"
   * accepts "Palestinians", and "spokesman for X" accepts X, as the gold notes allow.
   */
  private static boolean acceptable(String gold, ArticleActor a) {
    String g = gold.replaceFirst("^spokesman for ", "").replaceFirst(" in .*$", "");
    if (Names.key(g).equals(Names.key(a.name()))) {
      return true;
    }
    return a.kind() == ActorKind.PERSON && ActorMerger.compatible(g, a.name(), ActorKind.PERSON);
  }
}
