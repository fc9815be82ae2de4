package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.actors.ActorAssertions.named;

import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A country word that only modifies a noun ("Chilean tanks") is a modifier span of the country:
 * no mention for {@link ArticleActors#at}, the country for {@link ArticleActors#modifierAt}.
 */
class CountryWordsTest {
  private static RuleActorResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new RuleActorResolver(ActorKnowledge.load());
  }

  private record Found(ArticleActors actors, int sentence, int token) {}

  private static Found find(String text, String word) {
    AnnotatedArticle a = Texts.annotate(text);
    ArticleActors actors = resolver.resolve(a);
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        if (t.word().equals(word)) {
          return new Found(actors, s.index(), t.index());
        }
      }
    }
    throw new AssertionError("no " + word);
  }

  @Test
  void aDemonymBeforeAThingIsAModifierOfItsCountry() {
    Found f = find("Chilean tanks shelled the town on Monday.", "Chilean");
    assertThat(f.actors().at(f.sentence(), f.token())).isEmpty();
    assertThat(f.actors().modifierAt(f.sentence(), f.token())).get()
        .extracting(ArticleActor::name).isEqualTo("Chile");
    assertThat(named(f.actors(), "Chile").country()).isEqualTo("CHL");
  }

  @Test
  void aDemonymInsideAGroupIsPartOfTheGroupNotAModifier() {
    Found f = find("Chilean officials rejected the plan on Monday.", "Chilean");
    assertThat(f.actors().modifierAt(f.sentence(), f.token())).isEmpty();
    assertThat(f.actors().at(f.sentence(), f.token())).get()
        .extracting(ArticleActor::name).isEqualTo("Chilean officials");
  }

  @Test
  void aDemonymUsedAsAPredicateModifiesNothing() {
    Found f = find("The ship that sank on Monday was Chilean.", "Chilean");
    assertThat(f.actors().modifierAt(f.sentence(), f.token())).isEmpty();
  }

  @Test
  void aCapitalAsAPlaceIsAModifierOfItsCountryNotAMention() {
    Found f = find("The envoy arrived in Nairobi on Monday.", "Nairobi");
    assertThat(f.actors().at(f.sentence(), f.token())).isEmpty();
    assertThat(f.actors().modifierAt(f.sentence(), f.token())).get()
        .extracting(ArticleActor::name).isEqualTo("Kenya");
  }
}
