package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed folder reads as its manifest says: five articles with their hints, nothing else. */
class SeedsIngestTest {

  @Test
  void theSeedFolderGivesItsFiveArticlesWithManifestHints() {
    Path seeds = Path.of(System.getProperty("crosscheck.shared", "../shared"), "corpus", "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);

    IngestResult result = Ingest.read(List.of(seeds.toString()), IngestOptions.defaults());

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).hasSize(5);
    assertThat(result.documents())
        .extracting(SourceDocument::id)
        .allMatch(id -> id.matches("00\\d_[0-9a-f]{16}\\.txt"));
    SourceDocument syndicated = result.documents().get(2);
    assertThat(syndicated.hints().syndicatedFrom()).isNotNull();
    assertThat(syndicated.hints().published()).isNotNull();
    assertThat(result.documents())
        .allSatisfy(d -> assertThat(d.hints().language()).isEqualTo("en"));
  }
}
