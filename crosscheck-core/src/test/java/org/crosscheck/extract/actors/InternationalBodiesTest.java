package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.actors.ActorAssertions.actorAt;

import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Test;

/** Well-known intergovernmental bodies are in the table, by name and by acronym, as igo. */
class InternationalBodiesTest {
  private final RuleActorResolver resolver = new RuleActorResolver(ActorKnowledge.load());

  private ArticleActor at(String text, String phrase) {
    AnnotatedArticle a = Texts.annotate(text);
    return actorAt(a, resolver.resolve(a), phrase).orElseThrow();
  }

  @Test
  void aRegionalBlocByItsFullNameIsAnIgo() {
    ArticleActor a = at("The Economic Community of West African States agreed to send troops.",
        "Economic Community");
    assertThat(a.name()).isEqualTo("ECOWAS");
    assertThat(a.sector()).isEqualTo("igo");
    assertThat(a.country()).isNull();
  }

  @Test
  void theLabourOfficeUnderEitherSpellingIsTheIlo() {
    assertThat(at("The International Labor Office urged the ministry to act.", "International")
        .name()).isEqualTo("International Labour Organization");
  }
}
