package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.Fixtures.read;
import static org.crosscheck.ingest.Fixtures.reasons;
import static org.crosscheck.ingest.Fixtures.write;

import java.nio.file.Path;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each JSON line is one article, its fields the hints; a bad line costs only that line. */
class JsonLinesSourceTest {
  @TempDir Path dir;

  @Test
  void eachLineIsADocumentWithItsFieldsAsHints() throws Exception {
    Path file =
        write(
            dir,
            "articles.jsonl",
            """
{"url": "https://news.example/a", "outlet": "Harbour News", "title": "Talks", "published": "2024-03-21", "text": "Officials met."}

{"url": "https://news.example/b", "outlet": "Port Daily", "published": "2024-03-22T08:00:00Z", "html": "<p>Talks went on.</p>"}
""");

    IngestResult result = read(file);

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).hasSize(2);
    SourceDocument a = result.documents().get(0);
    assertThat(a.id()).isEqualTo("https://news.example/a");
    assertThat(a.location()).isEqualTo("https://news.example/a");
    assertThat(a.format()).isEqualTo(Format.TEXT);
    assertThat(a.content()).isEqualTo("Officials met.");
    assertThat(a.hints().outlet()).isEqualTo("Harbour News");
    assertThat(a.hints().title()).isEqualTo("Talks");
    SourceDocument b = result.documents().get(1);
    assertThat(b.format()).isEqualTo(Format.HTML);
    assertThat(b.hints().published()).hasToString("2024-03-22");
  }

  @Test
  void aLineThatIsNotJsonIsABadLineAndTheOthersAreRead() throws Exception {
    Path file =
        write(
            dir,
            "articles.jsonl",
            """
            {"text": "First."}
            not json at all
            {"text": "Third."}
            """);

    IngestResult result = read(file);

    assertThat(result.documents())
        .extracting(SourceDocument::content)
        .containsExactly("First.", "Third.");
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo(Reason.BAD_JSON);
              assertThat(p.source()).isEqualTo(file + "#line 2");
            });
    assertThat(result.documents().get(0).id()).isEqualTo(file + "#line 1");
  }

  @Test
  void aLineWithoutTextIsEmpty() throws Exception {
    IngestResult result = read(write(dir, "a.jsonl", "{\"url\": \"https://news.example/a\"}\n"));

    assertThat(reasons(result)).containsExactly(Reason.EMPTY);
  }

  @Test
  void aLastLineCutShortIsTruncated() throws Exception {
    IngestResult result = read(write(dir, "a.jsonl", "{\"text\": \"First.\"}\n{\"text\": \"Sec"));

    assertThat(result.documents()).hasSize(1);
    assertThat(reasons(result)).containsExactly(Reason.TRUNCATED);
  }
}
