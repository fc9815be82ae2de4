package org.crosscheck.extract.actors;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Sentence;

/**
 * The countries, organisations and groups Crosscheck knows by name, read from {@code actors.tsv}
 * (format in the README beside it), with lookups by name or alias, demonym and capital.
 *
 * <p>Matching is by {@link Names#key key} (case, dots and a leading "the" ignored) with two
 * guards against common words: an acronym alias ("US", "WHO") only matches text in capitals, and
 * any other alias only matches text that starts with a capital letter. Immutable and thread-safe.
 */
public final class ActorTable {

  /** How a phrase named a known actor. */
  public enum Via {
    NAME,
    DEMONYM,
    CAPITAL
  }

  /** A known actor found in a sentence: tokens {@code start} to {@code end} (exclusive). */
  public record Match(KnownActor actor, Via via, int start, int end) {}

  private record Entry(KnownActor actor, boolean acronym) {}

  private static final Set<String> KINDS = Set.of("country", "organisation", "group");

  private final List<KnownActor> actors;
  private final Map<String, Entry> names = new HashMap<>();
  private final Map<String, Entry> demonyms = new HashMap<>();
  private final Map<String, Entry> capitals = new HashMap<>();
  private final Map<String, KnownActor> countries = new HashMap<>();
  private int maxWords = 1;

  ActorTable(List<KnownActor> actors) {
    this.actors = List.copyOf(actors);
    for (KnownActor a : this.actors) {
      index(names, a, a.name());
      a.aliases().forEach(n -> index(names, a, n));
      a.demonyms().forEach(n -> index(demonyms, a, n));
      a.capitals().forEach(n -> index(capitals, a, n));
      if (a.kind() == ActorKind.COUNTRY && a.country() != null) {
        countries.putIfAbsent(a.country(), a);
      }
    }
  }

  private void index(Map<String, Entry> map, KnownActor a, String phrase) {
    map.putIfAbsent(Names.key(phrase), new Entry(a, Names.isAcronym(phrase)));
    maxWords = Math.max(maxWords, Names.words(phrase).size());
  }

  /** The table shipped with Crosscheck. */
  public static ActorTable load() {
    return of(TsvRows.resource("actors.tsv", 7));
  }

  /** A table read from TSV text; {@code source} names it in error messages. */
  public static ActorTable parse(String source, Reader reader) {
    return of(TsvRows.read(source, reader, 7));
  }

  private static ActorTable of(List<TsvRows.Row> rows) {
    List<KnownActor> out = new ArrayList<>();
    for (TsvRows.Row row : rows) {
      String kind = row.get(0);
      if (!KINDS.contains(kind)) {
        throw row.error("kind must be one of " + KINDS + ", found '" + kind + "'");
      }
      String country = row.optional(2);
      if (country != null && !country.matches("[A-Z]{3}")) {
        throw row.error("country must be an ISO 3166-1 alpha-3 code or -, found '" + country + "'");
      }
      out.add(new KnownActor(
          kind.equals("organisation") ? ActorKind.ORGANISATION : ActorKind.valueOf(
              kind.toUpperCase(Locale.ROOT)),
          row.get(1), country, row.optional(3), row.list(4), row.list(5), row.list(6)));
    }
    return new ActorTable(out);
  }

  public List<KnownActor> all() {
    return actors;
  }

  /** The country with this ISO3 code, or null. */
  public KnownActor country(String iso3) {
    return countries.get(iso3);
  }

  /** The actor named exactly by {@code phrase} (name or alias), or null. Case rules apply. */
  public KnownActor byName(String phrase) {
    return lookup(names, phrase);
  }

  /** The country whose people {@code word} names ("Israeli", "Palestinians"), or null. */
  public KnownActor byDemonym(String word) {
    return lookup(demonyms, word);
  }

  /**
   * The longest known phrase of any kind starting at token {@code from}, or null. A phrase
   * never takes in a token without a letter or digit, so the window stops before the first one.
   */
  public Match matchAt(Sentence s, int from) {
    int n = s.tokens().size();
    int longest = 0;
    int limit = Math.min(maxWords, n - from);
    while (longest < limit && hasLetterOrDigit(s.token(from + longest).word())) {
      longest++;
    }
    for (int len = longest; len >= 1; len--) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < from + len; i++) {
        if (i > from) {
          sb.append(' ');
        }
        sb.append(s.token(i).word());
      }
      String text = withoutThe(sb.toString());
      if (text.isEmpty()) {
        continue;
      }
      // One key for the three tables: computing it is the costly part of a lookup.
      String key = Names.key(text);
      KnownActor a = lookup(names, text, key);
      if (a != null) {
        return new Match(a, Via.NAME, from, from + len);
      }
      a = lookup(demonyms, text, key);
      if (a != null) {
        return new Match(a, Via.DEMONYM, from, from + len);
      }
      a = lookup(capitals, text, key);
      if (a != null) {
        return new Match(a, Via.CAPITAL, from, from + len);
      }
    }
    return null;
  }

  /** As the regex {@code .*[\p{L}\p{N}].*} (whose dot stops at line breaks) would say. */
  private static boolean hasLetterOrDigit(String word) {
    boolean found = false;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
        return false;
      }
      int type = Character.getType(c);
      found |= Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
      i += Character.charCount(c);
    }
    return found;
  }

  private static String withoutThe(String phrase) {
    String text = phrase.strip();
    if (text.regionMatches(true, 0, "the ", 0, 4)) {
      text = text.substring(4);
    }
    return text;
  }

  private static KnownActor lookup(Map<String, Entry> map, String phrase) {
    String text = withoutThe(phrase);
    return text.isEmpty() ? null : lookup(map, text, Names.key(text));
  }

  private static KnownActor lookup(Map<String, Entry> map, String text, String key) {
    Entry e = map.get(key);
    if (e == null) {
      return null;
    }
    if (e.acronym()) {
      String letters = text.replace(".", "");
      return letters.equals(letters.toUpperCase(Locale.ROOT)) ? e.actor() : null;
    }
    return Names.isCapitalized(text) ? e.actor() : null;
  }
}
