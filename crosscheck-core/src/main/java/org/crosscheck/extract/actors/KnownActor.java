package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Objects;
import org.crosscheck.model.ActorKind;

/**
 * One row of the actor table: a country, organisation or group the project knows by name.
 *
 * @param kind country, organisation or group (never person: people are learnt from the text)
 * @param name canonical name ("United States")
 * @param country ISO 3166-1 alpha-3 code, or null for international bodies
 * @param sector "government", "igo", "non-state armed group", ..., or null
 * @param aliases other names and acronyms ("U.S.", "US", "America")
 * @param demonyms adjectives and plural nouns for its people ("American", "Americans")
 * @param capitals place names used for the government ("Washington")
 */
public record KnownActor(
    ActorKind kind,
    String name,
    String country,
    String sector,
    List<String> aliases,
    List<String> demonyms,
    List<String> capitals) {
  public KnownActor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }

  /** The article-level key of this actor: a slug of its name. */
  public String key() {
    return Names.slug(name);
  }
}
