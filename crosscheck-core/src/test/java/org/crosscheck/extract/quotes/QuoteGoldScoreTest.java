package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lenient speaker comparison the seed gold test relies on. */
class QuoteGoldScoreTest {

  @Test
  void aSurnameOrAFullerNameIsTheSamePerson() {
    assertThat(QuoteGoldScore.sameName("Kowalski", "Anna Kowalski")).isTrue();
    assertThat(QuoteGoldScore.sameName("Anna Maria Kowalski", "Anna Kowalski")).isTrue();
    assertThat(QuoteGoldScore.sameName("State Department", "U.S. State Department")).isTrue();
  }

  @Test
  void anAcronymMatchesItsInitials() {
    assertThat(QuoteGoldScore.sameName("WHO", "World Health Organization")).isTrue();
  }

  @Test
  void differentPeopleDoNotMatch() {
    assertThat(QuoteGoldScore.sameName("Anna Kowalski", "Karl Jensen")).isFalse();
    assertThat(QuoteGoldScore.sameName("Anna Kowalski", "Anna Jensen")).isFalse();
  }

  @Test
  void goldDashMeansNoSpeakerAndTheNoteOffersAlternatives() {
    assertThat(QuoteGoldScore.sameSpeaker(null, "-", "")).isTrue();
    assertThat(QuoteGoldScore.sameSpeaker("Karl Jensen", "-", "")).isFalse();
    assertThat(QuoteGoldScore.sameSpeaker("Arab League", "Karl Jensen", "also acceptable: Arab League"))
        .isTrue();
  }
}
