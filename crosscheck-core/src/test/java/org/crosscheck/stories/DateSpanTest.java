package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {
  @Test
  void parsesDaysMonthsYearsAndRanges() {
    assertThat(DateSpan.parse("2024-03-20")).isEqualTo(DateSpan.of(LocalDate.parse("2024-03-20")));
    assertThat(DateSpan.parse("2024-02").end()).isEqualTo(LocalDate.parse("2024-02-29"));
    assertThat(DateSpan.parse("2024").days()).isEqualTo(366);
    assertThat(DateSpan.parse("2023-10-07..2024-03").end())
        .isEqualTo(LocalDate.parse("2024-03-31"));
  }

  @Test
  void unknownOrBrokenDatesAreNull() {
    assertThat(DateSpan.parse(null)).isNull();
    assertThat(DateSpan.parse("2024-W13")).isNull();
    assertThat(DateSpan.parse("PRESENT_REF")).isNull();
    assertThat(DateSpan.parse("2024-03-22..2024-03-01")).isNull();
  }

  @Test
  void theGapIsZeroForOverlappingSpansAndDaysBetweenOthers() {
    DateSpan march = DateSpan.parse("2024-03");
    assertThat(march.gap(DateSpan.parse("2024-03-22"))).isZero();
    assertThat(march.gap(DateSpan.parse("2024-05-01"))).isEqualTo(31);
    assertThat(DateSpan.parse("2024-05-01").gap(march)).isEqualTo(31);
  }
}
