package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A place the actor tables do not know that only modifies an argument ("Darfur rebels") says
 * where its people are, not who acts: the people as written are the actor. Named as the argument
 * itself, a place is still a target.
 */
class PlaceModifierTest {
  @Test
  void theRebelsOfARegionAttackNotTheRegion() {
    assertThat(EventsOfTexts.of(EventType.ASSAULT,
            "Darfur rebels attacked Chadian troops near the border on Wednesday."))
        .anySatisfy(e -> assertThat(e.source()).containsExactly("Darfur rebels"));
  }

  @Test
  void aTownAttackedIsStillTheTarget() {
    assertThat(EventsOfTexts.of(EventType.ASSAULT,
            "Sudanese rebels shelled Kadugli on Wednesday, killing five civilians."))
        .anySatisfy(e -> assertThat(e.target()).contains("Kadugli"));
  }
}
