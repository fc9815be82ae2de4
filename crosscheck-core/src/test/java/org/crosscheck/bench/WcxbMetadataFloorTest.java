package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.crosscheck.clean.html.HtmlCleaner;
import org.junit.jupiter.api.Test;

/**
 * Guards metadata quality: title, author and publication-date exact-match accuracy of our cleaner
 * on the 711 WCXB article pages (read from ../shared, never copied) must stay above floors set a
 * little below what it reaches (title 0.823, author 0.791, date 0.913 when the floors were set),
 * so a rule that hurts fails the build. Skipped when the shared data is absent.
 */
class WcxbMetadataFloorTest {

  @Test
  void titleAuthorAndDateAccuracyStayAboveTheFloors() throws Exception {
    String shared = System.getProperty("crosscheck.shared");
    assumeTrue(shared != null, "crosscheck.shared is not set");
    Path dir = Path.of(shared, "bench", "wcxb-articles");
    assumeTrue(Files.isDirectory(dir), "no " + dir);
    List<ExtractionPages.Page> pages = ExtractionPages.wcxb(dir);
    ExtractionBenchmark.PageExtractor ours = ExtractionBenchmark.ours(new HtmlCleaner());
    int titles = 0, titleOk = 0, authors = 0, authorOk = 0, dates = 0, dateOk = 0;
    for (ExtractionPages.Page p : pages) {
      ExtractionBenchmark.Extraction x = ours.extract(p);
      if (p.title() != null) {
        titles++;
        titleOk += same(p.title(), x.title()) ? 1 : 0;
      }
      if (p.author() != null) {
        authors++;
        authorOk += same(p.author(), ExtractionBenchmark.joinAuthors(x.authors())) ? 1 : 0;
      }
      if (p.published() != null) {
        dates++;
        dateOk += same(p.published(), Objects.toString(x.published(), null)) ? 1 : 0;
      }
    }
    assertThat(pages).hasSize(711);
    assertThat((double) titleOk / titles).isGreaterThan(0.82);
    assertThat((double) authorOk / authors).isGreaterThan(0.785);
    assertThat((double) dateOk / dates).isGreaterThan(0.91);
  }

  private static boolean same(String truth, String predicted) {
    return predicted != null && truth.trim().equals(predicted.trim());
  }
}
