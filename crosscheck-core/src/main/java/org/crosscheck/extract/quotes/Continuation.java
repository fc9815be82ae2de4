package org.crosscheck.extract.quotes;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;

/**
 * The second pass of {@link RuleQuoteExtractor}: a quote whose own sentences name no speaker
 * continues one named nearby. In order: the speaker of the quote left open at the end of the
 * paragraph before, when this quote reopens it; the person on a pull-quote credit line below a quote
 * that fills its paragraph; for a quote left open at its paragraph's end, the speaker of the next
 * paragraph's quote; the speaker of the neighbouring quotes of its paragraph ("“...,” X said.
 * “...”"); the speech reported by the sentence before it (in its paragraph, or any paragraph when
 * that sentence ends with a colon or the quote is a paragraph of its own), else by the sentence
 * after it in its paragraph.
 *
 * <p>Stateless and thread-safe; it fills in the speakers of the candidates it is given.
 */
final class Continuation {

  private Continuation() {}

  /** Gives a speaker to each quote its own sentences left without one. */
  static void apply(AnnotatedArticle annotated, ArticleActors actors, List<QuoteCandidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      QuoteCandidate c = candidates.get(i);
      if (c.speaker.isNamed() || !c.mayContinue()) {
        continue;
      }
      Speaker reopened = reopenedSpeaker(annotated.article(), candidates, i);
      if (reopened != null) {
        c.speaker = reopened;
        c.continued = true;
        continue;
      }
      Optional<Speaker> credit = fillsParagraph(annotated.article(), c.span)
          ? CreditLine.after(annotated, c.span.paragraph(), actors)
          : Optional.empty();
      if (credit.isPresent()) {
        c.speaker = credit.get();
        c.continued = true;
        continue;
      }
      Speaker next = c.span.closed() ? null : nextParagraphSpeaker(candidates, i);
      if (next != null) {
        c.speaker = next;
        c.continued = true;
        continue;
      }
      Speaker neighbour = neighbour(candidates, i);
      if (neighbour != null) {
        c.speaker = neighbour;
        c.continued = true;
        continue;
      }
      Speaker nearby = nearbySentence(annotated, c);
      if (nearby != null) {
        c.speaker = nearby;
        c.continued = true;
      }
    }
  }

  /**
   * For a quote that opens its paragraph right after a paragraph whose last quote was left open
   * (news style: the quotation goes on, reopened with a new mark), that quote's speaker.
   */
  private static Speaker reopenedSpeaker(Article article, List<QuoteCandidate> candidates, int i) {
    QuoteSpan q = candidates.get(i).span;
    int pStart = article.paragraphStart(q.paragraph());
    if (i == 0 || !article.text().substring(pStart, q.open()).isBlank()) {
      return null;
    }
    QuoteCandidate o = candidates.get(i - 1);
    boolean runsOn = o.span.paragraph() == q.paragraph() - 1 && !o.span.closed();
    return runsOn && o.speaker.isNamed() ? o.speaker : null;
  }

  /**
   * For a quote left open at its paragraph's end (news style for a quotation that goes on in the
   * next paragraph), the speaker of the next paragraph's first quote.
   */
  private static Speaker nextParagraphSpeaker(List<QuoteCandidate> candidates, int i) {
    int paragraph = candidates.get(i).span.paragraph();
    for (int j = i + 1; j < candidates.size(); j++) {
      QuoteCandidate o = candidates.get(j);
      if (o.span.paragraph() == paragraph) {
        continue;
      }
      boolean adjacent = o.span.paragraph() == paragraph + 1;
      return adjacent && o.speaker.isNamed() && o.attribution.governs() ? o.speaker : null;
    }
    return null;
  }

  /** The speaker of the nearest attributed quote in the same paragraph, before, then after. */
  private static Speaker neighbour(List<QuoteCandidate> candidates, int i) {
    int paragraph = candidates.get(i).span.paragraph();
    for (int j = i - 1; j >= 0 && candidates.get(j).span.paragraph() == paragraph; j--) {
      QuoteCandidate o = candidates.get(j);
      if (o.speaker.isNamed() && (o.attribution.governs() || o.continued)) {
        return o.speaker;
      }
    }
    for (int j = i + 1; j < candidates.size() && candidates.get(j).span.paragraph() == paragraph; j++) {
      QuoteCandidate o = candidates.get(j);
      if (o.speaker.isNamed() && o.attribution.governs()) {
        return o.speaker;
      }
    }
    return null;
  }

  /**
   * The speech reported by the sentence before the quote (same paragraph, or the paragraph before
   * when that sentence ends with a colon or the quote is a paragraph of its own), else by the
   * sentence after it in the same paragraph.
   */
  private static Speaker nearbySentence(AnnotatedArticle annotated, QuoteCandidate c) {
    List<Sentence> all = annotated.sentences();
    int first = c.sentences.get(0).index();
    int last = c.sentences.get(c.sentences.size() - 1).index();
    if (first > 0 && c.before.isNamed()) {
      Sentence prev = all.get(first - 1);
      boolean standalone = fillsParagraph(annotated.article(), c.span);
      if (prev.paragraph() == c.span.paragraph() || prev.text().strip().endsWith(":") || standalone) {
        return c.before;
      }
    }
    if (last + 1 < all.size() && all.get(last + 1).paragraph() == c.span.paragraph() && c.after.isNamed()) {
      return c.after;
    }
    return null;
  }

  /** True when the quote is all its paragraph holds, save punctuation. */
  static boolean fillsParagraph(Article article, QuoteSpan q) {
    String text = article.text();
    int pStart = article.paragraphStart(q.paragraph());
    int pEnd = pStart + article.paragraphs().get(q.paragraph()).text().length();
    return text.substring(pStart, q.open()).isBlank()
        && text.substring(Math.min(q.close() + 1, pEnd), pEnd).replaceAll("[\\p{Punct}\\s”’]", "").isEmpty();
  }
}
