package org.crosscheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.crosscheck.Fixtures.article;
import static org.crosscheck.crosscheck.Fixtures.figure;
import static org.crosscheck.model.Qualifier.ABOUT;
import static org.crosscheck.model.Qualifier.CLOSE_TO;
import static org.crosscheck.model.Qualifier.EXACT;
import static org.crosscheck.model.Qualifier.MORE_THAN;
import static org.crosscheck.model.Qualifier.NEARLY;

import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Finding;
import org.junit.jupiter.api.Test;

/** Figure timelines, agreements within qualifiers, outliers and conflicts, on invented figures. */
class FigureCheckTest {
  private final List<Article> articles =
      List.of(
          article("a", "Northern Times", "2025-02-10", "text"),
          article("b", "Southern Post", "2025-02-11", "text"),
          article("c", "Eastern Wire", "2025-02-11", "text"),
          article("d", "Western Daily", "2025-03-30", "text"));

  private CrossCheck check(Figure... figures) {
    return FigureCheck.run(List.of(figures), new Outlets(articles));
  }

  private static List<String> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).collect(Collectors.toList());
  }

  @Test
  void aFigureFarBelowEveryOtherOfTheSameWeekIsAnOutlier() {
    Figure outlier = figure("b", 900, NEARLY, "killed", "people in Vardia in the offensive", null);
    CrossCheck r =
        check(
            figure("a", 25_410, EXACT, "killed", "residents of Vardia", null),
            figure("b", 25_000, EXACT, "dead", "people in Vardia", null),
            outlier,
            figure("c", 25_500, ABOUT, "killed", "civilians in the Vardia Strip", null));
    assertThat(kinds(r.conflicts())).containsExactly("figure-outlier");
    assertThat(r.conflicts().get(0).items().get(0)).isEqualTo(outlier.id());
    assertThat(r.conflicts().get(0).summary()).contains("nearly 900").contains("Southern Post");
    // The other three still agree with each other.
    assertThat(kinds(r.agreements())).containsExactly("figure-agreement");
    assertThat(r.agreements().get(0).items()).doesNotContain(outlier.id());
  }

  @Test
  void oneArticleListingSeveralValuesForAMeasureHasNoOutlier() {
    CrossCheck r =
        check(
            figure("a", 12, EXACT, "votes", "votes for the mayor of Vardia", null),
            figure("a", 437, EXACT, "votes", "votes for the mayor of Vardia", null),
            figure("a", 590, EXACT, "votes", "votes for the mayor of Vardia", null),
            figure("a", 5, EXACT, "votes", "votes for the mayor of Vardia", null));
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void aTollRisingOverWeeksIsATimelineNotAConflict() {
    CrossCheck r =
        check(
            figure("a", 25_410, EXACT, "killed", "people in Vardia", null),
            figure("b", 25_000, CLOSE_TO, "killed", "people in Vardia", null),
            figure("d", 28_000, MORE_THAN, "killed", "people in Vardia", null));
    assertThat(r.conflicts()).isEmpty();
    assertThat(kinds(r.agreements())).containsExactly("figure-timeline");
    assertThat(r.agreements().get(0).summary()).contains("rising");
  }

  @Test
  void aTollThatQuadruplesInAWeekIsGrowthNotAnOutlier() {
    // Early in a war tolls rise fast: a cumulative figure may outgrow earlier ones by any factor.
    CrossCheck r =
        check(
            figure("a", 200, EXACT, "killed", "people in Vardia", "2025-02-03"),
            figure("b", 450, EXACT, "killed", "people in Vardia", "2025-02-06"),
            figure("c", 900, EXACT, "killed", "people in Vardia", "2025-02-09"));
    assertThat(r.conflicts()).isEmpty();
    assertThat(kinds(r.agreements())).containsExactly("figure-timeline");
  }

  @Test
  void aCumulativeTollFallingByMoreThanHalfWithinTheWeekIsFlagged() {
    CrossCheck r =
        check(
            figure("a", 25_000, EXACT, "killed", "people in Vardia", "2025-02-08"),
            figure("b", 9_000, EXACT, "killed", "people in Vardia", "2025-02-10"));
    assertThat(kinds(r.conflicts())).containsExactly("figure-conflict");
  }

  @Test
  void figuresThatAgreeWithinTheirQualifiersAreAnAgreement() {
    CrossCheck r =
        check(
            figure("a", 1_000_000, MORE_THAN, "sheltering", "Vardians in Port Lune", null),
            figure("c", 1_500_000, ABOUT, "sheltering", "people in Port Lune", null));
    assertThat(r.conflicts()).isEmpty();
    assertThat(kinds(r.agreements())).containsExactly("figure-agreement");
    assertThat(r.agreements().get(0).summary())
        .contains("more than 1 million")
        .contains("about 1.5 million");
  }

  @Test
  void twoSourcesThatDisagreeWithNoMajorityAreAConflictNotAnOutlier() {
    CrossCheck r =
        check(
            figure("a", 4_000, EXACT, "sheltering", "people in Port Lune", null),
            figure("b", 40_000, EXACT, "sheltering", "people in Port Lune", null));
    assertThat(kinds(r.conflicts())).containsExactly("figure-conflict");
  }

  @Test
  void differentPlacesGroupsAndIncidentsAreNotCompared() {
    CrossCheck r =
        check(
            figure("a", 25_000, EXACT, "killed", "people in Vardia", null),
            figure("b", 9_000, EXACT, "killed", "children in Vardia", null),
            figure("b", 12, EXACT, "killed", "people in an air strike in Vardia", null),
            figure("c", 30, EXACT, "killed", "people in Port Lune", null));
    assertThat(r.all()).isEmpty();
  }

  @Test
  void figuresYearsApartAreSeparateSeries() {
    CrossCheck r =
        check(
            figure("a", 200, EXACT, "killed", "people in Vardia", "2022-05-17"),
            figure("b", 25_000, EXACT, "killed", "people in Vardia", "2025-02-11"),
            figure("c", 25_100, EXACT, "killed", "people in Vardia", "2025-02-11"));
    assertThat(kinds(r.agreements())).containsExactly("figure-agreement");
    assertThat(r.agreements().get(0).summary()).doesNotContain("200 ");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void aStrayFigureOfOneSourceIsLeftOutOfTheAgreementWithoutAConflict() {
    CrossCheck r =
        check(
            figure("a", 1_200, EXACT, "killed", "people in Vardia", "2025-02-10"),
            figure("d", 1_200, EXACT, "killed", "people in Vardia", "2025-03-30"),
            figure("d", 30, ABOUT, "killed", "others in Vardia", "2025-03-30"));
    assertThat(r.conflicts()).isEmpty();
    assertThat(kinds(r.agreements())).containsExactly("figure-agreement");
    assertThat(r.agreements().get(0).summary()).doesNotContain("about 30");
  }

  @Test
  void aFigureWithNeitherPlaceNorSpecificGroupIsNotCompared() {
    CrossCheck r =
        check(
            figure("a", 25_000, EXACT, "killed", "people", null),
            figure("b", 12, EXACT, "killed", "people", null));
    assertThat(r.all()).isEmpty();
  }
}
