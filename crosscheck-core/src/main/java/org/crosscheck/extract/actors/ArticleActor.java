package org.crosscheck.extract.actors;

import java.util.List;
import org.crosscheck.model.ActorKind;

/**
 * An actor as one article knows it, with every span that refers to it.
 *
 * @param key identifier unique within the article (a slug of the name)
 * @param name canonical name, the fullest form the article gives ("Antony Blinken")
 * @param kind person, organisation, country or group
 * @param roles roles and titles the article gives ("U.S. Secretary of State")
 * @param country ISO 3166-1 alpha-3 code where known, else null
 * @param sector sector where known ("government", "military", "igo", "non-state armed group"),
 *     else null
 * @param spans every reference, in text order
 */
public record ArticleActor(
    String key,
    String name,
    ActorKind kind,
    List<String> roles,
    String country,
    String sector,
    List<ActorSpan> spans) {
  public ArticleActor {
    roles = List.copyOf(roles);
    spans = List.copyOf(spans);
  }
}
