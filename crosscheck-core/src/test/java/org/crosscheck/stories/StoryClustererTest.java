package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.Story;
import org.junit.jupiter.api.Test;

/** Online story clustering on small invented articles. */
class StoryClustererTest {
  private final ArticleFeaturizer featurizer = new ArticleFeaturizer();

  // One episode: a minister's fishing-quota talks in Lisbon, told by two outlets a day apart.
  private final ArticleFeatures talks1 =
      article(
          "talks1",
          "Daily Post",
          "2025-06-10",
          "Alvarez holds fishing quota talks in Lisbon",
          List.of("Maria Alvarez", "Rui Costa", "Portugal"),
          "Foreign Minister Maria Alvarez arrived in Lisbon on Tuesday for talks on the fishing"
              + " quota dispute with Portugal. Alvarez met Prime Minister Rui Costa and said an"
              + " agreement on the quota was close, though trawler owners remain angry.");
  private final ArticleFeatures talks2 =
      article(
          "talks2",
          "Coastal Herald",
          "2025-06-11",
          null,
          List.of("Maria Alvarez", "Rui Costa", "Portugal", "Spain"),
          "Portugal and Spain edged closer to a fishing quota agreement after Alvarez held talks"
              + " in Lisbon with Costa. Trawler owners protested outside the fisheries ministry"
              + " against the quota cuts.");
  // Same day, another subject entirely.
  private final ArticleFeatures football =
      article(
          "football",
          "Daily Post",
          "2025-06-11",
          "City win the league",
          List.of("Tom Reyes"),
          "The city football club won the league title on Wednesday after a late goal by"
              + " striker Tom Reyes. Fans celebrated in the stadium until midnight.");
  // The same actors and words two years later: a new round of talks, a new story.
  private final ArticleFeatures talksLater =
      article(
          "talks-2027",
          "Coastal Herald",
          "2027-06-12",
          "New fishing quota talks in Lisbon",
          List.of("Maria Alvarez", "Rui Costa", "Portugal"),
          "Foreign Minister Maria Alvarez returned to Lisbon for new talks on the fishing quota"
              + " with Prime Minister Rui Costa of Portugal. Trawler owners said the quota"
              + " agreement had failed them.");
  // The same actors a month later in a different episode.
  private final ArticleFeatures railDeal =
      article(
          "rail",
          "Daily Post",
          "2025-07-15",
          "Alvarez and Costa sign rail deal",
          List.of("Maria Alvarez", "Rui Costa", "Portugal"),
          "Maria Alvarez and Rui Costa met in Madrid to sign a border rail agreement linking"
              + " Portugal and Spain, with a new high-speed line due by 2030.");

  @Test
  void reportsOfOneEpisodeFromTwoOutletsFormOneStory() {
    StoryClusterer c = new StoryClusterer();
    c.add(talks1);
    Story s = c.add(talks2);
    assertThat(s.articles()).containsExactly("talks1", "talks2");
    assertThat(c.stories()).hasSize(1);
    assertThat(s.start()).isEqualTo(LocalDate.parse("2025-06-10"));
    assertThat(s.end()).isEqualTo(LocalDate.parse("2025-06-11"));
  }

  @Test
  void anUnrelatedArticleOfTheSameDayStartsItsOwnStory() {
    StoryClusterer c = new StoryClusterer();
    c.add(talks1);
    c.add(talks2);
    assertThat(c.scores(football)).allMatch(score -> score.total() < 0.1);
    Story s = c.add(football);
    assertThat(s.articles()).containsExactly("football");
    assertThat(c.stories()).hasSize(2);
  }

  @Test
  void theSameTalksTwoYearsApartStaySeparate() {
    StoryClusterer c = new StoryClusterer();
    c.add(talks1);
    c.add(talksLater);
    assertThat(partition(c)).containsExactlyInAnyOrder(Set.of("talks1"), Set.of("talks-2027"));
  }

