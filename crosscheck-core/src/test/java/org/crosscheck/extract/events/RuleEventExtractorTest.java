package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule per test, on sentences written for it (published Thursday 2024-03-21). */
class RuleEventExtractorTest {
  private final RuleEventExtractor extractor = RuleEventExtractor.standard();

  private List<Event> events(String... paragraphs) {
    AnnotatedArticle a = Texts.annotate(paragraphs);
    return extractor.extract(a, new NerActorResolver().resolve(a));
  }

  private Event only(EventType type, String... paragraphs) {
    List<Event> found = events(paragraphs).stream().filter(e -> e.type() == type).toList();
    assertThat(found).as("events of type " + type).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "France met with Germany in Paris.|CONSULT",
        "France agreed to cooperate with Germany on border security.|AGREE",
        "France backed Germany's bid for a seat on the council.|SUPPORT",
        "France cooperated with Germany on border security.|COOPERATE",
        "France sent aid to Germany after the floods.|AID",
        "France conceded the disputed island to Germany.|CONCEDE",
        "France withdrew its troops from Germany.|RETREAT",
        "France called on Germany to release the prisoners.|REQUEST",
        "France accused Germany of spying.|ACCUSE",
        "France rejected Germany's proposal.|REJECT",
        "France threatened Germany with tariffs.|THREATEN",
        "France protested against Germany's decision.|PROTEST",
        "France imposed sanctions on Germany.|SANCTION",
        "France deployed troops to the border with Germany.|MOBILIZE",
        "France arrested two German diplomats.|COERCE",
        "France bombed Germany's factories.|ASSAULT"
      })
  void eachTypeHasItsBasicVerbs(String sentence, EventType type) {
    List<Event> found = events(sentence);
    assertThat(found).extracting(Event::type).contains(type);
    assertThat(found).allSatisfy(e -> assertThat(e.source()).contains("France"));
  }

  @Test
  void meetingHasSourceTargetPlaceAndDate() {
    Event e = only(EventType.CONSULT, "Smith met with Foreign Minister John Brown in Paris on Wednesday.");
    assertThat(e.source()).containsExactly("Smith");
    assertThat(e.target()).containsExactly("John Brown");
    assertThat(e.place()).isEqualTo("Paris");
    assertThat(e.date()).isEqualTo("2024-03-20");
    assertThat(e.evidence().get(0).sentence()).startsWith("Smith met");
  }

  @Test
  void withoutADateInTheClauseTheEventTakesThePublicationDate() {
    Event e = only(EventType.CONSULT, "Smith met with John Brown in Paris.");
    assertThat(e.date()).isEqualTo("2024-03-21");
  }

  @Test
  void sinceADateGivesARangeUpToPublication() {
    Event e = only(EventType.ASSAULT, "Germany has been shelling France since October 7.");
    assertThat(e.date()).isEqualTo("2023-10-07..2024-03-21");
    assertThat(e.mode()).isEqualTo("heavy-weapons");
  }

  @Test
  void passiveVoiceTakesTheByAgentsAsSources() {
    Event e = only(EventType.REJECT, "Germany's proposal was vetoed by Russia and China on Friday.");
    assertThat(e.source()).containsExactlyInAnyOrder("Russia", "China");
    assertThat(e.target()).containsExactly("Germany");
    assertThat(e.mode()).isEqualTo("veto");
  }

  @Test
  void coordinatedSubjectsAreAllSources() {
    Event e = only(EventType.AID, "Germany and France airdropped aid to the refugees in Spain.");
    assertThat(e.source()).containsExactlyInAnyOrder("Germany", "France");
    assertThat(e.mode()).isEqualTo("airdrop");
  }

  @Test
  void negatedSupportIsARejectionBySpeaker() {
    String text = "\"We will not support Germany's offensive in Spain,\" John Smith said.";
    Event e = only(EventType.REJECT, text);
    assertThat(e.source()).containsExactly("John Smith");
    assertThat(e.target()).containsExactly("Germany");
    assertThat(events(text))
        .extracting(Event::type)
        .doesNotContain(EventType.SUPPORT, EventType.ASSAULT);
  }

  @Test
  void negatedAttackIsNoEvent() {
    assertThat(events("Germany did not attack France.")).isEmpty();
  }

  @Test
  void aPlannedAttackIsAThreatNotAnAssault() {
    List<Event> found = events("Germany plans to attack France next week.");
    assertThat(found).extracting(Event::type).containsExactly(EventType.THREATEN);
  }

  @Test
  void aConditionalAttackIsAThreatAndAConditionalDealIsNothing() {
    assertThat(events("If the talks fail, Germany could attack France."))
        .extracting(Event::type)
        .containsOnly(EventType.THREATEN);
    assertThat(events("Germany could sign a deal with France.")).isEmpty();
  }

  @Test
  void anEmbeddedActionIsCodedByTheVerbThatGovernsIt() {
    List<Event> found = events("Germany threatened to impose sanctions on France.");
    assertThat(found).extracting(Event::type).containsExactly(EventType.THREATEN);
  }

  @Test
  void reportedSpeechAttributesFirstPersonToTheSpeaker() {
    Event e = only(EventType.SUPPORT, "John Smith said: \"We stand with France.\"");
    assertThat(e.source()).containsExactly("John Smith");
    assertThat(e.target()).containsExactly("France");
  }

  @Test
  void aVisitIsAConsultationAtItsDestination() {
    Event e = only(EventType.CONSULT, "John Smith traveled to Egypt on Wednesday.");
    assertThat(e.mode()).isEqualTo("visit");
    assertThat(e.place()).isEqualTo("Egypt");
    assertThat(e.target()).containsExactly("Egypt");
  }

  @Test
  void aLabourStrikeIsAProtestAndAnAirStrikeAnAssault() {
    assertThat(events("French teachers announced a general strike.", "Germany carried out an air strike on France."))
        .extracting(Event::type, Event::mode)
        .contains(
            org.assertj.core.groups.Tuple.tuple(EventType.PROTEST, "strike"),
            org.assertj.core.groups.Tuple.tuple(EventType.ASSAULT, "air strike"));
  }

  @Test
  void sentencesWithoutEventWordsOrActorsGiveNothing() {
    assertThat(events("The weather was mild in Paris on Monday.")).isEmpty();
    assertThat(events("The analysts discussed the economy at length.")).isEmpty();
  }

  @Test
  void whatASpeakerSaysAnotherMustDoIsADemandOfIt() {
    Event e = only(EventType.REQUEST, "Germany said on Tuesday that France must return the stolen paintings.");
    assertThat(e.source()).containsExactly("Germany");
    assertThat(e.target()).containsExactly("France");
    assertThat(e.date()).isEqualTo("2024-03-19");
  }

  @Test
  void aPlanThatTheLightVerbSaysCameTrueIsAnAssault() {
    assertThat(events("Germany mounted its long-planned invasion of France."))
        .extracting(Event::type)
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void whatAnotherMadeSomeoneAbleToDoDidNotHappen() {
    assertThat(events("France has been training Libyan forces to fight against Germany."))
        .extracting(Event::type)
        .doesNotContain(EventType.ASSAULT);
    assertThat(events("France fought against Germany near the border."))
        .extracting(Event::type)
        .contains(EventType.ASSAULT);
  }

  @Test
  void stoppingAnActionRecodesIt() {
    assertThat(events("France cancelled a planned visit to Germany."))
        .extracting(Event::type)
        .containsExactly(EventType.SANCTION);
  }
}
