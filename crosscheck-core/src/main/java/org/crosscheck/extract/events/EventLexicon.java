package org.crosscheck.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * The verbs and nouns that trigger PLOVER events, read from a tab-separated lexicon (the default
 * one is {@code lexicon.tsv} beside this class; its header documents the format and where the
 * entries come from).
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * EventLexicon lexicon = EventLexicon.standard();
 * Optional<LexiconEntry> e = lexicon.match(sentence, tokenIndex);
 * }</pre>
 */
public final class EventLexicon {
  private final Map<String, List<LexiconEntry>> byLemma;
  private final int size;

  private EventLexicon(List<LexiconEntry> entries) {
    Map<String, List<LexiconEntry>> map = new HashMap<>();
    for (LexiconEntry e : entries) {
      map.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
    }
    // Longer patterns first: "strike air" must win over "strike".
    map.values()
        .forEach(l -> l.sort(Comparator.comparingInt((LexiconEntry e) -> -e.companions().size())));
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byLemma = Map.copyOf(map);
    this.size = entries.size();
  }

  /** The lexicon shipped with Crosscheck. */
  public static EventLexicon standard() {
    try (InputStream in = EventLexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a lexicon in the documented format; rejects malformed lines with their number. */
  public static EventLexicon read(InputStream in) throws IOException {
    List<LexiconEntry> entries = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4) {
        throw new IllegalArgumentException("lexicon line " + n + ": expected 4 columns: " + line);
      }
      String[] words = cols[0].trim().toLowerCase(Locale.ROOT).split("\\s+");
      String pos = cols[1].trim();
      if (!pos.equals("V") && !pos.equals("N") && !pos.equals("VN")) {
        throw new IllegalArgumentException("lexicon line " + n + ": bad pos " + pos);
      }
      EventType type;
      try {
        type = EventType.valueOf(cols[2].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("lexicon line " + n + ": unknown type " + cols[2], e);
      }
      String mode = cols[3].trim().equals("-") ? null : cols[3].trim();
      entries.add(
          new LexiconEntry(
              words[0],
              Arrays.asList(words).subList(1, words.length),
              pos.contains("V"),
              pos.contains("N"),
              type,
              mode));
    }
    return new EventLexicon(entries);
  }

  /** Number of entries. */
  public int size() {
    return size;
  }

  /**
   * The longest entry triggered by token {@code index} of {@code sentence}: its lemma and part of
   * speech fit, and every companion word hangs off it.
   */
  public Optional<LexiconEntry> match(Sentence sentence, int index) {
    Token t = sentence.token(index);
    List<LexiconEntry> candidates = byLemma.get(t.lemma().toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return Optional.empty();
    }
    for (LexiconEntry e : candidates) {
      // A noun trigger is a common noun: "Cooperation" in "Asia-Pacific Economic Cooperation"
      // names an organisation, not an event.
      boolean commonNoun = t.isNoun() && !t.isProperNoun();
      if (!(t.isVerb() && e.verb() || commonNoun && e.noun())) {
        continue;
      }
      if (companionsPresent(sentence, index, e.companions())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static boolean companionsPresent(Sentence s, int index, List<String> companions) {
    for (String word : companions) {
      if (!hasCompanion(s, index, word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCompanion(Sentence s, int index, String word) {
    for (Dependency d : s.children(index)) {
      Token dep = s.token(d.dependent());
      // "called on Sunday" is not "call on": a date is never the companion's object.
      boolean isTime = "DATE".equals(dep.ner()) || "TIME".equals(dep.ner());
      if (d.relation().endsWith(":" + word) && !isTime || dep.lemma().equalsIgnoreCase(word)) {
        return true;
      }
      // "gave 5 million dollars of aid": the companion is what the object measures.
      if (d.relation().equals("obj")) {
        for (Dependency m : s.children(d.dependent())) {
          if (m.relation().equals("nmod:of") && s.token(m.dependent()).lemma().equalsIgnoreCase(word)) {
            return true;
          }
        }
      }
      // "called on Germany to release" is sometimes parsed with "on" marking the clause.
      if (d.relation().startsWith("advcl") || d.relation().equals("xcomp")) {
        for (Dependency m : s.children(d.dependent())) {
          if (m.relation().equals("mark") && s.token(m.dependent()).lemma().equalsIgnoreCase(word)
              && m.dependent() < d.dependent() && m.dependent() == index + 1) {
            return true;
          }
        }
      }
    }
    // "a hunger strike": the modifier may also sit just before the trigger without an arc we
    // expect (taggers sometimes make it the head of a compound).
    return index > 0 && s.token(index - 1).lemma().equalsIgnoreCase(word);
  }

  @Override
  public String toString() {
    return "EventLexicon[" + size + " entries]";
  }
}
