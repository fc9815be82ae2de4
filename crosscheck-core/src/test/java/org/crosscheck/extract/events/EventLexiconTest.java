package org.crosscheck.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.crosscheck.model.EventType;
import org.junit.jupiter.api.Test;

class EventLexiconTest {
  @Test
  void theStandardLexiconLoadsAndCoversEveryPloverType() {
    EventLexicon lexicon = EventLexicon.standard();
    assertThat(lexicon.size()).isGreaterThan(150);
  }

  @Test
  void malformedLinesAreRejectedWithTheirNumber() {
    String text = "# comment\nmeet\tV\tCONSULT\t-\nscold\tV\tSCOLD\t-\n";
    assertThatThrownBy(
            () -> EventLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("line 3");
  }

  @Test
  void entriesKeepTheirCompanions() throws Exception {
    String text = "call on\tV\tREQUEST\t-\n";
    EventLexicon lexicon =
        EventLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(lexicon.size()).isEqualTo(1);
    assertThat(new LexiconEntry("call", java.util.List.of("on"), true, false, EventType.REQUEST, null).pattern())
        .isEqualTo("call on");
  }
}
