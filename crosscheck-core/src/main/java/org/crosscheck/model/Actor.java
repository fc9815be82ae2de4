package org.crosscheck.model;

import java.util.List;

/**
 * A canonical actor: a person, organisation, country or group, resolved across its mentions in
 * one or many articles.
 *
 * @param id stable id within a report ("antony-blinken")
 * @param name canonical name, the fullest form the texts give ("Antony Blinken")
 * @param kind person, organisation, country or group
 * @param roles roles and titles the texts give ("U.S. Secretary of State")
 * @param country ISO 3166-1 alpha-3 country code where known ("USA"), else null
 * @param sector sector where known ("government", "military", "non-state armed group", "igo"),
 *     else null
 * @param mentions every mention, in article order
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    List<String> roles,
    String country,
    String sector,
    List<Mention> mentions) {
  public Actor {
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
