package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.ArticleMetadata;

/**
 * Turns the user's inputs (files, folders, {@code -}, URLs, a manifest) into streams for the {@link
 * DocumentReader}, in a stable order: inputs as given, a folder's files sorted by path, then the
 * entries of explicit manifests that no input covered. A manifest is explicit when given as an
 * option or as an input file named {@code manifest.json}; both are read first, so that their hints
 * reach the other inputs. A file reached twice is read once. Not thread-safe; one per run.
 */
final class InputWalker {
  private final IngestOptions options;
  private final DocumentReader reader;
  private final IngestSink sink;
  private final Map<Path, Manifest> manifests = new LinkedHashMap<>();
  private final Set<Path> seen = new HashSet<>();

  InputWalker(IngestOptions options, DocumentReader reader) {
    this.options = options;
    this.reader = reader;
    this.sink = reader.sink();
  }

  void walk(List<String> inputs) {
    List<Manifest> explicit = new ArrayList<>();
    if (options.manifest() != null) {
      explicit.add(readManifest(options.manifest()));
    }
    List<String> others = new ArrayList<>();
    for (String input : inputs) {
      Path manifest = asManifest(input);
      if (manifest != null) {
        explicit.add(readManifest(manifest));
      } else {
        others.add(input);
      }
    }
    for (String input : others) {
      input(input);
    }
    for (Manifest manifest : explicit) {
      for (Manifest.Entry entry : manifest.entries()) {
        if (entry.file() != null) {
          file(entry.file(), entry.file().getFileName().toString());
        } else {
          url(entry.url(), entry.hints());
        }
      }
    }
  }

  /** The input as a manifest path when it names an existing file called manifest.json. */
  private static Path asManifest(String input) {
    if (input.equals("-") || input.contains("://")) {
      return null;
    }
    try {
      Path path = Path.of(input);
      Path name = path.getFileName();
      return name != null && name.toString().equals(Manifest.FILE_NAME) && Files.isRegularFile(path)
          ? path
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Manifest readManifest(Path path) {
    if (!Files.isRegularFile(path)) {
      sink.problem(
          new IngestProblem(path.toString(), Reason.BAD_MANIFEST, "manifest file does not exist"));
      return Manifest.empty();
    }
    Path key = key(path);
    Manifest known = manifests.get(key);
    if (known != null) {
      return known; // given twice (as an input and inside a folder): read and report it once
    }
    Manifest manifest = Manifest.read(path, reader.json(), sink);
    manifests.put(key, manifest);
    seen.add(key); // a manifest is never an article itself
    return manifest;
  }

  private void input(String input) {
    if (input.equals("-")) {
      reader.read(Origin.file(reader.ids().unique("stdin"), "stdin", "", null), stdin());
      return;
    }
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      url(input, ArticleMetadata.EMPTY);
      return;
    }
    if (lower.matches("[a-z][a-z0-9+.-]+://.*")) {
      sink.problem(
          new IngestProblem(input, Reason.UNSUPPORTED, "only http and https URLs can be fetched"));
      return;
    }
    Path path;
    try {
      path = lower.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
    } catch (IllegalArgumentException e) {
      sink.problem(new IngestProblem(input, Reason.NOT_FOUND, "not a valid path"));
      return;
    }
    if (Files.isDirectory(path)) {
      folder(path);
    } else if (Files.exists(path)) {
      file(path, path.getFileName().toString());
    } else {
      sink.problem(new IngestProblem(input, Reason.NOT_FOUND, "no such file or folder"));
    }
  }

  private InputStream stdin() {
    // Never close the process's standard input on behalf of the caller.
    return new java.io.FilterInputStream(options.stdin().get()) {
      @Override
      public void close() {}
    };
  }

  private void url(String url, ArticleMetadata hints) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      sink.problem(new IngestProblem(url, Reason.UNSUPPORTED, "not a valid URL: " + e.getReason()));
      return;
    }
    reader.readUrl(uri, hints);
  }

  /**
   * Reads the article files of a folder and below, sorted by path. Manifests found in the folder
   * give hints; hidden files and files that are not articles by their ending (notes, tables) are
   * skipped, unless a manifest names them.
   */
  private void folder(Path folder) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !hidden(folder.relativize(p)))
              .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
              .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.problem(new IngestProblem(folder.toString(), Reason.UNREADABLE, "cannot list: " + e));
      return;
    }
    for (Path file : files) {
      if (file.getFileName().toString().equals(Manifest.FILE_NAME)) {
        readManifest(file);
      }
    }
    int articles = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (Kind.isArticleFileName(name) || hints(file) != null || isMarkup(file)) {
        articles++;
        file(file, folder.relativize(file).toString().replace('\\', '/'));
      }
    }
    if (articles == 0) {
      sink.problem(
          new IngestProblem(
              folder.toString(),
              Reason.EMPTY,
              "no article files in the folder (.html, .htm, .txt, .warc, .jsonl, .rss, .xml,"
                  + " optionally .gz)"));
    }
  }

  private void file(Path path, String idBase) {
    if (!seen.add(key(path))) {
      return;
    }
    Origin origin =
        Origin.file(
            reader.ids().unique(idBase),
            path.toString(),
            path.getFileName().toString(),
            hints(path));
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      sink.problem(new IngestProblem(path.toString(), Reason.NOT_FOUND, "no such file"));
      return;
    } catch (AccessDeniedException e) {
      sink.problem(new IngestProblem(path.toString(), Reason.UNREADABLE, "permission denied"));
      return;
    } catch (IOException e) {
      sink.problem(Streams.describe(e).toProblem(path.toString()));
      return;
    }
    reader.read(origin, in);
  }

  /**
   * Whether a file without an ending holds a page, feed or archive. Plain text without an ending is
   * more often a LICENSE or README than an article, so a folder walk skips it.
   */
  private static boolean isMarkup(Path file) {
    if (!Kind.hasNoEnding(file.getFileName().toString())) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Kind.detect("", null, in.readNBytes(Streams.PEEK)) != Kind.TEXT;
    } catch (IOException e) {
      return true; // let the read report why it cannot be read
    }
  }

  private ArticleMetadata hints(Path file) {
    for (Manifest m : manifests.values()) {
      ArticleMetadata hints = m.hintsFor(file);
      if (hints != null) {
        return hints;
      }
    }
    return null;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Path key(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
