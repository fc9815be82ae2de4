package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.clean.html.HtmlCleaner;
import org.junit.jupiter.api.Test;

/**
 * Guards extraction quality: our cleaner on the 181 article-extraction pages must stay above a
 * floor set a little below what it reaches (F1 0.963, precision 0.959, recall 0.968 when the
 * floor was set), so a rule that hurts fails the build. Skipped when the shared data is absent.
 */
class ExtractionFloorTest {

  @Test
  void articleExtractionF1StaysAboveTheFloor() throws Exception {
    String shared = System.getProperty("crosscheck.shared");
    assumeTrue(shared != null, "crosscheck.shared is not set");
    Path dir = Path.of(shared, "bench", "article-extraction");
    assumeTrue(Files.isDirectory(dir), "no " + dir);
    List<ExtractionPages.Page> pages = ExtractionPages.articleExtraction(dir);
    ExtractionResult r =
        new ExtractionBenchmark(Path.of(shared), null)
            .articleExtraction(
                "crosscheck", ExtractionBenchmark.ours(new HtmlCleaner()), pages, false);
    assertThat(r.pages()).isEqualTo(181);
    assertThat(r.f1()).isGreaterThan(0.955);
    assertThat(r.precision()).isGreaterThan(0.95);
    assertThat(r.recall()).isGreaterThan(0.96);
  }
}
