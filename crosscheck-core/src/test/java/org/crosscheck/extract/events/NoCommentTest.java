package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.EventType;
import org.junit.jupiter.api.Test;

/** Declining to comment to a reporter rejects no one; declining what another asks does. */
class NoCommentTest {
  @Test
  void decliningToCommentIsNotARejection() {
    assertThat(EventsOfTexts.of(EventType.REJECT,
        "A Gazprom spokesperson declined to comment on the new contract to Reuters.")).isEmpty();
    assertThat(EventsOfTexts.of(EventType.REJECT,
        "The Iranian Foreign Ministry declined a request for comment from Reuters on Tuesday.")).isEmpty();
    assertThat(EventsOfTexts.of(EventType.REJECT,
        "Israel refused to elaborate on its talks with Egypt.")).isEmpty();
  }

  @Test
  void decliningAnOfferIsStillARejection() {
    assertThat(EventsOfTexts.of(EventType.REJECT,
        "Egypt declined an invitation from Israel to attend the summit in Jerusalem."))
        .isNotEmpty();
    assertThat(EventsOfTexts.of(EventType.REJECT,
        "Hungary refused to sign the agreement with Serbia on Monday.")).isNotEmpty();
    assertThat(EventsOfTexts.of(EventType.REJECT,
        "Syria refused to respond to a demand from Turkey to withdraw its troops.")).isNotEmpty();
  }
}
