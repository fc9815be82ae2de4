package org.crosscheck.extract.figures;

import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * Finds who a figure is attributed to in its sentence, or null when the writer states it alone.
 *
 * <ul>
 *   <li>"according to X": a phrase before the figure covers every figure after it; a phrase
 *       after it covers only the last coordinated clause ("A were killed ..., and B were killed
 *       ..., according to X" attributes B, not A, because the writer could have put the phrase
 *       first to cover both);
 *   <li>a reporting verb whose clausal complement holds the figure: "Israel says that 1,200 were
 *       killed", "“100% of the population ...,” he said"; or whose object is the figure: "the
 *       ministry reported 200 deaths";
 *   <li>a reporting verb set off by a comma at the end of the sentence: "... and injured 9,000,
 *       the ministry said", or with its subject after it: "..., reports Reuters";
 *   <li>a figure in a relative clause is background the writer supplies, not part of what the
 *       reporting verb reports: in "Netanyahu insisted that Israel will enter Rafah, where 1.5
 *       million are sheltering" no one is cited for the 1.5 million.
 * </ul>
 *
 * <p>The source is the actor's canonical name for persons and countries, and for organisations
 * when that name is at least as long as the phrase; else the phrase as written without its
 * article ("Hamas-run health ministry"). Stateless and thread-safe.
 */
final class Sources {
  private Sources() {}

  static final Set<String> REPORTING =
      Set.of(
          "say", "tell", "report", "state", "add", "announce", "claim", "estimate", "confirm",
          "insist", "note", "write", "tweet", "declare", "allege", "count", "record", "indicate",
          "put", "warn", "stress", "explain", "reveal");

  /** Reporting verbs whose direct object may be the figure itself: "reported 200 deaths". */
  private static final Set<String> REPORTING_OBJECT =
      Set.of("report", "record", "count", "confirm", "announce", "estimate", "register");

  /** Tags of the closing punctuation after a sentence's last word. */
  private static final Set<String> CLOSING = Set.of(".", "''", "``", "-RRB-", ":");

  /** Relations that leave the clause a figure is reported in. */
  private static final Set<String> BACKGROUND = Set.of("acl", "acl:relcl");

  /**
   * Who a figure is attributed to.
   *
   * @param name the source as the report names it, or null when no one is cited
   * @param verb the reporting verb ("said"), or -1 for "according to" and for no source
   */
  record Attribution(String name, int verb) {
    static final Attribution NONE = new Attribution(null, -1);
  }

  /**
   * The source of a figure.
   *
   * @param anchor the token the figure's measure hangs on (predicate, counted noun or number)
   */
  static Attribution of(Sentence s, Quantity q, int anchor, ArticleActors actors) {
    int according = accordingTo(s, q);
    if (according >= 0) {
      return new Attribution(name(s, according, actors), -1);
    }
    int verb = reportingVerb(s, anchor);
    if (verb < 0) {
      verb = trailingReporter(s, q);
    }
    if (verb < 0) {
      return Attribution.NONE;
    }
    return new Attribution(name(s, reporter(s, verb), actors), verb);
  }

  /**
   * "The quake killed 2,100 people and injured 9,000, the ministry said.": a reporting verb set
   * off by a comma at the end of the sentence covers every figure before it, wherever the parser
   * attaches it.
   */
  private static int trailingReporter(Sentence s, Quantity q) {
    int last = s.tokens().size() - 1;
    while (last > 0 && CLOSING.contains(s.token(last).pos())) {
      last--;
    }
    for (int v = q.end(); v <= last; v++) {
      if (!REPORTING.contains(Parse.lemma(s, v)) || !s.token(v).isVerb()) {
        continue;
      }
      Dependency arc = s.parentArc(v);
      int subject = reporter(s, v);
      if (arc == null || arc.isRoot() || subject < 0) {
        continue;
      }
      int[] span = Parse.subtree(s, v);
      boolean setOff = span[0] > 0 && Parse.word(s, span[0] - 1).equals(",");
      if (setOff && span[1] >= last && span[0] >= q.end()) {
        return v;
      }
    }
    return -1;
  }

