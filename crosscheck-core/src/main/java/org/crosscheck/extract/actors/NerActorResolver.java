package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.EntityMention;
import org.crosscheck.model.Sentence;

/**
 * A first, simple {@link ActorResolver}: named-entity mentions grouped by name, persons also by
 * surname ("Blinken" joins "Antony Blinken"). No roles, no pronouns. Thread-safe.
 */
public final class NerActorResolver implements ActorResolver {

  @Override
  public ArticleActors resolve(AnnotatedArticle article) {
    Map<String, Builder> byKey = new LinkedHashMap<>();
    Map<String, String> surnameToKey = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      for (EntityMention m : s.entities()) {
        ActorKind kind = kindOf(m.type());
        if (kind == null) {
          continue;
        }
        String name = m.text();
        String[] words = name.split("\\s+");
        String key = slug(name);
        if (kind == ActorKind.PERSON) {
          String surname = words[words.length - 1];
          String known = surnameToKey.get(surname);
          if (known != null) {
            key = known;
          } else {
            surnameToKey.put(surname, key);
          }
        }
        Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, kind));
        if (name.length() > b.name.length()) {
          b.name = name;
        }
        b.spans.add(
            new ActorSpan(s.index(), m.startToken(), m.endToken(), m.start(), m.end(), name));
      }
    }
    List<ArticleActor> actors = new ArrayList<>();
    for (Builder b : byKey.values()) {
      actors.add(new ArticleActor(b.key, b.name, b.kind, List.of(), null, null, b.spans));
    }
    return new ArticleActors(article.id(), actors);
  }

  private static ActorKind kindOf(String nerType) {
    switch (nerType) {
      case "PERSON":
        return ActorKind.PERSON;
      case "ORGANIZATION":
        return ActorKind.ORGANISATION;
      case "LOCATION":
      case "COUNTRY":
        return ActorKind.COUNTRY;
      default:
        return null;
    }
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }

  private static final class Builder {
    final String key;
    final ActorKind kind;
    String name = "";
    final List<ActorSpan> spans = new ArrayList<>();

    Builder(String key, ActorKind kind) {
      this.key = key;
      this.kind = kind;
    }
  }
}
