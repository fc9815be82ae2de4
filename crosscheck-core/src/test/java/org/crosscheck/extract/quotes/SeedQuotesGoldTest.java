package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.actors.ActorKnowledge;
import org.crosscheck.extract.actors.ActorResolver;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.extract.actors.RuleActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.testing.Gold;
import org.crosscheck.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The quotes of the five seed articles against {@code gold/quotes.tsv}: recall at least 0.97,
 * precision at least 0.95, the speaker right for at least 0.93 of the matched quotes. Prints each
 * miss, false positive and wrong speaker by article.
 *
 * <p>Run with the pipeline's actor resolver, and with the bare named-entity resolver, so the
 * extractor's own fallbacks (pronouns, titles, documents) are held to the same floor.
 */
class SeedQuotesGoldTest {

  private final QuoteExtractor extractor = new RuleQuoteExtractor();

  @Test
  void seedQuotesMatchTheGoldWithTheRuleActorResolver() {
    assertMeetsTheFloor("rule actors", new RuleActorResolver(ActorKnowledge.load()));
  }

  @Test
  void seedQuotesMatchTheGoldWithOnlyNamedEntities() {
    assertMeetsTheFloor("ner actors", new NerActorResolver());
  }

  private void assertMeetsTheFloor(String label, ActorResolver actors) {
    Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
    for (Map.Entry<String, AnnotatedArticle> e : Seeds.annotated().entrySet()) {
      byArticle.put(e.getKey(), extractor.extract(e.getValue(), actors.resolve(e.getValue())));
    }
    QuoteGoldScore score = QuoteGoldScore.score(byArticle, Gold.rows("quotes.tsv"));
    score.report.forEach(line -> System.out.println("quotes gold (" + label + "): " + line));
    System.out.println("quotes gold (" + label + "): " + score.summary());

    assertThat(score.gold).isEqualTo(73);
    assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.precision()).as(score.summary()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.speakerAccuracy()).as(score.summary()).isGreaterThanOrEqualTo(0.93);
  }
}
