package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.ActorKind;

/**
 * An actor being assembled while one article is resolved. Mutable, confined to one {@link
 * ArticleBook}; {@link ArticleBook#build} turns drafts into immutable {@link ArticleActor}s.
 */
final class Draft {
  final ActorKind kind;
  final KnownActor known;
  String name;
  /** A person's name words ("Antony", "Blinken"); empty for other kinds. */
  List<String> nameWords = List.of();
  final Set<String> roles = new LinkedHashSet<>();
  final List<RoleTable.Role> roleInfos = new ArrayList<>();
  String country;
  String sector;
  /** 'm', 'f' or 0 when the text has not shown it. */
  char gender;
  final List<ActorSpan> spans = new ArrayList<>();

  Draft(ActorKind kind, String name, KnownActor known) {
    this.kind = kind;
    this.name = name;
    this.known = known;
    if (known != null) {
      this.country = known.country();
      this.sector = known.sector();
    }
  }

  boolean isPerson() {
    return kind == ActorKind.PERSON;
  }

  /** Adds what a title or apposition says about this actor; known facts are not overwritten. */
  void learn(Title title) {
    if (title == null) {
      return;
    }
    if (!title.text().isBlank()) {
      roles.add(title.text());
    }
    roleInfos.addAll(title.roles());
    if (country == null) {
      country = title.country();
    }
    if (sector == null) {
      sector = title.sector();
    }
    if (gender == 0) {
      gender = title.gender();
    }
  }

  /** True when some role of this actor may be referred to as {@code word} ("diplomat"). */
  boolean answersTo(String word) {
    for (RoleTable.Role r : roleInfos) {
      if (r.answersTo(word)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return kind + ":" + name;
  }
}
