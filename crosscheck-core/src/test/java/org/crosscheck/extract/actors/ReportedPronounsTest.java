package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.actors.ActorAssertions.actorAt;

import java.util.Optional;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "It" and "they" as the subject of a clause that completes a verb refer to that verb's subject
 * when it agrees in number and nothing else could be meant.
 */
class ReportedPronounsTest {
  private static RuleActorResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new RuleActorResolver(ActorKnowledge.load());
  }

  /** The actor on the first word of {@code phrase} (a pronoun and what follows) in {@code text}. */
  private static Optional<String> pronoun(String text, String phrase) {
    AnnotatedArticle a = Texts.annotate(text);
    return actorAt(a, resolver.resolve(a), phrase).map(ArticleActor::name);
  }

  @Test
  void itAfterACountrysVerbOfSayingIsTheCountry() {
    assertThat(pronoun("Kenya said it would not accept the new border plan.", "it would"))
        .contains("Kenya");
  }

  @Test
  void itAfterAnOrganisationsAnnouncementIsTheOrganisation() {
    assertThat(pronoun("The European Union announced that it will lift the import ban.", "it will"))
        .contains("European Union");
  }

  @Test
  void theyAfterAGroupsVerbOfSayingIsTheGroup() {
    assertThat(pronoun("The Somali rebels said they would release the hostages.", "they would"))
        .contains("Somali rebels");
  }

  @Test
  void theyDoesNotReferToASingleCountry() {
    assertThat(pronoun("Kenya said they would release the hostages.", "they would")).isEmpty();
  }

  @Test
  void anotherActorBetweenTheSpeakerAndThePronounLeavesItUnresolved() {
    assertThat(pronoun("Kenya told the European Union it would reopen the border.", "it would"))
        .isEmpty();
  }

  @Test
  void aPlaceholderItIsNobody() {
    assertThat(pronoun("Ghana said it was clear that the vote had been fair.", "it was"))
        .isEmpty();
    assertThat(pronoun("Peru said it was an attack on the country.", "it was")).isEmpty();
  }
}