  /**
   * Who reports with {@code verb}: its subject, or, when a finite verb opens a clause set off by a
   * comma, the noun after it ("..., reports Reuters.", "..., said the governor."): the parser
   * reads that inverted subject as an object, but the verb's real object is the text before it.
   */
  private static int reporter(Sentence s, int verb) {
    int subject = Parse.child(s, verb, "nsubj");
    if (subject >= 0 || verb == 0 || !Parse.word(s, verb - 1).equals(",")) {
      return subject;
    }
    String pos = s.token(verb).pos();
    int obj = Parse.child(s, verb, "obj");
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    return finite && obj > verb ? obj : -1;
  }

  /**
   * The head of an "according to" phrase that covers {@code q}, or -1. Found from the words, not
   * the relation name, because the parser sometimes attaches the phrase as a conjunct.
   */
  private static int accordingTo(Sentence s, Quantity q) {
    for (int k = 0; k + 1 < s.tokens().size(); k++) {
      if (!Parse.word(s, k).equals("according") || !Parse.word(s, k + 1).equals("to")) {
        continue;
      }
      int head = Parse.head(s, k);
      if (head <= k + 1) {
        continue;
      }
      if (k < q.start() || !clauseBoundary(s, q.end(), k)) {
        return head;
      }
    }
    return -1;
  }

  /** True when a coordinated clause starts between tokens {@code from} and {@code to}. */
  private static boolean clauseBoundary(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = Parse.word(s, i);
      if (w.equals(";")) {
        return true;
      }
      if (w.equals(",") && i + 1 < to && Set.of("and", "but", "while").contains(Parse.word(s, i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Climbs from the anchor to a reporting verb with a subject, or -1. */
  static int reportingVerb(Sentence s, int anchor) {
    int cur = anchor;
    for (int guard = 0; cur >= 0 && guard < s.tokens().size(); guard++) {
      Dependency arc = s.parentArc(cur);
      if (arc == null || arc.isRoot() || BACKGROUND.contains(arc.relation())) {
        return -1;
      }
      int gov = arc.governor();
      String lemma = Parse.lemma(s, gov);
      boolean clausal = arc.relation().equals("ccomp") || arc.relation().equals("parataxis");
      boolean object = arc.relation().equals("obj") && REPORTING_OBJECT.contains(lemma);
      if ((clausal && REPORTING.contains(lemma)) || object) {
        return Parse.hasChild(s, gov, "nsubj") ? gov : -1;
      }
      cur = gov;
    }
    return -1;
  }

  /** How a source token is named: a canonical actor name, or the phrase as written. */
  private static String name(Sentence s, int head, ArticleActors actors) {
    if (head < 0) {
      return null;
    }
    Optional<ArticleActor> actor = actors.at(s.index(), head);
    if (actor.isPresent()
        && (actor.get().kind() == ActorKind.PERSON || actor.get().kind() == ActorKind.COUNTRY)) {
      return actor.get().name();
    }
    int from = head;
    int to = head;
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if (r.equals("appos") || r.startsWith("acl") || r.equals("punct") || r.equals("case")
          || r.startsWith("conj") || r.equals("cc") || r.equals("dep")) {
        continue;
      }
      int[] span = Parse.subtree(s, d.dependent());
      from = Math.min(from, span[0]);
      to = Math.max(to, span[1]);
    }
    while (from < to && (s.token(from).pos().equals("DT") || s.token(from).pos().equals("IN"))) {
      from++;
    }
    String phrase = s.span(from, to + 1);
    // An organisation's canonical name wins when it says at least as much as the phrase
    // ("Gaza Ministry of Health" for "the health ministry"), so outlets compare.
    if (actor.isPresent() && actor.get().name().length() >= phrase.length()) {
      return actor.get().name();
    }
    return phrase;
  }
}
