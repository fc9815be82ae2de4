package org.crosscheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes its result: standard output, or a file written whole or not at all (a
 * temporary file beside it, moved into place when complete, so a failed run never leaves half a
 * report over a good one).
 */
final class Output {
  private final Path file;
  private final Writer stdout;

  private Output(Path file, Writer stdout) {
    this.file = file;
    this.stdout = stdout;
  }

  /**
   * Standard output when {@code file} is null. Checks before any work that the file can be
   * written, creating its folder if needed.
   */
  static Output to(Path file, Writer stdout) throws IOException {
    if (file != null) {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        try {
          Files.createDirectories(dir);
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot write " + file + ": cannot create folder "
              + dir + " (" + e.getMessage() + ")");
        }
      }
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException("cannot write " + file + ": it is a folder");
      }
    }
    return new Output(file, stdout);
  }

  /** Something that writes text. */
  interface Body {
    void writeTo(Writer writer) throws IOException;
  }

  void write(Body body) throws IOException {
    if (file == null) {
      body.writeTo(stdout);
      stdout.write(System.lineSeparator());
      stdout.flush();
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      body.writeTo(w);
      w.write(System.lineSeparator());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
