package org.crosscheck.crosscheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SpeakerKind;

/** Small records written for the cross-check tests. */
final class Fixtures {
  private Fixtures() {}

  private static int ids;

  static Article article(String id, String outlet, String date, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      ps.add(Paragraph.body(p));
    }
    ArticleMetadata meta =
        new ArticleMetadata(
            null,
            outlet,
            null,
            List.of(),
            date == null ? null : LocalDate.parse(date),
            null,
            "en",
            List.of());
    return new Article(id, id, meta, ps, null);
  }

  /**
   * A quote of {@code text} found in {@code article}'s text (the quoted words must occur there),
   * attributed to a person.
   */
  static Quote quote(Article article, String text, String speaker) {
    return quote(article, text, speaker, speaker == null ? SpeakerKind.NONE : SpeakerKind.PERSON);
  }

  static Quote quote(Article article, String text, String speaker, SpeakerKind kind) {
    String all = article.text();
    int start = all.indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException("not in the article: " + text);
    }
    int sentenceStart =
        Math.max(all.lastIndexOf(". ", start) + 2, all.lastIndexOf("\n", start) + 1);
    int sentenceEnd = all.indexOf("\n", start + text.length());
    String sentence = all.substring(sentenceStart, sentenceEnd < 0 ? all.length() : sentenceEnd);
    return new Quote(
        "q" + (++ids),
        article.id(),
        text,
        false,
        speaker,
        null,
        kind,
        new Evidence(article.id(), sentence, start, start + text.length()));
  }

  /** A quote whose evidence is invented (for checks that do not read the article text). */
  static Quote quote(String article, String text, String speaker, SpeakerKind kind) {
    return new Quote(
        "q" + (++ids),
        article,
        text,
        false,
        speaker,
        null,
        kind,
        new Evidence(article, text, 0, text.length()));
  }

  static Figure figure(
      String article, double value, Qualifier q, String measure, String subject, String asOf) {
    String text = value + " " + measure;
    return new Figure(
        "f" + (++ids),
        article,
        value,
        q,
        measure,
        subject,
        null,
        asOf == null ? null : LocalDate.parse(asOf),
        new Evidence(article, text, 0, text.length()));
  }

  static Event event(String article, EventType type, String source, String target, String date) {
    return new Event(
        "e" + (++ids),
        type,
        null,
        List.of(source),
        target == null ? List.of() : List.of(target),
        null,
        date,
        List.of(article),
        List.of(new Evidence(article, "sentence", 0, 8)));
  }
}
