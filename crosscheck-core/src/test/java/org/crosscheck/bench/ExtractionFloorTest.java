package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.clean.html.HtmlCleaner;
import org.junit.jupiter.api.Test;

/**
 * Guards extraction quality: our cleaner on the 181 article-extraction pages and on the 711 WCXB
 * article pages must stay above floors set a little below what it reaches (article-extraction
 * F1 0.977, precision 0.972, recall 0.981; WCXB F1 0.951 when the floors were set), so a rule
 * that hurts fails the build. Skipped when the shared data is absent.
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
    assertThat(r.f1()).isGreaterThan(0.973);
    assertThat(r.precision()).isGreaterThan(0.968);
    assertThat(r.recall()).isGreaterThan(0.977);
  }

  @Test
  void wcxbF1StaysAboveTheFloor() throws Exception {
    String shared = System.getProperty("crosscheck.shared");
    assumeTrue(shared != null, "crosscheck.shared is not set");
    Path dir = Path.of(shared, "bench", "wcxb-articles");
    assumeTrue(Files.isDirectory(dir), "no " + dir);
    List<ExtractionPages.Page> pages = ExtractionPages.wcxb(dir);
    ExtractionResult r =
        new ExtractionBenchmark(Path.of(shared), null)
            .wcxb("crosscheck", ExtractionBenchmark.ours(new HtmlCleaner()), pages);
    assertThat(r.wcxbPages()).isEqualTo(711);
    assertThat(r.wcxbF1()).isGreaterThan(0.950);
  }
}
