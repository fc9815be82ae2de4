package org.crosscheck.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.crosscheck.model.ActorKind;
import org.junit.jupiter.api.Test;

class ActorTableTest {
  private static final String HEADER = "# kind\tname\tcountry\tsector\taliases\tdemonyms\tcapitals\n";

  @Test
  void theShippedTablesLoad() {
    ActorKnowledge k = ActorKnowledge.load();
    assertThat(k.actors().all()).hasSizeGreaterThan(250);
    assertThat(k.actors().byName("the United States").country()).isEqualTo("USA");
    assertThat(k.actors().byName("Hezbollah").sector()).isEqualTo("non-state armed group");
    assertThat(k.actors().byName("OIC").name()).isEqualTo("Organisation of Islamic Cooperation");
    assertThat(k.roles().get("foreign minister").answersTo("diplomat")).isTrue();
    assertThat(k.roles().get("general").sector()).isEqualTo("military");
  }

  @Test
  void acronymAliasesMatchOnlyCapitals() {
    ActorTable t = ActorTable.load();
    assertThat(t.byName("US")).isNotNull();
    assertThat(t.byName("U.S.")).isNotNull();
    assertThat(t.byName("us")).isNull();
    assertThat(t.byName("WHO")).isNotNull();
    assertThat(t.byName("who")).isNull();
  }

  @Test
  void namesMustBeCapitalised() {
    ActorTable t = ActorTable.load();
    assertThat(t.byName("Jordan")).isNotNull();
    assertThat(t.byName("jordan")).isNull();
  }

  @Test
  void demonymsNameTheCountry() {
    ActorTable t = ActorTable.load();
    assertThat(t.byDemonym("Israeli").country()).isEqualTo("ISR");
    assertThat(t.byDemonym("Palestinians").country()).isEqualTo("PSE");
    assertThat(t.byDemonym("Hamas")).isNull();
  }

  @Test
  void parsesAWellFormedRow() {
    ActorTable t = ActorTable.parse("test.tsv", new StringReader(HEADER
        + "group\tRiver Front\tXYZ\tnon-state armed group\tRF;the Front\t-\t-\n"));
    KnownActor a = t.byName("RF");
    assertThat(a.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(a.name()).isEqualTo("River Front");
    assertThat(t.byName("the Front")).isSameAs(a);
  }

  @Test
  void rejectsARowWithMissingColumns() {
    assertThatThrownBy(() -> ActorTable.parse("test.tsv",
        new StringReader(HEADER + "country\tFreedonia\tFRE\tgovernment\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.tsv line 2")
        .hasMessageContaining("expected 7 tab-separated columns, found 4");
  }

  @Test
  void rejectsABadCountryCode() {
    assertThatThrownBy(() -> ActorTable.parse("test.tsv",
        new StringReader("country\tFreedonia\tfr\tgovernment\t-\t-\t-\n")))
        .hasMessageContaining("line 1").hasMessageContaining("ISO 3166-1 alpha-3");
  }

  @Test
  void rejectsAnUnknownKindAndEmptyCells() {
    assertThatThrownBy(() -> ActorTable.parse("t", new StringReader(
        "person\tJohn\t-\t-\t-\t-\t-\n"))).hasMessageContaining("kind must be one of");
    assertThatThrownBy(() -> ActorTable.parse("t", new StringReader(
        "country\tFreedonia\tFRE\t\t-\t-\t-\n"))).hasMessageContaining("column 4 is empty");
  }

  @Test
  void rolesRejectDuplicatesAndFirstNamesRejectUnknownGenders() {
    assertThatThrownBy(() -> RoleTable.parse("roles", new StringReader(
        "envoy\tgovernment\tdiplomat\nenvoy\t-\t-\n"))).hasMessageContaining("duplicate role");
    assertThatThrownBy(() -> FirstNames.parse("names", new StringReader("Alex\tx\n")))
        .hasMessageContaining("gender must be m or f");
  }
}
