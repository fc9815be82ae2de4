package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A country word modifying an argument ("Chilean tanks shelled ...") codes the country, as CAMEO
 * does; as a source only through owner-like modifiers.
 */
class CountryWordArgumentTest {
  @Test
  void aDemonymBeforeTheSubjectMakesItsCountryTheSource() {
    assertThat(EventsOfTexts.of(EventType.ASSAULT,
            "Chilean tanks shelled the border town of Tacna on Wednesday."))
        .anySatisfy(e -> assertThat(e.source()).contains("Chile"));
  }

  @Test
  void aDemonymBeforeTheObjectMakesItsCountryTheTargetNotTheSource() {
    assertThat(EventsOfTexts.of(EventType.ASSAULT,
            "Peruvian rebels shelled Chilean positions near the border on Wednesday."))
        .anySatisfy(e -> {
          assertThat(e.target()).contains("Chile");
          assertThat(e.source()).doesNotContain("Chile");
        });
  }
}
