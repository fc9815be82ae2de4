package org.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.extract.actors.MergedActors;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Event;
import org.crosscheck.model.Quote;

/**
 * Rewrites what one article's extractors produced in terms of the report's canonical actors:
 * a quote's speaker key becomes the report actor id and name, an event's actor names become the
 * canonical names ("Blinken" in one article and "Antony Blinken" in another are one actor).
 * Immutable; thread-safe.
 */
final class Canonical {
  private final MergedActors merged;
  /** article id → (local name → report actor). */
  private final Map<String, Map<String, Actor>> byLocalName = new HashMap<>();

  Canonical(MergedActors merged, List<ArticleActors> articles) {
    this.merged = merged;
    for (ArticleActors aa : articles) {
      Map<String, Actor> names = new HashMap<>();
      for (ArticleActor a : aa.all()) {
        merged.actorFor(aa.article(), a.key()).ifPresent(actor -> names.put(a.name(), actor));
      }
      byLocalName.put(aa.article(), names);
    }
  }

  Quote quote(Quote q) {
    if (q.speakerId() == null) {
      return q;
    }
    return merged
        .actorFor(q.article(), q.speakerId())
        .map(a -> new Quote(q.id(), q.article(), q.text(), q.fragment(), a.name(), a.id(),
            q.speakerKind(), q.evidence()))
        .orElse(q);
  }

  Event event(Event e) {
    String article = e.articles().isEmpty() ? null : e.articles().get(0);
    return new Event(e.id(), e.type(), e.mode(), names(article, e.source()),
        names(article, e.target()), e.place(), e.date(), e.articles(), e.evidence());
  }

  private List<String> names(String article, List<String> local) {
    Map<String, Actor> names = byLocalName.getOrDefault(article, Map.of());
    List<String> out = new ArrayList<>();
    for (String n : local) {
      Actor a = names.get(n);
      String name = a == null ? n : a.name();
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
