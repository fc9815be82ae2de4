package org.crosscheck.report;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;
import org.crosscheck.model.SpeakerKind;
import org.crosscheck.model.Story;

/** A small report written by hand, with one of everything. */
final class ReportFixtures {
  private ReportFixtures() {}

  static Report small() {
    String s1 = "“We will keep talking,” Jane Roe said.";
    String s2 = "At least 12 people were killed, officials said.";
    Article a =
        new Article(
            "a.txt",
            "corpus/a.txt",
            new ArticleMetadata(null, "Daily Test", "Talks go on", List.of("Ann Writer"),
                LocalDate.of(2024, 3, 21), null, "en", List.of()),
            List.of(Paragraph.heading("Talks"), Paragraph.body(s1), Paragraph.body(s2)),
            null);
    int p1 = a.paragraphStart(1);
    int p2 = a.paragraphStart(2);
    Evidence quoteEv = new Evidence("a.txt", s1, p1 + 1, p1 + 21);
    Evidence figEv = new Evidence("a.txt", s2, p2 + 9, p2 + 11);
    return new Report(
        List.of(a),
        List.of(new Actor("jane-roe", "Jane Roe", ActorKind.PERSON, List.of("minister"), "GBR",
            "government", List.of(new Mention("a.txt", "Jane Roe", p1 + 24, p1 + 32)))),
        List.of(new Quote("q1", "a.txt", "We will keep talking", false, "Jane Roe", "jane-roe",
            SpeakerKind.PERSON, quoteEv)),
        List.of(new Figure("f1", "a.txt", 12, Qualifier.AT_LEAST, "killed", "people", null,
            LocalDate.of(2024, 3, 21), figEv)),
        List.of(new Event("e1", EventType.CONSULT, null, List.of("Jane Roe"), List.of(), null,
            "2024-03-21", List.of("a.txt"), List.of(quoteEv))),
        List.of(new Story("s1", "Talks go on", LocalDate.of(2024, 3, 21),
            LocalDate.of(2024, 3, 21), List.of("a.txt"), List.of("e1"))),
        List.of(),
        List.of(new Finding("figure-outlier", "12 killed is far from the others", List.of("f1"),
            List.of(figEv))),
        List.of("b.txt: publication date unknown"));
  }
}
