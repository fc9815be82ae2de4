package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.actors.ActorAssertions.actorAt;

import org.crosscheck.model.ActorKind;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A country word before a body or people head: singular heads and conjoined country words. */
class CountryGroupsTest {
  private static RuleActorResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new RuleActorResolver(ActorKnowledge.load());
  }

  private static ArticleActor at(String text, String phrase) {
    AnnotatedArticle a = Texts.annotate(text);
    return actorAt(a, resolver.resolve(a), phrase).orElse(null);
  }

  @Test
  void oneUnnamedOfficialStandsForTheCountrysGovernment() {
    ArticleActor g = at("A Chilean official offered new terms on Monday.", "Chilean");
    assertThat(g.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(g.country()).isEqualTo("CHL");
    assertThat(g.sector()).isEqualTo("government");
  }

  @Test
  void theSingularWithTheRefersBackToSomeoneAndNamesNoGroup() {
    assertThat(at("The Chilean official offered new terms on Monday.", "Chilean")).isNull();
  }

  @Test
  void anUnnamedJudgeIsTheJudiciary() {
    ArticleActor g = at("A Peruvian judge ordered the banker to appear.", "Peruvian");
    assertThat(g.country()).isEqualTo("PER");
    assertThat(g.sector()).isEqualTo("judiciary");
  }

  @Test
  void aSingularThingAfterADemonymIsNoActor() {
    assertThat(at("A Chilean vessel entered the port on Monday.", "Chilean")).isNull();
  }

  @Test
  void conjoinedCountryWordsShareTheHead() {
    String text = "Senior Danish and Polish officials agreed on the plan.";
    ArticleActor first = at(text, "Danish");
    ArticleActor second = at(text, "Polish");
    assertThat(first.name()).isEqualTo("Danish officials");
    assertThat(first.country()).isEqualTo("DNK");
    assertThat(first.sector()).isEqualTo("government");
    assertThat(second.country()).isEqualTo("POL");
  }

  @Test
  void conjoinedCountryWordsBeforeAThingNameNoActor() {
    assertThat(at("Danish and Polish ships entered the port.", "Danish")).isNull();
  }

  @Test
  void theSidesOfATalkAreTheirCountries() {
    ArticleActor g = at("The Greek and Turkish sides agreed to meet again.", "Greek");
    assertThat(g.country()).isEqualTo("GRC");
  }

  @Test
  void aPossessiveCountryBeforeABodyNamesThatBody() {
    ArticleActor g = at("Chile's interim government rejected the plan.", "Chile");
    assertThat(g.name()).isEqualTo("Chile's interim government");
    assertThat(g.kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(g.country()).isEqualTo("CHL");
    assertThat(g.sector()).isEqualTo("government");
  }

  @Test
  void aPossessiveCountryBeforeAThingIsTheCountry() {
    assertThat(at("Chile's interim budget was approved on Monday.", "Chile").name())
        .isEqualTo("Chile");
  }

  @Test
  void rebelsInACountryAreThatCountrysRebels() {
    ArticleActor g = at("Rebels in Chad attacked an army post on Monday.", "Rebels");
    assertThat(g.name()).isEqualTo("Rebels in Chad");
    assertThat(g.country()).isEqualTo("TCD");
    assertThat(g.sector()).isEqualTo("non-state armed group");
  }

  @Test
  void officialsFromACountryAreThatCountrysOfficials() {
    assertThat(at("Senior officials from Chile arrived on Monday.", "officials").country())
        .isEqualTo("CHL");
  }

  @Test
  void troopsInACountryMayBeForeignAndNameNoGroup() {
    assertThat(at("Troops in Chad opened fire on Monday.", "Troops")).isNull();
  }

  @Test
  void aPossessedBodyThatNeitherActsNorIsActedOnIsAQuality() {
    AnnotatedArticle a =
        Texts.annotate("The minister praised Chile for Chile's leadership in the talks.");
    assertThat(actorAt(a, resolver.resolve(a), "Chile's").orElseThrow().name())
        .isEqualTo("Chile");
  }
}
