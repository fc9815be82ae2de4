package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Story;
import org.crosscheck.testing.Gold;
import org.crosscheck.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed articles group into the stories of {@code gold/stories.tsv}, whatever order they arrive
 * in. Features come from the annotated seeds and the actor resolver; no events yet (the event
 * extractor is not merged), so spans come from publication dates and time expressions.
 */
class SeedStoriesTest {
  private static Map<String, ArticleFeatures> features;

  @BeforeAll
  static void featurize() {
    ArticleFeaturizer featurizer = new ArticleFeaturizer();
    NerActorResolver actors = new NerActorResolver();
    features = new LinkedHashMap<>();
    for (Map.Entry<String, AnnotatedArticle> e : Seeds.annotated().entrySet()) {
      AnnotatedArticle a = e.getValue();
      features.put(e.getKey(), featurizer.features(a, actors.resolve(a), List.of()));
    }
  }

  @Test
  void theSeedsFormTheGoldStoriesInFileOrder() {
    assertThat(partition(List.of("000", "001", "002", "003", "004"))).isEqualTo(gold());
  }

  @Test
  void theSeedsFormTheGoldStoriesInReverseOrder() {
    assertThat(partition(List.of("004", "003", "002", "001", "000"))).isEqualTo(gold());
  }

  @Test
  void theSeedsFormTheGoldStoriesInEveryOrder() {
    for (List<String> order :
        StoryClustererTest.permutations(List.of("000", "001", "002", "003", "004"))) {
      assertThat(partition(order)).as("order %s", order).isEqualTo(gold());
    }
  }

  @Test
  void theMarchStoryIsTitledAndSpansTheTrip() {
    StoryClusterer c = new StoryClusterer();
    features.values().forEach(c::add);
    Story march =
        c.stories().stream()
            .filter(s -> s.articles().stream().anyMatch(id -> id.startsWith("000")))
            .findFirst()
            .orElseThrow();
    System.out.println("stories:");
    c.stories().forEach(s -> System.out.println("  " + s));
    assertThat(march.start())
        .isBetween(LocalDate.parse("2024-03-19"), LocalDate.parse("2024-03-21"));
    assertThat(march.end()).isBetween(LocalDate.parse("2024-03-22"), LocalDate.parse("2024-03-25"));
    assertThat(march.title()).containsIgnoringCase("Blinken");
  }

  @Test
  void sameStoryArticlesScoreWellAboveTheThresholdAndOthersFarBelow() {
    StoryClusterer c = new StoryClusterer(StoryOptions.defaults().withThreshold(1.0));
    for (Map.Entry<String, ArticleFeatures> e : features.entrySet()) {
      System.out.println(
          e.getKey() + " " + e.getValue().span() + " vs earlier: " + c.scores(e.getValue()));
      c.add(e.getValue());
    }
    StorySimilarity sim = new StorySimilarity(StoryOptions.defaults());
    assertThat(pair(sim, c, "000", "002")).isGreaterThan(0.25);
    assertThat(pair(sim, c, "002", "004")).isGreaterThan(0.2);
    assertThat(pair(sim, c, "003", "004")).isLessThan(0.01);
    assertThat(pair(sim, c, "001", "000")).isLessThan(0.01);
  }

  private static double pair(StorySimilarity sim, StoryClusterer c, String a, String b) {
    return sim.score(
            StorySimilarity.Profile.of(features.get(a)),
            StorySimilarity.Profile.of(features.get(b)),
            c::idf)
        .total();
  }

  private Set<Set<String>> partition(List<String> order) {
    StoryClusterer c = new StoryClusterer();
    order.forEach(n -> c.add(features.get(n)));
    Set<Set<String>> out = new HashSet<>();
    for (Story s : c.stories()) {
      out.add(
          s.articles().stream()
              .map(id -> id.substring(0, 3))
              .collect(Collectors.toCollection(TreeSet::new)));
    }
    return out;
  }

  private static Set<Set<String>> gold() {
    Set<Set<String>> out = new HashSet<>();
    for (List<String> row : Gold.rows("stories.tsv")) {
      out.add(new TreeSet<>(List.of(row.get(1).split(" "))));
    }
    return out;
  }
}
