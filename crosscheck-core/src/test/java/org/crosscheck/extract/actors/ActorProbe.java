package org.crosscheck.extract.actors;

import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.EntityMention;
import org.crosscheck.model.Sentence;

/** Dev probe, not a test: prints the seeds' entities (arg "ner") or their resolved actors. */
public final class ActorProbe {
  public static void main(String[] args) {
    Map<String, AnnotatedArticle> seeds = SeedCache.load(Path.of("/tmp/actors-cache"));
    RuleActorResolver resolver = new RuleActorResolver(ActorKnowledge.load());
    if (args.length > 0 && args[0].equals("merge")) {
      java.util.List<ArticleActors> all = new java.util.ArrayList<>();
      seeds.values().forEach(a -> all.add(resolver.resolve(a)));
      MergedActors merged = new ActorMerger().merge(all);
      for (org.crosscheck.model.Actor a : merged.actors()) {
        System.out.printf("%s | %s | %s | %s | %s | %d mentions | %s%n", a.id(), a.name(),
            a.kind(), a.country(), a.sector(), a.mentions().size(), a.roles());
      }
      return;
    }
    for (Map.Entry<String, AnnotatedArticle> e : seeds.entrySet()) {
      if (args.length > 1 && !args[1].equals(e.getKey())) {
        continue;
      }
      System.out.println("=== " + e.getKey());
      if (args.length > 0 && args[0].equals("ner")) {
        for (Sentence s : e.getValue().sentences()) {
          for (EntityMention m : s.entities()) {
            System.out.println("  " + s.index() + " " + m.type() + " [" + m.text() + "]");
          }
        }
        continue;
      }
      ArticleActors actors = resolver.resolve(e.getValue());
      for (ArticleActor a : actors.all()) {
        System.out.printf("  %s %s | %s | %s | %s | roles=%s%n", a.kind(), a.name(), a.key(),
            a.country(), a.sector(), a.roles());
        StringBuilder sb = new StringBuilder("      ");
        for (ActorSpan s : a.spans()) {
          sb.append('[').append(s.text()).append("]@").append(s.sentence()).append(' ');
        }
        System.out.println(sb);
      }
    }
  }
}
