package org.crosscheck.extract.quotes;

import java.util.List;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.testing.Texts;

/** Test helper: the quotes of paragraphs written for a test, and lookups among them. */
final class Extracted {
  private Extracted() {}

  /** Annotates the paragraphs and extracts their quotes with the NER actor resolver. */
  static List<Quote> quotes(String... paragraphs) {
    AnnotatedArticle a = Texts.annotate(paragraphs);
    List<Quote> quotes = new RuleQuoteExtractor().extract(a, new NerActorResolver().resolve(a));
    String text = a.article().text();
    for (Quote q : quotes) {
      // Every quote's evidence span is exactly its words in the article text.
      if (!text.substring(q.evidence().start(), q.evidence().end()).equals(q.text())) {
        throw new AssertionError("evidence span does not hold the quote: " + q);
      }
    }
    return quotes;
  }

  /** The one quote whose text starts with {@code prefix}. */
  static Quote startingWith(List<Quote> quotes, String prefix) {
    return quotes.stream()
        .filter(q -> q.text().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote starts with '" + prefix + "' in " + quotes));
  }
}
