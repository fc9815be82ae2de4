package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Sentence;

/**
 * The working state of one {@link RuleActorResolver#resolve} call: the drafts found so far and
 * which tokens already belong to a span (spans never overlap, so {@link ArticleActors#at} has one
 * answer). Not thread-safe; one instance per call.
 */
final class ArticleBook {
  /** A span and the draft it refers to, for salience. */
  record Ref(Draft draft, ActorSpan span) {}

  final AnnotatedArticle article;
  final ActorKnowledge knowledge;
  private final List<Draft> drafts = new ArrayList<>();
  private final Map<Integer, boolean[]> covered = new HashMap<>();
  /** Spans that only modify a noun ("Israeli" in "Israeli tanks"); see {@link CountryWords}. */
  private final Set<ActorSpan> modifiers = new HashSet<>();
  // Table matches per sentence (by identity), one per token start: three rules ask for them.
  private final Map<Sentence, ActorTable.Match[]> matches = new IdentityHashMap<>();

  ArticleBook(AnnotatedArticle article, ActorKnowledge knowledge) {
    this.article = article;
    this.knowledge = knowledge;
  }

  /** The table's longest match starting at token {@code i} of {@code s}, or null; cached. */
  ActorTable.Match matchAt(Sentence s, int i) {
    return matches.computeIfAbsent(s, this::allMatches)[i];
  }

  private ActorTable.Match[] allMatches(Sentence s) {
    ActorTable table = knowledge.actors();
    ActorTable.Match[] all = new ActorTable.Match[s.tokens().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = table.matchAt(s, i);
    }
    return all;
  }

  List<Draft> drafts() {
    return drafts;
  }

  List<Draft> persons() {
    return drafts.stream().filter(Draft::isPerson).toList();
  }

  Draft add(Draft d) {
    drafts.add(d);
    return d;
  }

  /** The draft for a table actor, created on first use. */
  Draft known(KnownActor k) {
    for (Draft d : drafts) {
      if (d.known == k) {
        return d;
      }
    }
    return add(new Draft(k.kind(), k.name(), k));
  }

  /** The organisation or group draft with this name (any case), created on first use. */
  Draft named(ActorKind kind, String name) {
    String key = Names.key(name);
    for (Draft d : drafts) {
      if (!d.isPerson() && Names.key(d.name).equals(key)) {
        return d;
      }
    }
    return add(new Draft(kind, name, null));
  }

  boolean isFree(Sentence s, int from, int to) {
    boolean[] c = covered.get(s.index());
    if (c == null) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (c[i]) {
        return false;
      }
    }
    return true;
  }

  /** Adds a span of tokens {@code from..to} to {@code d}; false when a token is taken. */
  boolean addSpan(Draft d, Sentence s, int from, int to) {
    if (from >= to || !isFree(s, from, to)) {
      return false;
    }
    boolean[] c = covered.computeIfAbsent(s.index(), k -> new boolean[s.tokens().size()]);
    for (int i = from; i < to; i++) {
      c[i] = true;
    }
    int start = s.token(from).start();
    int end = s.token(to - 1).end();
    d.spans.add(new ActorSpan(s.index(), from, to, start, end, s.span(from, to)));
    return true;
  }

  /** Like {@link #addSpan}, for a word that modifies a noun rather than naming the actor. */
  boolean addModifierSpan(Draft d, Sentence s, int from, int to) {
    if (!addSpan(d, s, from, to)) {
      return false;
    }
    modifiers.add(d.spans.get(d.spans.size() - 1));
    return true;
  }

  /** Every span so far, in text order. */
  List<Ref> refs() {
    List<Ref> out = new ArrayList<>();
    for (Draft d : drafts) {
      for (ActorSpan s : d.spans) {
        out.add(new Ref(d, s));
      }
    }
    out.sort(Comparator.comparingInt((Ref r) -> r.span().sentence())
        .thenComparingInt(r -> r.span().startToken()));
    return out;
  }

  /** Roles without those another role contains ("Secretary" beside "U.S. Secretary of State"). */
  static List<String> fullestRoles(java.util.Collection<String> roles) {
    List<String> out = new ArrayList<>();
    for (String r : roles) {
      String lr = r.toLowerCase(java.util.Locale.ROOT);
      boolean contained = false;
      for (String o : roles) {
        String lo = o.toLowerCase(java.util.Locale.ROOT);
        contained |= !lo.equals(lr) && lo.contains(lr);
      }
      boolean duplicate = out.stream().anyMatch(x -> x.equalsIgnoreCase(r));
      if (!contained && !duplicate) {
        out.add(r);
      }
    }
    return out;
  }

  /** The immutable result: drafts with at least one span, keys made unique. */
  ArticleActors build() {
    List<ArticleActor> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Draft d : drafts) {
      if (d.spans.isEmpty()) {
        continue;
      }
      String base = Names.slug(d.name);
      String key = base.isEmpty() ? "actor" : base;
      for (int n = 2; !keys.add(key); n++) {
        key = base + "-" + n;
      }
      List<ActorSpan> spans = new ArrayList<>(d.spans);
      spans.sort(Comparator.comparingInt(ActorSpan::start));
      ActorKind kind = d.kind;
      out.add(new ArticleActor(key, d.name, kind, fullestRoles(d.roles), d.country, d.sector,
          spans));
    }
    return new ArticleActors(article.id(), out, modifiers);
  }
}
