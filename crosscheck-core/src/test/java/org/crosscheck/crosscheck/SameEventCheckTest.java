package org.crosscheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.crosscheck.Fixtures.article;
import static org.crosscheck.crosscheck.Fixtures.event;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Finding;
import org.junit.jupiter.api.Test;

/** One event reported by several outlets. */
class SameEventCheckTest {
  private final List<Article> articles =
      List.of(
          article("a", "Northern Times", "2025-02-10", "text"),
          article("b", "Southern Post", "2025-02-10", "text"));

  private List<Finding> run(org.crosscheck.model.Event... events) {
    return SameEventCheck.run(List.of(events), new Outlets(articles));
  }

  @Test
  void anEventToldByTwoOutletsIsAnAgreement() {
    List<Finding> r =
        run(
            event("a", EventType.CONSULT, "Mara Lind", "Ole Berg", "2025-02-09"),
            event("b", EventType.CONSULT, "Lind", "Ole Berg", "2025-02"));
    assertThat(r).hasSize(1);
    assertThat(r.get(0).kind()).isEqualTo("same-event");
    assertThat(r.get(0).summary()).contains("2 outlets").contains("Southern Post");
  }

  @Test
  void anotherDayTypeOrTargetIsAnotherEvent() {
    assertThat(
            run(
                event("a", EventType.CONSULT, "Mara Lind", "Ole Berg", "2025-02-09"),
                event("b", EventType.CONSULT, "Mara Lind", "Ole Berg", "2025-02-03")))
        .isEmpty();
    assertThat(
            run(
                event("a", EventType.CONSULT, "Mara Lind", "Ole Berg", "2025-02-09"),
                event("b", EventType.ACCUSE, "Mara Lind", "Ole Berg", "2025-02-09")))
        .isEmpty();
    assertThat(
            run(
                event("a", EventType.CONSULT, "Mara Lind", "Ole Berg", "2025-02-09"),
                event("b", EventType.CONSULT, "Mara Lind", "Port Authority", "2025-02-09")))
        .isEmpty();
  }

  @Test
  void oneOutletTellingItTwiceIsNotAnAgreement() {
    assertThat(
            run(
                event("a", EventType.CONSULT, "Mara Lind", "Ole Berg", "2025-02-09"),
                event("a", EventType.CONSULT, "Mara Lind", "Ole Berg", "2025-02-09")))
        .isEmpty();
  }
}
