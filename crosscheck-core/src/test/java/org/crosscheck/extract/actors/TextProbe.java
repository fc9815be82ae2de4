package org.crosscheck.extract.actors;

import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.crosscheck.testing.Texts;

/** Dev probe, not a test: annotates the paragraphs given as arguments and prints the actors. */
public final class TextProbe {
  public static void main(String[] args) {
    AnnotatedArticle a = Texts.annotate(args);
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        System.out.print(t.index() + ":" + t.word() + "/" + t.pos() + "/" + t.ner() + " ");
      }
      System.out.println();
      for (Dependency d : s.dependencies()) {
        System.out.print(d.relation() + "(" + d.governor() + "," + d.dependent() + ") ");
      }
      System.out.println();
    }
    ArticleActors actors = new RuleActorResolver(ActorKnowledge.load()).resolve(a);
    for (ArticleActor x : actors.all()) {
      System.out.println(x);
    }
  }
}
