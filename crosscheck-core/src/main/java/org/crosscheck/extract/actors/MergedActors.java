package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Actor;

/**
 * The report-level actors merged from several articles, and the way back from an article's own
 * actor keys to them, so that quotes, figures and events found per article can name the report
 * actor ({@code idFor("003.txt", "antony-blinken")} → {@code "antony-blinken"}). Immutable.
 */
public final class MergedActors {
  private final List<Actor> actors;
  private final Map<String, String> ids;
  private final Map<String, Actor> byId;

  MergedActors(List<Actor> actors, Map<String, String> ids) {
    this.actors = List.copyOf(actors);
    this.ids = Map.copyOf(ids);
    Map<String, Actor> m = new java.util.HashMap<>();
    for (Actor a : this.actors) {
      m.put(a.id(), a);
    }
    this.byId = Map.copyOf(m);
  }

  /** Every actor, in order of first appearance. */
  public List<Actor> actors() {
    return actors;
  }

  /** The report actor id for actor {@code key} of article {@code article}, if it was merged. */
  public Optional<String> idFor(String article, String key) {
    return Optional.ofNullable(ids.get(article + '\u0000' + key));
  }

  /** The report actor that {@code key} of {@code article} became, if any. */
  public Optional<Actor> actorFor(String article, String key) {
    return idFor(article, key).map(byId::get);
  }

  /** The actor with this id, if any. */
  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public String toString() {
    return "MergedActors[" + actors.size() + " actors]";
  }
}
