package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.Fixtures.PAGE;
import static org.crosscheck.ingest.Fixtures.read;
import static org.crosscheck.ingest.Fixtures.reasons;
import static org.crosscheck.ingest.Fixtures.utf8;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The HTML responses of a WARC file become documents; the rest is skipped. */
class WarcSourceTest {
  @TempDir Path dir;

  private static final Instant CAPTURED = Instant.parse("2024-03-22T10:15:00Z");

  private static WarcResponse response(String url, int status, String type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), utf8(body))
            .build();
    return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
  }

  private Path warc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      writer.write(response("https://news.example/a", 200, "text/html; charset=utf-8", PAGE));
      writer.write(response("https://news.example/logo.png", 200, "image/png", "PNG"));
      writer.write(response("https://news.example/gone", 404, "text/html", "<p>missing</p>"));
      writer.write(response("https://news.example/b", 200, "text/html", "<p>Second page.</p>"));
    }
    return file;
  }

  @Test
  void htmlResponsesBecomeDocumentsWithTargetAndCaptureDateAsHints() throws Exception {
    IngestResult result = read(warc("crawl.warc", WarcCompression.NONE));

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(SourceDocument::location)
        .containsExactly("https://news.example/a", "https://news.example/b");
    SourceDocument first = result.documents().get(0);
    assertThat(first.id()).isEqualTo("news.example/a");
    assertThat(first.content()).isEqualTo(PAGE);
    assertThat(first.hints().url()).isEqualTo("https://news.example/a");
    assertThat(first.hints().published()).hasToString("2024-03-22");
  }

  @Test
  void gzippedWarcIsReadTheSame() throws Exception {
    IngestResult result = read(warc("crawl.warc.gz", WarcCompression.GZIP));

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).hasSize(2);
  }

  @ParameterizedTest(name = "cut {0} bytes before the end")
  @ValueSource(ints = {20, 60, 200})
  void aWarcCutInTheLastRecordKeepsTheEarlierPagesAndReportsTruncation(int missing)
      throws Exception {
    byte[] bytes = Files.readAllBytes(warc("crawl.warc", WarcCompression.NONE));
    Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - missing));

    IngestResult result = read(cut);

    assertThat(result.documents())
        .extracting(SourceDocument::location)
        .containsExactly("https://news.example/a");
    assertThat(reasons(result)).containsExactly(Reason.TRUNCATED);
    assertThat(result.problems().get(0).source()).startsWith(cut.toString() + "#record");
  }

  @Test
  void aRecordOverTheSizeLimitIsSkippedAndTheNextIsRead() throws Exception {
    Path file = dir.resolve("big.warc");
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(
          response("https://news.example/big", 200, "text/html", "<p>" + "x".repeat(5000)));
      writer.write(response("https://news.example/small", 200, "text/html", "<p>Small.</p>"));
    }

    IngestResult result = read(IngestOptions.builder().maxBytes(1000).build(), file);

    assertThat(result.documents())
        .extracting(SourceDocument::location)
        .containsExactly("https://news.example/small");
    assertThat(reasons(result)).containsExactly(Reason.TOO_LARGE);
    assertThat(result.problems().get(0).source()).isEqualTo(file + "#record 1");
  }

  @Test
  void aFileThatSaysWarcButIsNotIsABadWarc() throws Exception {
    Path bad =
        Files.write(dir.resolve("bad.warc"), utf8("WARC/1.1\r\nthis is not a header\r\n\r\n"));

    IngestResult result = read(bad);

    assertThat(result.documents()).isEmpty();
    assertThat(reasons(result)).containsExactly(Reason.BAD_WARC);
  }
}
