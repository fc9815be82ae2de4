package org.crosscheck.extract.actors;

import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Role words and the sector they imply ("foreign minister" → government, "general" → military),
 * with the generic words that may stand for them in a later reference ("diplomat" for a secretary
 * of state, "leader" for a prime minister). Loaded from {@code roles.tsv}; immutable and
 * thread-safe.
 */
public final class RoleTable {

  /**
   * A role.
   *
   * @param phrase lower-case role words ("secretary of state")
   * @param sector the sector it implies, or null when it depends on the employer ("spokesman")
   * @param families generic words that may refer back to a holder ("diplomat", "leader")
   */
  public record Role(String phrase, String sector, Set<String> families) {
    public Role {
      families = Set.copyOf(families);
    }

    /** True when a later reference by {@code word} ("diplomat") may mean a holder of this role. */
    public boolean answersTo(String word) {
      return phrase.equals(word) || families.contains(word);
    }
  }

  private final Map<String, Role> byPhrase;
  private final Set<String> words;
  private final int maxWords;

  RoleTable(List<Role> roles) {
    Map<String, Role> map = new HashMap<>();
    Set<String> ws = new HashSet<>();
    int max = 1;
    for (Role r : roles) {
      map.put(r.phrase(), r);
      String[] parts = r.phrase().split(" ");
      max = Math.max(max, parts.length);
      for (String w : parts) {
        if (!w.equals("of") && !w.equals("for") && !w.equals("to")) {
          ws.add(w);
        }
      }
    }
    this.byPhrase = Map.copyOf(map);
    this.words = Set.copyOf(ws);
    this.maxWords = max;
  }

  /** The table shipped with Crosscheck. */
  public static RoleTable load() {
    return of(TsvRows.resource("roles.tsv", 3));
  }

  /** A table read from TSV text ({@code role, sector, families}); {@code source} names it in errors. */
  public static RoleTable parse(String source, Reader reader) {
    return of(TsvRows.read(source, reader, 3));
  }

  private static RoleTable of(List<TsvRows.Row> rows) {
    Set<String> seen = new HashSet<>();
    List<Role> roles = new java.util.ArrayList<>();
    for (TsvRows.Row row : rows) {
      String phrase = row.get(0).toLowerCase(Locale.ROOT).strip();
      if (!seen.add(phrase)) {
        throw row.error("duplicate role '" + phrase + "'");
      }
      roles.add(new Role(phrase, row.optional(1), Set.copyOf(row.list(2))));
    }
    return new RoleTable(roles);
  }

  /** The role named exactly by {@code phrase} (any case), or null. */
  public Role get(String phrase) {
    return byPhrase.get(phrase.toLowerCase(Locale.ROOT));
  }

  /** True when {@code word} (lower case) is part of some role ("minister", "cabinet"). */
  public boolean isRoleWord(String word) {
    return words.contains(word);
  }

  /**
   * The longest role that ends at word {@code end} (exclusive) of {@code lower}, a lower-case word
   * list; null if none. Hyphens count as words' glue ("secretary-general" is one word).
   */
  public Match longestEndingAt(List<String> lower, int end) {
    for (int n = Math.min(maxWords, end); n >= 1; n--) {
      Role r = byPhrase.get(String.join(" ", lower.subList(end - n, end)).replace(" - ", "-"));
      if (r != null) {
        return new Match(r, end - n, end);
      }
    }
    return null;
  }

  /** A role found in a word list: words {@code start} to {@code end} (exclusive). */
  public record Match(Role role, int start, int end) {}
}
