package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.actors.ActorAssertions.actorAt;
import static org.crosscheck.extract.actors.ActorAssertions.named;

import org.crosscheck.model.ActorKind;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One rule per nested class, on sentences written for the test. */
class RuleActorResolverTest {
  private static RuleActorResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new RuleActorResolver(ActorKnowledge.load());
  }

  private record Resolved(AnnotatedArticle article, ArticleActors actors) {
    ArticleActor at(String phrase) {
      return actorAt(article, actors, phrase).orElse(null);
    }

    ArticleActor at(String phrase, int occurrence) {
      return actorAt(article, actors, phrase, occurrence).orElse(null);
    }
  }

  private static Resolved resolve(String... paragraphs) {
    AnnotatedArticle a = Texts.annotate(paragraphs);
    return new Resolved(a, resolver.resolve(a));
  }

  @Nested
  class Titles {
    @Test
    void aTitleBeforeTheNameGivesRoleCountryAndSector() {
      Resolved r = resolve("French Foreign Minister Claire Dubois met farmers in Lyon on Monday.");
      ArticleActor p = named(r.actors(), "Claire Dubois");
      assertThat(p.kind()).isEqualTo(ActorKind.PERSON);
      assertThat(p.roles()).containsExactly("French Foreign Minister");
      assertThat(p.country()).isEqualTo("FRA");
      assertThat(p.sector()).isEqualTo("government");
      assertThat(r.at("French Foreign")).isEqualTo(p);
    }

    @Test
    void aMilitaryRankGivesTheMilitarySector() {
      Resolved r = resolve("Sudanese General Omar Bakri inspected the troops on Friday.");
      ArticleActor p = named(r.actors(), "Omar Bakri");
      assertThat(p.country()).isEqualTo("SDN");
      assertThat(p.sector()).isEqualTo("military");
    }

    @Test
    void anArmedGroupInTheTitleGivesItsSector() {
      Resolved r = resolve("A senior Hezbollah official, Karim Nasser, spoke to reporters.");
      ArticleActor p = named(r.actors(), "Karim Nasser");
      assertThat(p.sector()).isEqualTo("non-state armed group");
      assertThat(p.country()).isEqualTo("LBN");
    }

    @Test
    void aSurnameLaterInTheTextIsTheSamePerson() {
      Resolved r = resolve("Kenyan President Daniel Mwangi opened the summit.",
          "Mwangi said the talks would last two days.");
      assertThat(r.at("Mwangi said")).isEqualTo(named(r.actors(), "Daniel Mwangi"));
    }

    @Test
    void aPlainNameHasNoRole() {
      Resolved r = resolve("Daniel Mwangi opened the summit in Nairobi.");
      assertThat(named(r.actors(), "Daniel Mwangi").roles()).isEmpty();
    }
  }

  @Nested
  class Surnames {
    @Test
    void aSurnameTheTaggerMissesStillNamesThePerson() {
      // The tagger often leaves an unfamiliar surname alone untagged or takes it for an
      // organisation; the article's full name says who it is.
      Resolved r =
          resolve(
              "Governor Kristi Ulvang defended the campaign on Monday.",
              "Ulvang saw the reaction and doubled down on the slogan.",
              "“The whole point of this campaign is to raise awareness,” Ulvang tweeted.");
      ArticleActor p = named(r.actors(), "Kristi Ulvang");
      assertThat(r.at("Ulvang", 2)).isEqualTo(p);
      assertThat(r.at("Ulvang", 3)).isEqualTo(p);
    }

    @Test
    void aSurnameModifyingANounAtTheStartIsNotThePerson() {
      Resolved r =
          resolve("Minister Anna Quist spoke on Monday.", "Quist products sold well in the north.");
      assertThat(r.at("Quist", 2)).isNull();
    }
  }

  @Nested
  class Appositions {
    @Test
    void aRolePhraseAfterTheNameIsThePersonsRole() {
      Resolved r = resolve("Maria Lopez, the Mexican ambassador to the UN, spoke on Tuesday.");
      ArticleActor p = named(r.actors(), "Maria Lopez");
      assertThat(p.roles()).anyMatch(x -> x.contains("Mexican ambassador"));
      assertThat(p.country()).isEqualTo("MEX");
      assertThat(r.at("ambassador to")).isEqualTo(p);
    }

    @Test
    void aRolePhraseBeforeTheNameWithACommaIsThePersonsRole() {
      Resolved r = resolve("The Dutch foreign minister, Pieter de Vries, arrived in Amman.");
      ArticleActor p = named(r.actors(), "Pieter de Vries");
      assertThat(p.country()).isEqualTo("NLD");
      assertThat(p.roles()).anyMatch(x -> x.contains("foreign minister"));
    }

    @Test
    void aRelativeClauseIsNotAnApposition() {
      Resolved r = resolve("Maria Lopez, who chaired the meeting, spoke on Tuesday.");
      assertThat(named(r.actors(), "Maria Lopez").roles()).isEmpty();
      assertThat(r.at("chaired")).isNull();
    }
  }

  @Nested
  class RoleReferences {
    @Test
    void aRoleDescriptionRefersToThePersonHoldingTheRole() {
      Resolved r = resolve("Brazilian Foreign Minister Carlos Mendes visited Lima on Monday.",
          "The top Brazilian diplomat said the talks went well.");
      assertThat(r.at("top Brazilian diplomat")).isEqualTo(named(r.actors(), "Carlos Mendes"));
    }

    @Test
    void aLaterTitleFormRefersBackToo() {
      Resolved r = resolve("U.S. Secretary of State Mark Fuller flew to Cairo.",
          "\"We are close,\" the US secretary of state added.",
          "The Secretary also met students.");
      ArticleActor fuller = named(r.actors(), "Mark Fuller");
      assertThat(r.at("the US secretary of state")).isEqualTo(fuller);
      assertThat(r.at("The Secretary")).isEqualTo(fuller);
    }

    @Test
    void aDescriptionWithAnotherCountryStaysUnresolved() {
      Resolved r = resolve("Brazilian Foreign Minister Carlos Mendes visited Lima on Monday.",
          "The Chilean diplomat said the talks went well.");
      assertThat(r.at("Chilean diplomat")).isNull();
    }

    @Test
    void aDescriptionWithNoEarlierHolderStaysUnresolved() {
      Resolved r = resolve("The prime minister said the budget was ready.");
      assertThat(r.at("prime minister")).isNull();
    }

    @Test
    void theLeaderIsTheMostRecentlyMentionedLeader() {
      Resolved r = resolve("Indian Prime Minister Raj Kumar met Japanese Prime Minister Ken Sato.",
          "Later, Egyptian President Omar Farouk called the Indian leader.");
      assertThat(r.at("Indian leader")).isEqualTo(named(r.actors(), "Raj Kumar"));
    }
  }

  @Nested
  class Pronouns {
    @Test
    void heIsTheSubjectOfThePreviousSentence() {
      Resolved r = resolve("Canadian Prime Minister Robert Hall visited the plant on Monday.",
          "He said it would stay open.");
      assertThat(r.at("He said")).isEqualTo(named(r.actors(), "Robert Hall"));
    }

    @Test
    void herSkipsAManAndFindsTheWoman() {
      Resolved r = resolve("Thomas Kiel thanked Anna Berg for her help.");
      assertThat(r.at("her help")).isEqualTo(named(r.actors(), "Anna Berg"));
    }

    @Test
    void twoEquallySalientPeopleLeaveThePronounUnresolved() {
      Resolved r = resolve("John Carter and Robert Mills met in Paris on Monday.",
          "He said the talks were useful.");
      assertThat(r.at("He said")).isNull();
    }

    @Test
    void aPronounInsideAQuotationIsLeftAlone() {
      Resolved r = resolve("Robert Hall spoke on Monday.",
          "\"He never called me,\" Hall said.");
      assertThat(r.at("He never")).isNull();
    }

    @Test
    void aPersonNamedInsideAQuotationIsNoAntecedentForThePronounThatIntroducesIt() {
      Resolved r = resolve("Senator Robert Hall said the charges were overdue.",
          "\"Heads should have rolled the day Thomas Kiel escaped,\" he said.");
      assertThat(r.at("he said")).isEqualTo(named(r.actors(), "Robert Hall"));
    }

    @Test
    void aPersonNamedOutsideQuotationMarksStillIsAnAntecedent() {
      Resolved r = resolve("Senator Robert Hall said the charges were overdue.",
          "Thomas Kiel escaped on Monday, and \"nobody noticed,\" he said.");
      assertThat(r.at("he said")).isEqualTo(named(r.actors(), "Thomas Kiel"));
    }

    @Test
    void theTextsOwnPronounsTeachAGender() {
      Resolved r = resolve("Surja Verlaine opened the exhibition in Rome.",
          "She said the paintings came from Milan.",
          "Marco Rossi thanked Surja Verlaine, saying her work mattered.");
      assertThat(r.at("her work")).isEqualTo(named(r.actors(), "Surja Verlaine"));
    }
  }

  @Nested
  class Organisations {
    @Test
    void anArmedGroupFromTheTableHasSectorAndCountry() {
      Resolved r = resolve("Hezbollah fired rockets at northern Israel on Sunday.");
      ArticleActor g = r.at("Hezbollah");
      assertThat(g.kind()).isEqualTo(ActorKind.GROUP);
      assertThat(g.sector()).isEqualTo("non-state armed group");
      assertThat(g.country()).isEqualTo("LBN");
    }

    @Test
    void aGovernmentBodyHasItsCountry() {
      Resolved r = resolve("The State Department said the envoy would travel on Friday.");
      ArticleActor d = r.at("State Department");
      assertThat(d.name()).isEqualTo("U.S. State Department");
      assertThat(d.country()).isEqualTo("USA");
      assertThat(d.sector()).isEqualTo("government");
    }

    @Test
    void anAcronymFromTheTableIsTheSameOrganisation() {
      Resolved r = resolve("The Organisation of Islamic Cooperation met in Jeddah.",
          "The OIC called for a ceasefire.");
      assertThat(r.at("OIC")).isEqualTo(r.at("Cooperation"));
      assertThat(r.at("OIC").sector()).isEqualTo("igo");
    }

    @Test
    void anAcronymInBracketsIsTheSameOrganisation() {
      Resolved r = resolve("The Coastal Fisheries Council (CFC) met in Lagos on Monday.",
          "The CFC said catches had fallen.");
      ArticleActor council = r.at("Coastal Fisheries Council");
      assertThat(council).isNotNull();
      assertThat(r.at("CFC", 2)).isEqualTo(council);
    }

    @Test
    void aDefiniteDescriptionRefersBackToTheOrganisation() {
      Resolved r = resolve("The UN Security Council met on Monday.",
          "The 15-member council adopted a resolution.");
      assertThat(r.at("The 15-member")).isEqualTo(r.at("UN Security Council"));
    }

    @Test
    void theMilitantGroupIsTheLastArmedGroupMentioned() {
      Resolved r = resolve("Hezbollah fired rockets at northern Israel on Sunday.",
          "The militant group said the strikes were a warning.");
      assertThat(r.at("The militant group").name()).isEqualTo("Hezbollah");
    }

    @Test
    void aDescriptionWithNothingToReferToStaysUnresolved() {
      Resolved r = resolve("The council met on Monday to discuss the budget.");
      assertThat(r.at("The council")).isNull();
    }

    @Test
    void aMinistryIsNamedAfterItsOwner() {
      Resolved r = resolve("According to Syria's health ministry, 40 people were hurt.");
      ArticleActor m = r.at("health ministry");
      assertThat(m.name()).isEqualTo("Syria Ministry of Health");
      assertThat(m.country()).isEqualTo("SYR");
    }
  }

  @Nested
  class Countries {
    @Test
    void theUsAndTheUnitedStatesAreOneCountry() {
      Resolved r = resolve("The United States vetoed the draft.", "The U.S. said it was unfair.");
      assertThat(r.at("U.S.")).isEqualTo(r.at("United States"));
      assertThat(r.at("U.S.").country()).isEqualTo("USA");
    }

    @Test
    void aCapitalActingIsItsGovernment() {
      Resolved r = resolve("Moscow warned on Monday that the sanctions would backfire.");
      assertThat(r.at("Moscow").name()).isEqualTo("Russia");
    }

    @Test
    void aCapitalAsAPlaceIsNotAnActor() {
      Resolved r = resolve("The talks were held in Moscow on Monday.");
      assertThat(r.at("Moscow")).isNull();
    }

    @Test
    void aCapitalAccusedIsItsGovernment() {
      Resolved r = resolve("The rebels accused Tehran of arming the militia.");
      assertThat(r.at("Tehran").name()).isEqualTo("Iran");
    }

    @Test
    void aCapitalVisitedIsAPlace() {
      Resolved r = resolve("The envoy visited Tehran last week.");
      assertThat(r.at("Tehran")).isNull();
    }

    @Test
    void aDemonymBeforeABodyNamesThatCountrysBody() {
      Resolved r = resolve("The Sudanese government rejected the plan.");
      ArticleActor g = r.at("Sudanese government");
      assertThat(g.kind()).isEqualTo(ActorKind.ORGANISATION);
      assertThat(g.country()).isEqualTo("SDN");
      assertThat(g.sector()).isEqualTo("government");
    }

    @Test
    void aDemonymBeforePeopleNamesAGroup() {
      Resolved r = resolve("Rwandan rebels crossed the border on Monday.");
      ArticleActor g = r.at("Rwandan rebels");
      assertThat(g.kind()).isEqualTo(ActorKind.GROUP);
      assertThat(g.country()).isEqualTo("RWA");
      assertThat(g.sector()).isEqualTo("non-state armed group");
    }

    @Test
    void aDemonymBeforeAThingNamesNoActor() {
      Resolved r = resolve("Israeli airstrikes hit the area on Monday.");
      assertThat(r.at("Israeli")).isNull();
    }

    @Test
    void aDemonymGivesAPersonsCountry() {
      Resolved r = resolve("Palestinian negotiator Ahmad Salem left Doha on Monday.");
      assertThat(named(r.actors(), "Ahmad Salem").country()).isEqualTo("PSE");
    }

    @Test
    void aDemonymAsAnAdjectiveIsNotAMention() {
      Resolved r = resolve("Israeli flags were raised on Monday.");
      assertThat(r.at("Israeli")).isNull();
    }

    @Test
    void aPluralDemonymIsAGroup() {
      Resolved r = resolve("Thousands of Palestinians fled south.");
      ArticleActor g = r.at("Palestinians");
      assertThat(g.kind()).isEqualTo(ActorKind.GROUP);
      assertThat(g.country()).isEqualTo("PSE");
    }
  }
}
