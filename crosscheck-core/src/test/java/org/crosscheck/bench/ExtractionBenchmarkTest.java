package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's per-page score files. */
class ExtractionBenchmarkTest {

  @Test
  void perPageScoresAreWrittenIntoAFolderThatDidNotExistYet(@TempDir Path tmp) throws Exception {
    Path perPage = tmp.resolve("not/yet/there");
    ExtractionPages.Page page = new ExtractionPages.Page(
        "0001", "https://example.org/a", "<p>x</p>", "the cat sat", null, null, null,
        List.of(), List.of());
    ExtractionBenchmark.PageExtractor echo =
        p -> new ExtractionBenchmark.Extraction("the cat", null, List.of(), null);

    new ExtractionBenchmark(tmp, perPage).wcxb("echo", echo, List.of(page));

    Path tsv = perPage.resolve("extraction-wcxb-echo.tsv");
    assertThat(tsv).exists();
    assertThat(Files.readAllLines(tsv)).hasSize(2).last().asString().contains("0001");
  }
}