  @Test
  void theSameActorsAMonthLaterInAnotherEpisodeStaySeparate() {
    StoryClusterer c = new StoryClusterer();
    c.add(talks1);
    c.add(talks2);
    c.add(railDeal);
    assertThat(partition(c)).containsExactlyInAnyOrder(Set.of("talks1", "talks2"), Set.of("rail"));
  }

  @Test
  void theStoriesDoNotDependOnTheOrderTheArticlesArriveIn() {
    List<ArticleFeatures> all = List.of(talks1, talks2, football, talksLater, railDeal);
    Set<Set<String>> expected =
        Set.of(
            Set.of("talks1", "talks2"), Set.of("football"), Set.of("talks-2027"), Set.of("rail"));
    for (List<ArticleFeatures> order : permutations(all)) {
      StoryClusterer c = new StoryClusterer();
      order.forEach(c::add);
      assertThat(new HashSet<>(partition(c)))
          .as("order %s", order.stream().map(ArticleFeatures::article).collect(Collectors.toList()))
          .isEqualTo(expected);
    }
  }

  @Test
  void anArticleThatBridgesTwoStoriesMergesThem() {
    // With a high threshold the two reports stay apart; a third report naming both merges them.
    StoryClusterer c = new StoryClusterer(StoryOptions.defaults().withThreshold(0.2));
    ArticleFeatures a =
        article(
            "a",
            "X",
            "2025-06-10",
            null,
            List.of("Maria Alvarez"),
            "Maria Alvarez arrived in Lisbon for fishing talks.");
    ArticleFeatures b =
        article(
            "b",
            "Y",
            "2025-06-10",
            null,
            List.of("Rui Costa"),
            "Rui Costa said trawler owners blocked the harbour over quota cuts.");
    ArticleFeatures bridge =
        article(
            "c",
            "Z",
            "2025-06-11",
            null,
            List.of("Maria Alvarez", "Rui Costa"),
            "Maria Alvarez arrived in Lisbon for fishing talks while Rui Costa said trawler"
                + " owners blocked the harbour over quota cuts.");
    c.add(a);
    c.add(b);
    assertThat(c.stories()).hasSize(2);
    c.add(bridge);
    assertThat(partition(c)).containsExactly(Set.of("a", "b", "c"));
  }

  @Test
  void anArticleCannotBeAddedTwice() {
    StoryClusterer c = new StoryClusterer();
    c.add(talks1);
    assertThatThrownBy(() -> c.add(talks1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStoryIsTitledByTheHeadlineThatBestSumsItUp() {
    StoryClusterer c = new StoryClusterer();
    c.add(talks2);
    Story s = c.add(talks1);
    assertThat(s.title()).isEqualTo("Alvarez holds fishing quota talks in Lisbon");
    assertThat(s.id()).isEqualTo("alvarez-quota-2025-06");
  }

  @Test
  void withoutHeadlinesTheTitleNamesTheMainActorAndWords() {
    StoryClusterer c = new StoryClusterer();
    Story s = c.add(talks2);
    assertThat(s.title()).startsWith("Maria Alvarez: ").contains("quota");
  }

  static ArticleFeatures article(
      String id, String outlet, String date, String title, List<String> actors, String text) {
    ArticleMetadata meta =
        new ArticleMetadata(
            null, outlet, title, List.of(), LocalDate.parse(date), null, "en", List.of());
    Article a = new Article(id, id, meta, List.of(Paragraph.body(text)), null);
    return new ArticleFeaturizer().features(a, actors, List.of());
  }

  static List<Set<String>> partition(StoryClusterer c) {
    return c.stories().stream()
        .map(s -> (Set<String>) new TreeSet<>(s.articles()))
        .collect(Collectors.toList());
  }

  static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T head = rest.remove(i);
      for (List<T> p : permutations(rest)) {
        List<T> full = new ArrayList<>();
        full.add(head);
        full.addAll(p);
        out.add(full);
      }
    }
    return out;
  }
}
