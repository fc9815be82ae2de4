package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.CleanException;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.Article;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;
import org.junit.jupiter.api.Test;

/** Documents are cleaned as they arrive; a rejected or crashing document is one problem. */
class CleaningSinkTest {

  /** Keeps "good" documents, rejects "empty" ones and crashes on anything else. */
  private static final Cleaner PICKY =
      doc -> {
        if (doc.content().equals("good")) {
          return new Article(
              doc.id(), doc.location(), doc.hints(), List.of(Paragraph.body("good")), null);
        }
        if (doc.content().equals("empty")) {
          throw new CleanException("no text left");
        }
        throw new IllegalStateException("cleaner bug");
      };

  private static SourceDocument doc(String id, String content) {
    return new SourceDocument(id, id + ".txt", Format.TEXT, content, null);
  }

  @Test
  void keepsArticlesAndTurnsRejectionsAndCrashesIntoProblems() {
    List<String> progress = new ArrayList<>();
    CleaningSink sink = new CleaningSink(PICKY, (a, p) -> progress.add(a + "/" + p));

    sink.document(doc("a", "good"));
    sink.document(doc("b", "empty"));
    sink.document(doc("c", "boom"));
    sink.problem(new IngestProblem("d.txt", Reason.BINARY, "binary file"));

    assertThat(sink.articles()).extracting(Article::id).containsExactly("a");
    assertThat(sink.problems())
        .extracting(IngestProblem::reason)
        .containsExactly(Reason.NO_ARTICLE, Reason.NO_ARTICLE, Reason.BINARY);
    assertThat(sink.problems().get(1).message()).contains("cleaner bug");
    assertThat(progress).containsExactly("1/0", "1/1", "1/2", "1/3");
  }
}
