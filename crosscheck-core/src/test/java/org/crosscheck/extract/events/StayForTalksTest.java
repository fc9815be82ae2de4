package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Test;

/** Being in a place for talks is a visit to that place: "Smith was in Kenya for talks". */
class StayForTalksTest {
  private final RuleEventExtractor extractor = RuleEventExtractor.standard();

  private List<Event> consultations(String paragraph) {
    AnnotatedArticle a = Texts.annotate(paragraph);
    return extractor.extract(a, new NerActorResolver().resolve(a)).stream()
        .filter(e -> e.type() == EventType.CONSULT)
        .toList();
  }

  @Test
  void aStayForTalksIsAVisitToThePlace() {
    List<Event> found = consultations("Foreign Minister Anna Lindqvist was in Kenya on Monday for talks.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).source()).anySatisfy(n -> assertThat(n).contains("Lindqvist"));
    assertThat(found.get(0).target()).containsExactly("Kenya");
    assertThat(found.get(0).place()).isEqualTo("Kenya");
  }

  @Test
  void talksAboutAPlaceAreNoStay() {
    assertThat(consultations("Anna Lindqvist said the plan for Kenya was ready for talks."))
        .noneSatisfy(e -> assertThat(e.target()).contains("Kenya"));
  }

  @Test
  void talksWithATopicStillMakeTheStayAVisit() {
    List<Event> found =
        consultations("Anna Lindqvist was in Kenya on Monday for talks focused on securing a truce.");
    assertThat(found).anySatisfy(e -> assertThat(e.target()).containsExactly("Kenya"));
  }

  @Test
  void aVisitOneLooksForwardToHasNotHappened() {
    assertThat(consultations("Lindqvist said she was looking forward to having Kenyan officials visit Sweden next week."))
        .isEmpty();
  }
}
