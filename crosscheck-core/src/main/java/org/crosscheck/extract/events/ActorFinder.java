package org.crosscheck.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.EntityMention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Turns the argument of an event (a token of the parse) into canonical actor names.
 *
 * <p>It asks the {@link ArticleActors} first, so a better resolver (titles, pronouns) gives
 * better events; then it looks at the modifiers of the argument ("Israel's right", "the
 * refugees in Gaza", "U.S.-Jordan airdrops"), follows coordination ("Russia and China"), and
 * reads "we" and "I" as whoever the sentence or its paragraph quotes. A named entity the resolver
 * does not know is kept as written, so an event is not lost for want of an actor.
 *
 * <p>One instance serves one article; it is not shared between threads.
 */
final class ActorFinder {
  /** Verbs of saying: their subject is who speaks the sentence's quoted or reported words. */
  static final Set<String> SAY =
      Set.of(
          "say", "tell", "add", "state", "insist", "stress", "note", "declare", "announce",
          "write", "post", "remark", "reply", "explain", "emphasize", "emphasise", "reiterate",
          "argue", "claim", "affirm", "assert", "confirm", "disclose", "divulge", "express");

  private static final Set<String> FIRST_PERSON =
      Set.of("we", "us", "our", "i", "me", "my", "ours");
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "we",
          "us", "our", "i", "me", "my", "you", "your");
  private static final Set<String> NOT_ACTOR_NER =
      Set.of(
          "O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "PERCENT", "MONEY",
          "TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE");

  private final AnnotatedArticle article;
  private final ArticleActors actors;

  ActorFinder(AnnotatedArticle article, ArticleActors actors) {
    this.article = article;
    this.actors = actors;
  }

  /**
   * Names of the actors that argument {@code head} of sentence {@code s} refers to.
   *
   * @param owners whether to look only at owner-like modifiers ("Israel's", "Israeli",
   *     "U.S.-Jordan"), as for a source; targets also look into "of", "in", "to" phrases
   */
  List<String> names(Sentence s, int head, boolean owners) {
    Set<String> out = new LinkedHashSet<>();
    collect(s, head, 0, out, true, owners);
    return new ArrayList<>(out);
  }

  /** Names the argument itself and its conjuncts refer to, without looking at modifiers. */
  List<String> direct(Sentence s, int head) {
    Set<String> out = new LinkedHashSet<>();
    collect(s, head, 3, out, true, true);
    if (out.isEmpty()) {
      // "held talks with the crown prince": who the talks were with.
      for (Dependency d : s.children(head)) {
        String rel = d.relation();
        if (rel.startsWith("nmod:with") || rel.startsWith("nmod:between")) {
          collect(s, d.dependent(), 3, out, true, true);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private void collect(
      Sentence s, int head, int depth, Set<String> out, boolean followConj, boolean owners) {
    Token t = s.token(head);
    // A resolver that names an actor by a bare pronoun ("he") has not resolved it.
    Optional<ArticleActor> a =
        actors.at(s.index(), head).filter(x -> !PRONOUNS.contains(x.name().toLowerCase(Locale.ROOT)));
    // "Israeli tanks": the country word that modifies the argument stands for the country.
    Optional<ArticleActor> word = depth > 0 ? actors.modifierAt(s.index(), head) : Optional.empty();
    if (a.isPresent()) {
      out.add(a.get().name());
    } else if (word.isPresent()) {
      out.add(word.get().name());
    } else if (owners && depth > 0 && depth < 3 && isMerePlace(s, head)) {
      // "Darfur rebels": a place that only modifies the argument says where its people are, not
      // who acts; the people, as written, are ("Darfur rebels", not "Darfur"). Only among
      // owners: a target's "of" and "in" phrases keep their places ("the siege of Kadugli").
      Dependency up = s.parentArc(head);
      EntityMention m = entityAt(s, head);
      if (up != null && up.relation().equals("compound") && up.governor() > head && m != null) {
        out.add(s.span(m.startToken(), up.governor() + 1));
      }
      return;
    } else if (FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) {
      out.addAll(speakerGroup(s, head));
    } else if (!NOT_ACTOR_NER.contains(t.ner()) && !t.isPronoun()) {
      EntityMention m = entityAt(s, head);
      out.add(m != null ? m.text() : t.word());
    } else if (depth < 3) {
      for (Dependency d : s.children(head)) {
        if (owners ? isOwner(d.relation()) : isModifier(d.relation())) {
          collect(s, d.dependent(), depth + 1, out, false, owners);
        }
      }
    }
    if (followConj) {
      for (Dependency d : s.children(head)) {
        if (d.relation().startsWith("conj") && s.token(d.dependent()).isNoun()) {
          collect(s, d.dependent(), depth, out, false, owners);
        }
      }
    }
  }

  /**
   * Whether token {@code i} is a place name the resolver does not know as an actor: a town or
   * region ("Rafah", "Kharkiv"), not a country or a group. As a noun compound ("the Rafah
   * offensive") it says where an event happens, never who does it.
   */
  boolean isMerePlace(Sentence s, int i) {
    return s.token(i).ner().equals("LOCATION") && actors.at(s.index(), i).isEmpty();
  }

  /**
   * The actor a place named as an event's target stands for ("strikes in Gaza", "arrived in
   * Amman"): the country or territory the place's words mention, or whose capital it is, unless
   * that is one of the event's {@code sources}; else the place as written.
   */
  String placeActor(Sentence s, String place, List<String> sources) {
    for (EntityMention m : s.entities()) {
      if (!m.text().equals(place)) {
        continue;
      }
      for (int t = m.startToken(); t < m.endToken(); t++) {
        int token = t;
        Optional<ArticleActor> a =
            actors.at(s.index(), t).or(() -> actors.modifierAt(s.index(), token));
        // "after Washington invaded the country": a source is not its own target.
        if (a.isPresent() && a.get().kind() == ActorKind.COUNTRY
            && !sources.contains(a.get().name())) {
          return a.get().name();
        }
      }
    }
    return place;
  }

  private static boolean isOwner(String rel) {
    return rel.equals("nmod:poss")
        || rel.equals("compound")
        || rel.equals("amod")
        || rel.equals("appos")
        || rel.equals("flat");
  }

  private static boolean isModifier(String rel) {
    return rel.equals("nmod:poss")
        || rel.equals("compound")
        || rel.equals("amod")
        || rel.equals("appos")
        || rel.equals("flat")
        || rel.startsWith("nmod:of")
        || rel.startsWith("nmod:from")
        || rel.startsWith("nmod:by")
        || rel.startsWith("nmod:to")
        || rel.startsWith("nmod:for")
        || rel.startsWith("nmod:against")
        || rel.startsWith("nmod:on")
        || rel.startsWith("nmod:with");
  }

  private static EntityMention entityAt(Sentence s, int token) {
    for (EntityMention m : s.entities()) {
      if (token >= m.startToken() && token < m.endToken()) {
        return m;
      }
    }
    return null;
  }

  /**
   * "We" in quoted or reported words: the speaker's country when the article names it as an
   * actor of the same country code, and the speaker.
   */
  private List<String> speakerGroup(Sentence s, int pronoun) {
    List<String> out = new ArrayList<>();
    for (ArticleActor speaker : speakers(s, pronoun)) {
      boolean plural = !s.token(pronoun).word().toLowerCase(Locale.ROOT).matches("i|me|my");
      ArticleActor group = plural ? countryOf(speaker) : null;
      if (group != null) {
        out.add(group.name());
      }
      // The speaker acts for the group: "we call on..." said by a minister is both his act and
      // his country's, and readers name either.
      out.add(speaker.name());
    }
    if (out.isEmpty()) {
      return List.of();
    }
    return out;
  }

  /**
   * The country actor of the article that person {@code name} belongs to ("Benjamin Netanyahu"
   * gives "Israel" when the article names Israel), or null.
   */
  String countryName(String name) {
    for (ArticleActor a : actors.all()) {
      if (a.name().equals(name)) {
        ArticleActor c = countryOf(a);
        return c == null ? null : c.name();
      }
    }
    return null;
  }

  /**
   * The article's country actor whose government a group, organisation or person {@code name}
   * presses from inside: the country with its country code (the actor resolver gives one from a
   * name such as "... of Israel" too); null if none, for a country, and for actors that are
   * themselves a government or an armed force, whose protest is not aimed at their own state.
   */
  String homeCountry(String name) {
    for (ArticleActor a : actors.all()) {
      if (a.name().equals(name)) {
        boolean stateOrArmed = a.sector() != null && STATE_OR_ARMED.contains(a.sector());
        if (a.kind() == ActorKind.COUNTRY || a.country() == null || stateOrArmed) {
          return null;
        }
        for (ArticleActor c : actors.all()) {
          if (c.kind() == ActorKind.COUNTRY && a.country().equals(c.country())) {
            return c.name();
          }
        }
        return null;
      }
    }
    return null;
  }

  private static final Set<String> STATE_OR_ARMED =
      Set.of("government", "military", "police", "non-state armed group");

  private ArticleActor countryOf(ArticleActor speaker) {
    if (speaker.kind() != ActorKind.PERSON || speaker.country() == null) {
      return null;
    }
    for (ArticleActor a : actors.all()) {
      if (a.kind() == ActorKind.COUNTRY && speaker.country().equals(a.country())) {
        return a;
      }
    }
    return null;
  }

  /**
   * Who speaks the words around {@code token}: the subject of the verb of saying that governs
   * it, else of any verb of saying in the sentence, else in a neighbouring sentence of the same
   * paragraph (quotes often run on: "We will...," he said. / Blinken said: "...").
   */
  private List<ArticleActor> speakers(Sentence s, int token) {
    List<ArticleActor> found = sayersIn(s);
    if (!found.isEmpty()) {
      return found;
    }
    List<Sentence> all = article.sentences();
    int i = all.indexOf(s);
    for (int step = 1; step <= 2; step++) {
      for (int j : new int[] {i + step, i - step}) {
        if (j >= 0 && j < all.size() && all.get(j).paragraph() == s.paragraph()) {
          found = sayersIn(all.get(j));
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  private List<ArticleActor> sayersIn(Sentence s) {
    List<ArticleActor> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!t.isVerb() || !SAY.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency d : s.children(t.index())) {
        if (d.relation().startsWith("nsubj")) {
          actors.at(s.index(), d.dependent()).ifPresent(out::add);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out;
  }
}
