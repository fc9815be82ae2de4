package org.crosscheck.extract.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Quote;
import org.crosscheck.testing.Texts;

/** Dev probe, not a test: prints the quotes of a text file, one paragraph a line. */
public final class TextQuotesProbe {
  public static void main(String[] args) throws Exception {
    for (String f : args) {
      List<String> lines = Files.readAllLines(Path.of(f));
      lines.removeIf(String::isBlank);
      AnnotatedArticle a = Texts.annotate(lines.toArray(new String[0]));
      for (Quote q : new RuleQuoteExtractor().extract(a, new NerActorResolver().resolve(a))) {
        System.out.println((q.fragment() ? "F " : "Q ") + q.speaker() + " / " + q.speakerKind() + " : " + q.text());
      }
    }
  }
}
