package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.actors.ActorResolver;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.testing.Gold;
import org.crosscheck.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The quotes of the five seed articles against {@code gold/quotes.tsv}: recall at least 0.97,
 * precision at least 0.95, the speaker right for at least 0.93 of the matched quotes. Prints each
 * miss, false positive and wrong speaker by article.
 */
class SeedQuotesGoldTest {

  private final ActorResolver actors = new NerActorResolver();
  private final QuoteExtractor extractor = new RuleQuoteExtractor();

  @Test
  void seedQuotesMatchTheGold() {
    Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
    for (Map.Entry<String, AnnotatedArticle> e : Seeds.annotated().entrySet()) {
      byArticle.put(e.getKey(), extractor.extract(e.getValue(), actors.resolve(e.getValue())));
    }
    QuoteGoldScore score = QuoteGoldScore.score(byArticle, Gold.rows("quotes.tsv"));
    score.report.forEach(line -> System.out.println("quotes gold: " + line));
    System.out.println("quotes gold: " + score.summary());

    assertThat(score.gold).isEqualTo(73);
    assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.precision()).as(score.summary()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.speakerAccuracy()).as(score.summary()).isGreaterThanOrEqualTo(0.93);
  }
}
