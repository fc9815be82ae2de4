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

/** "We" said by an official is both the official's act and the act of the country they serve. */
class FirstPersonGroupTest {
  private final RuleEventExtractor extractor = RuleEventExtractor.standard();
  private final RuleActorResolver resolver = new RuleActorResolver(ActorKnowledge.load());

  private List<Event> requests(String... paragraphs) {
    AnnotatedArticle a = Texts.annotate(paragraphs);
    return extractor.extract(a, resolver.resolve(a)).stream()
        .filter(e -> e.type() == EventType.REQUEST)
        .toList();
  }

  @Test
  void weOfAMinisterNamesTheMinisterAndTheCountry() {
    List<Event> found =
        requests(
            "Sweden and Norway disagreed on Monday.",
            "\"We call on Norway to reopen the border,\" said Swedish Foreign Minister Anna Lindqvist.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).source()).anySatisfy(n -> assertThat(n).contains("Lindqvist"));
    assertThat(found.get(0).source()).contains("Sweden");
    assertThat(found.get(0).source()).doesNotContain("Norway");
  }

  @Test
  void quotedWordsDateToTheirSaying() {
    List<Event> found =
        requests("\"We call on Norway to reopen the border,\" Anna Lindqvist said after Monday's meeting.");
    assertThat(found).extracting(Event::date).containsExactly("2024-03-18");
  }

  @Test
  void quotedWordsWithoutADateInTheSentenceKeepTheirOwnDating() {
    List<Event> found = requests("\"We call on Norway to reopen the border,\" Anna Lindqvist said.");
    assertThat(found).extracting(Event::date).containsExactly("2024-03-21");
  }
}
