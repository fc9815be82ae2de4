package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Report;
import org.crosscheck.model.Story;
import org.crosscheck.testing.Gold;
import org.crosscheck.testing.SeedReport;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the five seeds, end to end: the stories and the cross-check a careful
 * reader finds (gold/stories.tsv and gold/README.md).
 */
class PipelineSeedsTest {
  private final Report report = SeedReport.get();

  @Test
  void storiesEqualTheGoldStories() {
    Set<Set<String>> expected = new TreeSetOfSets();
    for (List<String> row : Gold.rows("stories.tsv")) {
      expected.add(new TreeSet<>(Arrays.asList(row.get(1).split(" "))));
    }
    Set<Set<String>> found = new TreeSetOfSets();
    for (Story s : report.stories()) {
      found.add(s.articles().stream().map(SeedReport::number).collect(Collectors.toCollection(TreeSet::new)));
    }
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void theSuspectBidenAttributionIsFlagged() {
    assertThat(conflicts("suspect-attribution"))
        .anySatisfy(f -> assertThat(f.summary()).contains("Biden"));
  }

  @Test
  void theNearly1200KilledInGazaIsAnOutlier() {
    assertThat(conflicts("figure-outlier"))
        .anySatisfy(f -> {
          assertThat(f.summary()).contains("1,200");
          assertThat(f.sources()).anySatisfy(ev -> assertThat(ev.article()).startsWith("002"));
        });
  }

  @Test
  void theRafahPopulationFiguresAgree() {
    assertThat(agreements("figure-agreement"))
        .anySatisfy(f -> assertThat(f.summary()).contains("Rafah"));
    assertThat(report.conflicts())
        .noneSatisfy(f -> assertThat(f.summary()).contains("Rafah"));
  }

  @Test
  void theGazaDeathTollIsATimelineNotAConflict() {
    assertThat(agreements("figure-timeline"))
        .anySatisfy(f -> assertThat(f.summary()).contains("31,988").contains("34,500"));
    assertThat(report.conflicts())
        .noneSatisfy(f -> assertThat(f.summary()).contains("34,500"));
  }

  @Test
  void everyOtherConflictIsListedForReview() {
    List<String> others = new ArrayList<>();
    for (Finding f : report.conflicts()) {
      if (!f.summary().contains("Biden") && !f.summary().contains("nearly 1,200")) {
        others.add(f.kind() + ": " + f.summary());
      }
    }
    System.out.println("Other conflicts on the seeds: " + others);
    assertThat(others).as("unexpected conflicts on the seeds").isEmpty();
  }

  private List<Finding> conflicts(String kind) {
    return report.conflicts().stream().filter(f -> f.kind().equals(kind)).toList();
  }

  private List<Finding> agreements(String kind) {
    return report.agreements().stream().filter(f -> f.kind().equals(kind)).toList();
  }

  /** Sets of article numbers, compared as sets. */
  private static final class TreeSetOfSets extends java.util.HashSet<Set<String>> {}
}
