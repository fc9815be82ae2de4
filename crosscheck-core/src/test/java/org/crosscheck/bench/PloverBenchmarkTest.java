package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.crosscheck.extract.actors.ActorKnowledge;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.RuleActorResolver;
import org.crosscheck.extract.events.RuleEventExtractor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.testing.Shared;
import org.crosscheck.testing.SharedAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The event coder on the PLOVER gold-standard records (CC BY-SA 4.0, Open Event Data Alliance;
 * read from ../shared, never copied). Floors sit a little below what the coder reaches, so a
 * regression fails the build.
 */
class PloverBenchmarkTest {
  @Test
  void eventTypesOfThePloverGoldRecordsAreMostlyRight() throws Exception {
    PloverBenchmark bench =
        new PloverBenchmark(
            SharedAnnotator.get(),
            new RuleActorResolver(ActorKnowledge.load()),
            RuleEventExtractor.standard());
    PloverResult result =
        bench.run(Shared.dir().resolve("bench/plover-gold/PLOVER_GSR_CAMEO.json"));
    System.out.print(result.format());
    assertThat(result.sentences()).isEqualTo(322);
    assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.80);
    assertThat(result.macroF1()).isGreaterThanOrEqualTo(0.76);
  }

  @Test
  void aGoldIgoCodeIsMatchedByAnActorWhoseSectorIsIgoOnlyWithTheMapping() {
    ArticleActor un =
        new ArticleActor("un", "United Nations", ActorKind.ORGANISATION, List.of(), null, "igo",
            List.of());
    assertThat(PloverBenchmark.matches(Set.of("IGO"), un, true)).isTrue();
    assertThat(PloverBenchmark.matches(Set.of("IGO"), un, false)).isFalse();
  }

  @Test
  void aGovernmentSectorNeverMatchesAnIgoCodeAndACountryCodeMatchesEitherWay() {
    ArticleActor france =
        new ArticleActor("france", "France", ActorKind.COUNTRY, List.of(), "FRA", "government",
            List.of());
    assertThat(PloverBenchmark.matches(Set.of("IGO"), france, true)).isFalse();
    assertThat(PloverBenchmark.matches(Set.of("FRA"), france, false)).isTrue();
    assertThat(PloverBenchmark.matches(Set.of("FRA"), france, true)).isTrue();
  }
}
