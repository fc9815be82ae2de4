package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.junit.jupiter.api.Test;

class ActorMergerTest {
  private final ActorMerger merger = new ActorMerger();

  private static ArticleActor actor(String name, ActorKind kind, String country, String... roles) {
    ActorSpan span = new ActorSpan(0, 0, 1, 0, name.length(), name);
    return new ArticleActor(Names.slug(name), name, kind, List.of(roles), country, null,
        List.of(span));
  }

  private static ArticleActor person(String name, String country, String... roles) {
    return actor(name, ActorKind.PERSON, country, roles);
  }

  @Test
  void aSurnameInOneArticleJoinsTheFullNameInAnother() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(person("Blinken", null))),
        new ArticleActors("b", List.of(person("Antony Blinken", "USA", "Secretary of State")))));
    assertThat(m.actors()).hasSize(1);
    Actor a = m.actors().get(0);
    assertThat(a.id()).isEqualTo("antony-blinken");
    assertThat(a.name()).isEqualTo("Antony Blinken");
    assertThat(a.roles()).containsExactly("Secretary of State");
    assertThat(a.country()).isEqualTo("USA");
    assertThat(a.mentions()).extracting(x -> x.article()).containsExactly("a", "b");
    assertThat(m.idFor("a", "blinken")).contains("antony-blinken");
    assertThat(m.idFor("b", "antony-blinken")).contains("antony-blinken");
  }

  @Test
  void peopleWhoShareOnlyASurnameStayApart() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(person("Joe Biden", "USA"))),
        new ArticleActors("b", List.of(person("Hunter Biden", "USA")))));
    assertThat(m.actors()).extracting(Actor::name).containsExactly("Joe Biden", "Hunter Biden");
  }

  @Test
  void aSurnameThatFitsTwoPeopleJoinsNeither() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(person("Joe Biden", null))),
        new ArticleActors("b", List.of(person("Hunter Biden", null))),
        new ArticleActors("c", List.of(person("Biden", null)))));
    assertThat(m.actors()).hasSize(3);
    assertThat(m.idFor("c", "biden")).contains("biden");
  }

  @Test
  void theSameNameWithContradictingCountriesIsTwoPeople() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(person("Ahmed Hassan", "EGY"))),
        new ArticleActors("b", List.of(person("Ahmed Hassan", "SDN")))));
    assertThat(m.actors()).extracting(Actor::id).containsExactly("ahmed-hassan", "ahmed-hassan-2");
  }

  @Test
  void aLongerFormOfAnArabicNameMerges() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(person("Faisal bin Farhan", "SAU"))),
        new ArticleActors("b", List.of(person("Faisal bin Farhan Al Saud", "SAU")))));
    assertThat(m.actors()).extracting(Actor::name).containsExactly("Faisal bin Farhan Al Saud");
  }

  @Test
  void anAcronymMergesWithTheOrganisationItAbbreviates() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(actor("Coastal Fisheries Council", ActorKind.ORGANISATION,
            null))),
        new ArticleActors("b", List.of(actor("CFC", ActorKind.ORGANISATION, null)))));
    assertThat(m.actors()).extracting(Actor::name).containsExactly("Coastal Fisheries Council");
    assertThat(m.idFor("b", "cfc")).contains("coastal-fisheries-council");
  }

  @Test
  void anUnknownOrganisationWithAPersonsNameIsThatPerson() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(person("Nike Ching", "USA"))),
        new ArticleActors("b", List.of(actor("Nike Ching", ActorKind.ORGANISATION, null)))));
    assertThat(m.actors()).extracting(Actor::kind).containsExactly(ActorKind.PERSON);
    assertThat(m.idFor("b", "nike-ching")).contains("nike-ching");
  }

  @Test
  void differentKindsNeverMerge() {
    MergedActors m = merger.merge(List.of(
        new ArticleActors("a", List.of(actor("Jordan", ActorKind.COUNTRY, "JOR"))),
        new ArticleActors("b", List.of(person("Jordan", null)))));
    assertThat(m.actors()).hasSize(2);
  }
}
