package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.ArticleMetadata;

/**
 * A manifest: a JSON file listing articles with what a crawler knew about them, in the format
 * {@code {"articles": [{"file": "a.txt", "outlet": ..., "title": ..., "published": ..., "language":
 * ..., "syndicated_from": ...}]}} (a bare array of entries is accepted too). File names are
 * relative to the manifest's folder; an entry may give a {@code url} instead.
 *
 * <p>Reading never fails: a manifest that does not parse, or an entry naming a missing file, is
 * reported to the sink and the rest is used. Immutable once read.
 */
final class Manifest {
  static final String FILE_NAME = "manifest.json";

  /** One entry: a file (absolute, normalized) or a URL, and its hints. */
  record Entry(Path file, String url, ArticleMetadata hints) {}

  private final List<Entry> entries;
  private final Map<Path, ArticleMetadata> byFile = new LinkedHashMap<>();

  private Manifest(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      if (e.file() != null) {
        byFile.put(e.file(), e.hints());
      }
    }
  }

  static Manifest empty() {
    return new Manifest(List.of());
  }

  List<Entry> entries() {
    return entries;
  }

  /** The hints for a file, or null when the manifest does not list it. */
  ArticleMetadata hintsFor(Path file) {
    return byFile.get(file.toAbsolutePath().normalize());
  }

  static Manifest read(Path path, ObjectMapper json, IngestSink sink) {
    String source = path.toString();
    JsonNode root;
    try {
      root = json.readTree(Files.readAllBytes(path));
    } catch (JsonProcessingException e) {
      sink.problem(
          new IngestProblem(
              source,
              Reason.BAD_MANIFEST,
              "manifest is not valid JSON: " + e.getOriginalMessage() + location(e)));
      return empty();
    } catch (IOException e) {
      sink.problem(Streams.describe(e).toProblem(source));
      return empty();
    }
    JsonNode list = root != null && root.isObject() ? root.get("articles") : root;
    if (list == null || !list.isArray()) {
      sink.problem(
          new IngestProblem(
              source, Reason.BAD_MANIFEST, "manifest has no \"articles\" list of entries"));
      return empty();
    }
    Path folder = path.toAbsolutePath().normalize().getParent();
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode node : list) {
      index++;
      String where = "entry " + index;
      String file = node.isObject() ? JsonHints.text(node, "file") : null;
      String url = node.isObject() ? JsonHints.text(node, "url") : null;
      if (file == null && url == null) {
        sink.problem(
            new IngestProblem(
                source, Reason.BAD_MANIFEST, where + " names no \"file\" or \"url\""));
        continue;
      }
      ArticleMetadata hints = JsonHints.from(node, m -> sink.warning(source, where + ": " + m));
      if (file == null) {
        entries.add(new Entry(null, url, hints));
        continue;
      }
      Path resolved = folder.resolve(file).normalize();
      if (!Files.isRegularFile(resolved)) {
        sink.problem(
            new IngestProblem(
                source,
                Reason.BAD_MANIFEST,
                where + " names \"" + file + "\", which does not exist"));
        continue;
      }
      entries.add(new Entry(resolved, url, hints));
    }
    return new Manifest(entries);
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
