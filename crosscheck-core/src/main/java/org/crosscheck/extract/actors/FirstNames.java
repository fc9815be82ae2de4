package org.crosscheck.extract.actors;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, generic table of common first names and the gender they usually indicate, used only to
 * keep "she" from resolving to a man and "he" to a woman. The text's own pronouns take precedence
 * (see {@link Pronouns}); a name not in the table is compatible with both. Loaded from {@code
 * first-names.tsv}; immutable and thread-safe.
 */
public final class FirstNames {
  private final Map<String, Character> genders;

  FirstNames(Map<String, Character> genders) {
    this.genders = Map.copyOf(genders);
  }

  public static FirstNames load() {
    return of(TsvRows.resource("first-names.tsv", 2));
  }

  public static FirstNames parse(String source, Reader reader) {
    return of(TsvRows.read(source, reader, 2));
  }

  private static FirstNames of(List<TsvRows.Row> rows) {
    Map<String, Character> map = new HashMap<>();
    for (TsvRows.Row row : rows) {
      String g = row.get(1);
      if (!g.equals("m") && !g.equals("f")) {
        throw row.error("gender must be m or f, found '" + g + "'");
      }
      map.put(row.get(0), g.charAt(0));
    }
    return new FirstNames(map);
  }

  /** 'm', 'f', or 0 when the name is unknown. */
  public char genderOf(String firstName) {
    Character c = genders.get(firstName);
    return c == null ? 0 : c;
  }
}
