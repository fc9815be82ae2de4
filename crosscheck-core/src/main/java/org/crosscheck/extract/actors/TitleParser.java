package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Sentence;

/**
 * Finds and reads role phrases: the title before a name ("U.S. Secretary of State Antony
 * Blinken", "Israeli Prime Minister, Benjamin Netanyahu") and appositive or descriptive phrases
 * ("the U.S. ambassador to the UN"). Stateless and thread-safe.
 */
final class TitleParser {
  /** Lower-case words that may sit inside a title besides role words. */
  private static final Set<String> TITLE_WORDS =
      Set.of("top", "senior", "former", "deputy", "acting", "chief", "interim", "outgoing",
          "incoming", "new", "then", "longtime", "veteran", "special", "foreign", "defense",
          "defence", "military", "humanitarian", "political", "security", "health", "affairs",
          "state", "department", "ministry", "office", "council", "committee", "agency",
          "cabinet", "war", "government", "administration", "bureau", "press", "national",
          "assistant", "associate", "principal", "executive", "regional", "reconstruction",
          "spokesperson", "opposition", "current", "first", "elected", "designated");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "to", "in", "and");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s");
  private static final Set<String> MALE = Set.of("king", "prince", "crown prince", "emir",
      "sultan", "sheikh", "mr", "sir", "lord", "congressman", "chairman", "spokesman");
  private static final Set<String> FEMALE = Set.of("queen", "princess", "mrs", "ms", "miss",
      "dame", "lady", "congresswoman", "chairwoman", "spokeswoman");

  private final ActorKnowledge knowledge;

  TitleParser(ActorKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * The title right before a name starting at token {@code nameStart}, allowing one comma between
   * them ("Israeli Prime Minister, Benjamin Netanyahu"); null when none names a role.
   */
  Title before(Sentence s, int nameStart) {
    int i = nameStart - 1;
    boolean comma = i >= 1 && s.token(i).word().equals(",");
    if (comma) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && accepts(s, i, end)) {
      i--;
    }
    int start = trimLeft(s, i + 1, end);
    start = keepLastRolePart(s, start, end);
    return start < end ? read(s, start, end) : null;
  }

  /**
   * The descriptive phrase starting at token {@code from} (after a comma or a determiner),
   * through its connectors ("ambassador to the UN"); null when it names no role.
   */
  Title after(Sentence s, int from) {
    int i = from;
    int n = s.tokens().size();
    while (i < n && acceptsForward(s, i, from)) {
      i++;
    }
    int end = i;
    while (end > from && isConnector(s.token(end - 1).word())) {
      end--;
    }
    int first = from;
    String det = s.token(from).word().toLowerCase(Locale.ROOT);
    if (det.equals("the") || det.equals("a") || det.equals("an")) {
      first++;
    }
    return end > first ? read(s, first, end) : null;
  }

  private boolean accepts(Sentence s, int i, int end) {
    String w = s.token(i).word();
    String lw = w.toLowerCase(Locale.ROOT);
    if (POSSESSIVE.contains(w) || w.equals("-")) {
      return i > 0 && i + 1 < end;
    }
    if (CONNECTORS.contains(lw)) {
      // "Minister of Foreign Affairs", "ambassador to the UN": a connector needs a title word on
      // its left; "and" only between role words ("Deputy Prime Minister and Minister of ...").
      if (i == 0 || i + 1 >= end) {
        return false;
      }
      String left = s.token(i - 1).word();
      return lw.equals("and") ? isRoleWord(left) : isTitleToken(s, i - 1);
    }
    if (lw.equals("the")) {
      return i > 0 && i + 1 < end && Set.of("of", "to", "for").contains(
          s.token(i - 1).word().toLowerCase(Locale.ROOT));
    }
    return isTitleToken(s, i);
  }

  private boolean acceptsForward(Sentence s, int i, int from) {
    String w = s.token(i).word();
    String lw = w.toLowerCase(Locale.ROOT);
    if (i == from && (lw.equals("the") || lw.equals("a") || lw.equals("an"))) {
      return true;
    }
    int n = s.tokens().size();
    if (CONNECTORS.contains(lw) || POSSESSIVE.contains(w)) {
      // "ambassador to the UN", "coordinator for Gaza": a connector needs a title word after it
      int j = i + 1;
      if (j < n && s.token(j).word().equalsIgnoreCase("the")) {
        j++;
      }
      return i > from && j < n && isTitleToken(s, j);
    }
    if (lw.equals("the")) {
      return i > from && i + 1 < n && isTitleToken(s, i + 1);
    }
    return isTitleToken(s, i) && !"PERSON".equals(s.token(i).ner());
  }

  /** A word that can be part of a title: capitalised noun or adjective, role or title word. */
  boolean isTitleToken(Sentence s, int i) {
    String w = s.token(i).word();
    String lw = w.toLowerCase(Locale.ROOT);
    String pos = s.token(i).pos();
    if (pos.equals("DT") || pos.equals("IN") || pos.startsWith("PRP")) {
      return false;
    }
    if (isRoleWord(w) || TITLE_WORDS.contains(lw)) {
      return pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("VBN");
    }
    if (Names.isCapitalized(w) || Names.isAcronym(w)) {
      return pos.startsWith("NNP") || pos.startsWith("JJ") || pos.equals("NN")
          || knowledge.actors().matchAt(s, i) != null;
    }
    return false;
  }

  boolean isRoleWord(String word) {
    String lw = word.toLowerCase(Locale.ROOT);
    return knowledge.roles().isRoleWord(lw) || knowledge.roles().get(lw) != null;
  }

  private static boolean isConnector(String w) {
    String lw = w.toLowerCase(Locale.ROOT);
    return CONNECTORS.contains(lw) || lw.equals("the") || POSSESSIVE.contains(w) || w.equals("-");
  }

  private static int trimLeft(Sentence s, int start, int end) {
    while (start < end && isConnector(s.token(start).word())) {
      start++;
    }
    return start;
  }

  /**
   * "spokesman for U.S. Ambassador": when a role is followed by a preposition and another role,
   * the phrase right before the name is the other person's title; keep only the last part.
   */
  private int keepLastRolePart(Sentence s, int start, int end) {
    for (int i = end - 1; i > start; i--) {
      String lw = s.token(i).word().toLowerCase(Locale.ROOT);
      if (lw.equals("for") || lw.equals("to") || lw.equals("of")) {
        if (hasRole(s, i + 1, end) && hasRole(s, start, i) && !joinsRole(s, start, end, i)) {
          return trimLeft(s, i + 1, end);
        }
      }
    }
    return start;
  }

  /** True when the preposition at {@code i} is inside a role phrase ("secretary of state"). */
  private boolean joinsRole(Sentence s, int start, int end, int i) {
    List<String> lower = lower(s, start, end);
    for (int e = i - start + 1; e <= lower.size(); e++) {
      RoleTable.Match m = knowledge.roles().longestEndingAt(lower, e);
      if (m != null && m.start() < i - start && m.end() > i - start) {
        return true;
      }
    }
    return false;
  }

  private boolean hasRole(Sentence s, int start, int end) {
    List<String> lower = lower(s, start, end);
    for (int e = 1; e <= lower.size(); e++) {
      if (knowledge.roles().longestEndingAt(lower, e) != null) {
        return true;
      }
    }
    return false;
  }

  /** Reads the roles, country, affiliation and sector of tokens {@code start..end}. */
  Title read(Sentence s, int start, int end) {
    List<String> lower = lower(s, start, end);
    List<RoleTable.Role> roles = new ArrayList<>();
    int firstRole = -1;
    for (int e = lower.size(); e >= 1; ) {
      RoleTable.Match m = knowledge.roles().longestEndingAt(lower, e);
      if (m == null) {
        e--;
        continue;
      }
      roles.add(0, m.role());
      firstRole = m.start();
      e = m.start();
    }
    if (roles.isEmpty()) {
      return null;
    }
    String country = null;
    KnownActor affiliation = null;
    boolean afterPreposition = false;
    for (int i = start; i < end; i++) {
      String lw = s.token(i).word().toLowerCase(Locale.ROOT);
      if (lw.equals("to") || lw.equals("in") || lw.equals("for")) {
        afterPreposition = true;
      } else if (lw.equals("of")) {
        afterPreposition = false;
      }
      ActorTable.Match m = knowledge.actors().matchAt(s, i);
      if (m == null || m.end() > end || afterPreposition) {
        continue;
      }
      KnownActor a = m.actor();
      if (a.kind() == ActorKind.COUNTRY) {
        if (country == null && (i - start <= firstRole || m.via() == ActorTable.Via.DEMONYM
            || s.token(i - 1).word().equalsIgnoreCase("of"))) {
          country = a.country();
        }
      } else if (affiliation == null) {
        affiliation = a;
      }
      i = m.end() - 1;
    }
    String sector = roleSector(roles);
    if (affiliation != null) {
      // A country's envoy to the UN works for the country; a UN envoy with no country, or a
      // Hamas official, works for the organisation or group.
      boolean strong = country == null && ("igo".equals(affiliation.sector())
          || "non-state armed group".equals(affiliation.sector()));
      if (strong || sector == null) {
        sector = affiliation.sector();
      }
      if (country == null) {
        country = affiliation.country();
      }
    }
    return new Title(start, end, s.span(start, end), roles, country, affiliation, sector,
        gender(roles, lower));
  }

  private static String roleSector(List<RoleTable.Role> roles) {
    String sector = null;
    for (RoleTable.Role r : roles) {
      if (r.sector() != null) {
        sector = r.sector();
      }
    }
    return sector;
  }

  private static char gender(List<RoleTable.Role> roles, List<String> lower) {
    for (RoleTable.Role r : roles) {
      if (MALE.contains(r.phrase())) {
        return 'm';
      }
      if (FEMALE.contains(r.phrase())) {
        return 'f';
      }
    }
    for (String w : lower) {
      String bare = w.replace(".", "");
      if (MALE.contains(bare)) {
        return 'm';
      }
      if (FEMALE.contains(bare)) {
        return 'f';
      }
    }
    return 0;
  }

  private static List<String> lower(Sentence s, int start, int end) {
    List<String> out = new ArrayList<>();
    for (int i = start; i < end; i++) {
      out.add(s.token(i).word().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
