package org.crosscheck.clean.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.CleanException;
import org.crosscheck.clean.Cleaners;
import org.crosscheck.ingest.Ingest;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed articles are five different reports (002 republishes a VOA report that is not among
 * them), so no seed pair may be flagged. Prints every pair's similarity for the record.
 */
class SeedNearDuplicatesTest {

  @Test
  void noSeedPairIsANearDuplicate() throws CleanException {
    Path seeds = Path.of(System.getProperty("crosscheck.shared", "../shared"), "corpus", "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
    IngestResult read = Ingest.read(List.of(seeds.toString()), IngestOptions.defaults());
    List<Article> articles = new ArrayList<>();
    for (SourceDocument doc : read.documents()) {
      articles.add(Cleaners.clean(doc));
    }
    NearDuplicates rule = new NearDuplicates();

    List<NearDuplicates.Pair> flagged = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        NearDuplicates.Pair pair = rule.compare(articles.get(i), articles.get(j));
        System.out.printf(
            "seed pair %s %s jaccard %.3f containment %.3f%n",
            pair.first(), pair.second(), pair.jaccard(), pair.containment());
        if (rule.isNearDuplicate(pair)) {
          flagged.add(pair);
        }
      }
    }

    assertThat(articles).hasSize(5);
    assertThat(flagged).isEmpty();
    assertThat(rule.mark(articles)).extracting(Article::duplicateOf).containsOnlyNulls();
  }
}
