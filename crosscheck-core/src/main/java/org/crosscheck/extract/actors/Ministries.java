package org.crosscheck.extract.actors;

import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Sentence;

/**
 * Rule: government ministries, named after their owner and area so that the same ministry gets
 * the same name however it is written: "Gaza's Ministry of Health", "the health ministry in Gaza"
 * and "Gaza's health ministry" are all "Gaza Ministry of Health"; "the Hamas-run health ministry"
 * is "Hamas-run Ministry of Health". The owner's country, when known, is the ministry's country.
 */
final class Ministries {
  private static final Map<String, String> AREAS = Map.ofEntries(
      Map.entry("health", "Health"), Map.entry("foreign", "Foreign Affairs"),
      Map.entry("defense", "Defense"), Map.entry("defence", "Defense"),
      Map.entry("interior", "Interior"), Map.entry("finance", "Finance"),
      Map.entry("education", "Education"), Map.entry("justice", "Justice"),
      Map.entry("information", "Information"), Map.entry("economy", "Economy"),
      Map.entry("energy", "Energy"), Map.entry("agriculture", "Agriculture"),
      Map.entry("trade", "Trade"));

  void apply(ArticleBook book) {
    for (Sentence s : book.article.sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        if (s.token(i).word().toLowerCase(Locale.ROOT).equals("ministry")) {
          i = match(book, s, i);
        }
      }
    }
  }

  /** Tries the patterns around "ministry" at token {@code m}; returns the last token used. */
  private int match(ArticleBook book, Sentence s, int m) {
    int n = s.tokens().size();
    String area = null;
    int start = m;
    int end = m + 1;
    if (m + 2 < n && s.token(m + 1).word().equals("of")) {
      // "Ministry of Health", "Ministry of Foreign Affairs"
      String w = s.token(m + 2).word().toLowerCase(Locale.ROOT);
      if (AREAS.containsKey(w)) {
        area = AREAS.get(w);
        end = w.equals("foreign") && m + 3 < n
            && s.token(m + 3).word().equalsIgnoreCase("affairs") ? m + 4 : m + 3;
      }
    } else if (m >= 1 && AREAS.containsKey(s.token(m - 1).word().toLowerCase(Locale.ROOT))) {
      area = AREAS.get(s.token(m - 1).word().toLowerCase(Locale.ROOT));
      start = m - 1;
    }
    if (area == null) {
      return m;
    }
    String owner = null;
    String country = null;
    // Owner before: "Gaza 's", "the Hamas-run", "Israeli"
    int o = start - 1;
    if (o >= 1 && s.token(o).pos().equals("POS")) {
      ActorTable.Match k = book.knowledge.actors().matchAt(s, o - 1);
      owner = k != null ? k.actor().name() : s.token(o - 1).word();
      country = k != null ? k.actor().country() : null;
      start = o - 1;
    } else if (o >= 0 && s.token(o).word().endsWith("-run")) {
      owner = s.token(o).word();
      KnownActor k = book.knowledge.actors().byName(owner.substring(0, owner.length() - 4));
      country = k != null ? k.country() : null;
      start = o;
    } else if (o >= 2 && s.token(o).word().equals("run") && s.token(o - 1).word().equals("-")) {
      // "Hamas-run" split into three tokens
      owner = s.token(o - 2).word() + "-run";
      KnownActor k = book.knowledge.actors().byName(s.token(o - 2).word());
      country = k != null ? k.country() : null;
      start = o - 2;
    } else if (o >= 0) {
      ActorTable.Match k = book.knowledge.actors().matchAt(s, o);
      if (k != null && k.end() == start) {
        owner = k.actor().name();
        country = k.actor().country();
        start = k.start();
      }
    }
    // Owner after: "the health ministry in Gaza"
    if (owner == null && end + 1 < n && s.token(end).word().equals("in")) {
      ActorTable.Match k = book.knowledge.actors().matchAt(s, end + 1);
      if (k != null) {
        owner = k.actor().name();
        country = k.actor().country();
        end = k.end();
      }
    }
    if (start > 0 && s.token(start - 1).word().equalsIgnoreCase("the")) {
      start--;
    }
    String name = (owner == null ? "" : owner + " ") + "Ministry of " + area;
    Draft d = book.named(ActorKind.ORGANISATION, name);
    d.country = d.country == null ? country : d.country;
    d.sector = "government";
    book.addSpan(d, s, start, end);
    return end - 1;
  }
}
