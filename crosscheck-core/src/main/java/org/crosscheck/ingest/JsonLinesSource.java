package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;

/**
 * Reads JSON Lines: one article per line, {@code {"url", "outlet", "title", "published", "text"}}
 * or with {@code "html"} instead of {@code "text"} (and optionally {@code "id", "language",
 * "byline", "syndicated_from"}). Lines are read one at a time, so a large file streams. A line that
 * does not parse or carries no text is a problem for that line only; a last line cut short is
 * reported as truncated. Not thread-safe; one per stream.
 */
final class JsonLinesSource {
  private final DocumentReader reader;

  JsonLinesSource(DocumentReader reader) {
    this.reader = reader;
  }

  void read(Origin origin, InputStream in) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line = lines.readLine();
    for (int number = 1; line != null; number++) {
      String next = lines.readLine();
      if (!line.isBlank()) {
        String source = origin.location() + "#line " + number;
        try {
          reader.sink().document(document(origin, source, line, next == null));
        } catch (IngestException e) {
          reader.sink().problem(e.toProblem(source));
        }
      }
      line = next;
    }
  }

  private SourceDocument document(Origin origin, String source, String line, boolean last)
      throws IngestException {
    if (line.length() > reader.maxBytes()) {
      throw new IngestException(
          Reason.TOO_LARGE, "larger than the limit of " + reader.maxBytes() + " bytes");
    }
    JsonNode node;
    try {
      node = reader.json().readTree(line);
    } catch (JsonProcessingException e) {
      // A file whose last line stops mid-object was cut short rather than written wrong.
      boolean cut = last && e.getOriginalMessage().startsWith("Unexpected end-of-input");
      throw new IngestException(
          cut ? Reason.TRUNCATED : Reason.BAD_JSON,
          (cut ? "the line ends early: " : "not a JSON object: ") + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IngestException(Reason.BAD_JSON, "not a JSON object");
    }
    String html = JsonHints.text(node, "html");
    String text = JsonHints.text(node, "text");
    if (html == null && text == null) {
      throw new IngestException(Reason.EMPTY, "no \"text\" or \"html\" field with content");
    }
    ArticleMetadata hints = JsonHints.from(node, m -> reader.sink().warning(source, m));
    String id = JsonHints.text(node, "id");
    String base = id != null ? id : hints.url() != null ? hints.url() : source;
    return new SourceDocument(
        reader.ids().unique(base),
        hints.url() != null ? hints.url() : source,
        html != null ? Format.HTML : Format.TEXT,
        html != null ? html : text,
        hints);
  }
}
