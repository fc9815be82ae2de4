package org.crosscheck.extract.quotes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.testing.Gold;

/** Dev probe, not a test: scores the extractor on the cached seed annotation. */
public final class QuoteEvalProbe {
  public static void main(String[] args) throws Exception {
    Map<String, List<Quote>> out = new LinkedHashMap<>();
    for (Map.Entry<String, AnnotatedArticle> e : SeedCacheProbe.load().entrySet()) {
      AnnotatedArticle a = e.getValue();
      List<Quote> qs = new RuleQuoteExtractor().extract(a, (System.getProperty("ner") != null ? new NerActorResolver() : new org.crosscheck.extract.actors.RuleActorResolver(org.crosscheck.extract.actors.ActorKnowledge.load())).resolve(a));
      out.put(e.getKey(), qs);
      if (args.length > 0) {
        for (Quote q : qs) {
          System.out.println(e.getKey() + " " + (q.fragment() ? "F " : "Q ") + q.speaker() + " / " + q.speakerKind() + " : " + q.text());
        }
      }
    }
    QuoteGoldScore sc = QuoteGoldScore.score(out, Gold.rows("quotes.tsv"));
    sc.report.forEach(System.out::println);
    System.out.println(sc.summary());
  }
}
