package org.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.ingest.IngestProblem.Reason;

/** Small inputs and assertion helpers shared by the ingest tests. */
final class Fixtures {
  static final String STORY =
      "Officials met in Geneva on Tuesday to discuss the harbour project.\n\n"
          + "The minister said the talks would continue next week.\n";

  static final String PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Harbour talks</title></head>"
          + "<body><article><p>Officials met in Geneva on Tuesday.</p>"
          + "<p>The minister said the talks would continue.</p></article></body></html>";

  private Fixtures() {}

  static Path write(Path dir, String name, String text) throws IOException {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static IngestResult read(Path... inputs) {
    return read(IngestOptions.defaults(), inputs);
  }

  static IngestResult read(IngestOptions options, Path... inputs) {
    return Ingest.read(java.util.Arrays.stream(inputs).map(Path::toString).toList(), options);
  }

  static IngestOptions allowPrivate() {
    return IngestOptions.builder().allowPrivateAddresses(true).build();
  }

  static List<Reason> reasons(IngestResult result) {
    return result.problems().stream().map(IngestProblem::reason).toList();
  }
}
