package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a pull-quote credit line looks like: a name alone on its line. */
class CreditLineTest {

  @Test
  void aNameAloneIsACreditLine() {
    assertThat(CreditLine.looksLikeName("Anna Kowalski")).isTrue();
    assertThat(CreditLine.looksLikeName("Faisal bin Farhan")).isTrue();
  }

  @Test
  void sentencesHeadingsWithNumbersAndSingleWordsAreNot() {
    assertThat(CreditLine.looksLikeName("Comments")).isFalse();
    assertThat(CreditLine.looksLikeName("Close to 32,000 Killed")).isFalse();
    assertThat(CreditLine.looksLikeName("The mayor spoke to reporters on Monday.")).isFalse();
    assertThat(CreditLine.looksLikeName("Click the alert icon to follow topics:")).isFalse();
  }
}
