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
      String want = System.getProperty("parse");
      if (want != null) {
        for (org.crosscheck.model.Sentence s : a.sentences()) {
          if (s.text().contains(want)) {
            System.out.println("== " + s.text());
            for (org.crosscheck.model.Token t : s.tokens()) {
              StringBuilder heads = new StringBuilder();
              for (org.crosscheck.model.Dependency d : s.dependencies()) {
                if (d.dependent() == t.index()) {
                  heads.append(' ').append(d.relation()).append('<').append(d.governor() < 0 ? "ROOT" : s.token(d.governor()).word());
                }
              }
              System.out.println("  " + t.index() + " " + t.word() + " " + t.pos() + " " + t.ner() + heads);
            }
          }
        }
      }
      for (Quote q : new RuleQuoteExtractor().extract(a, new NerActorResolver().resolve(a))) {
        System.out.println((q.fragment() ? "F " : "Q ") + q.speaker() + " / " + q.speakerKind() + " : " + q.text());
      }
    }
  }
}
