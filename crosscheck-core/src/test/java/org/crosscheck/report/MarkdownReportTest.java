package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown report reads as a journalist's summary. */
class MarkdownReportTest {
  private final String md = new MarkdownReport().render(ReportFixtures.small());

  @Test
  void startsWithCounts() {
    assertThat(md).startsWith("# Crosscheck report")
        .contains("1 articles, 1 actors, 1 quotes, 1 figures, 1 events, 1 stories, 1 conflicts.");
  }

  @Test
  void showsWarningsStoriesAndConflictsWithEvidence() {
    assertThat(md).contains("## Warnings", "b.txt: publication date unknown");
    assertThat(md).contains("### Talks go on", "| 2024-03-21 | CONSULT | Jane Roe |");
    assertThat(md).contains("## Conflicts", "**figure-outlier**",
        "Daily Test (a.txt): “At least 12 people were killed, officials said.”");
  }

  @Test
  void groupsFiguresByMeasureAndQuotesBySpeakerAndOutlet() {
    assertThat(md).contains("### killed", "| 2024-03-21 | at least 12 | people | - | Daily Test (a.txt) |");
    assertThat(md).contains("### Jane Roe", "- Daily Test (a.txt):", "  - “We will keep talking”");
  }

  @Test
  void describesEachArticle() {
    assertThat(md).contains("## Article a.txt", "- title: Talks go on", "- byline: Ann Writer",
        "- Jane Roe: “We will keep talking”", "- at least 12 killed (people), as of 2024-03-21");
  }
}
