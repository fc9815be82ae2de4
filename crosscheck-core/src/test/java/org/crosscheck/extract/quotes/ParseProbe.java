package org.crosscheck.extract.quotes;

import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.EntityMention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/** Dev probe, not a test: prints the parse of cached seed sentences containing a string. */
public final class ParseProbe {
  public static void main(String[] args) throws Exception {
    for (AnnotatedArticle a : SeedCacheProbe.load().values()) {
      for (Sentence s : a.sentences()) {
        if (!s.text().contains(args[0])) {
          continue;
        }
        System.out.println("== " + a.id() + " #" + s.index() + " p" + s.paragraph() + ": " + s.text());
        for (Token t : s.tokens()) {
          StringBuilder heads = new StringBuilder();
          for (Dependency d : s.dependencies()) {
            if (d.dependent() == t.index()) {
              heads.append(' ').append(d.relation()).append('<').append(d.governor() < 0 ? "ROOT" : s.token(d.governor()).word() + d.governor());
            }
          }
          System.out.println("  " + t.index() + " " + t.word() + " " + t.pos() + " " + t.lemma() + " " + t.ner() + heads);
        }
        for (EntityMention m : s.entities()) {
          System.out.println("  ENT " + m.type() + " " + m.text());
        }
      }
    }
  }
}
