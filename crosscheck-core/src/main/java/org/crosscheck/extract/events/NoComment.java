package org.crosscheck.extract.events;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * "A spokesperson declined to comment", "refused comment", "declined a request for comment": a
 * source not answering a reporter. CAMEO codes it as a public statement ("decline comment",
 * 012), which PLOVER leaves out; it is not a rejection of anyone, so it is not coded at all.
 *
 * <p>Stateless and thread-safe.
 */
final class NoComment {
  private NoComment() {}

  /**
   * What a source declines when it only declines to speak to the press. Not "respond": refusing
   * to respond to a demand rejects the demand.
   */
  private static final Set<String> SPEAKING =
      Set.of("comment", "elaborate", "confirm", "specify", "speculate");

  /** True if {@code trigger} ("declined", "refused") governs only declining to comment. */
  static boolean declines(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      String rel = d.relation();
      if (!rel.equals("xcomp") && !rel.equals("obj")) {
        continue;
      }
      String lemma = lemma(s, d.dependent());
      if (SPEAKING.contains(lemma)) {
        return true;
      }
      if (rel.equals("obj") && (lemma.equals("request") || lemma.equals("invitation"))) {
        for (Dependency of : s.children(d.dependent())) {
          if (of.relation().startsWith("nmod") && SPEAKING.contains(lemma(s, of.dependent()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String lemma(Sentence s, int i) {
    return s.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
