package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.actors.ActorKnowledge;
import org.crosscheck.extract.actors.RuleActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Test;

/**
 * A town named as a compound of an event noun ("the Kharkiv offensive") is where the event
 * happens, not who does it; a country in the same place still does it.
 */
class PlaceCompoundTest {
  private final RuleEventExtractor extractor = RuleEventExtractor.standard();
  private final RuleActorResolver resolver = new RuleActorResolver(ActorKnowledge.load());

  private List<Event> assaults(String paragraph) {
    AnnotatedArticle a = Texts.annotate(paragraph);
    return extractor.extract(a, resolver.resolve(a)).stream()
        .filter(e -> e.type() == EventType.ASSAULT)
        .toList();
  }

  @Test
  void aTownBeforeAnOffensiveIsNotItsAttacker() {
    assertThat(assaults("Officials said the Kharkiv offensive had destroyed several villages."))
        .allSatisfy(e -> assertThat(e.source()).doesNotContain("Kharkiv"));
  }

  @Test
  void aCountryBeforeAnOffensiveStillIsItsAttacker() {
    assertThat(assaults("Russia's Kharkiv offensive destroyed several villages in Ukraine."))
        .anySatisfy(e -> assertThat(e.source()).contains("Russia"));
  }
}
