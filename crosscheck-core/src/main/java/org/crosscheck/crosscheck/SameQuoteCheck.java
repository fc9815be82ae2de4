package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SpeakerKind;

/**
 * Finds the same quotation in several articles (fuzzy match, see {@link QuoteText}).
 *
 * <ul>
 *   <li>Agreement "same-quote": the group spans at least two independent sources (see {@link
 *       Outlets}); the summary names the outlets and shows the wording differences.
 *   <li>Conflict "speaker-mismatch": quotes of the group in different articles name speakers that
 *       cannot be the same actor (see {@link Names}). Quotes with no speaker do not count; nor
 *       does a person against an organisation or document, since an office's statement routinely
 *       carries its officer's words ("the State Department said" / "Blinken said").
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class SameQuoteCheck {
  private SameQuoteCheck() {}

  static CrossCheck run(List<Quote> quotes, Outlets outlets) {
    List<Item> items = new ArrayList<>();
    for (Quote q : quotes) {
      List<String> words = QuoteText.words(q.text());
      if (words.size() >= QuoteText.MIN_WORDS) {
        items.add(new Item(q, words));
      }
    }
    List<Finding> agreements = new ArrayList<>();
    List<Finding> conflicts = new ArrayList<>();
    QuoteCandidates candidates =
        new QuoteCandidates(items.stream().map(Item::words).collect(Collectors.toList()));
    for (List<Item> group :
        Groups.of(items, candidates::of, (a, b) -> QuoteText.same(a.words, b.words))) {
      if (group.size() < 2) {
        continue;
      }
      Set<String> sources =
          group.stream()
              .map(i -> outlets.sourceKey(i.quote.article()))
              .collect(Collectors.toCollection(LinkedHashSet::new));
      if (sources.size() >= 2) {
        agreements.add(agreement(group, outlets, sources));
      }
      Finding mismatch = mismatch(group, outlets);
      if (mismatch != null) {
        conflicts.add(mismatch);
      }
    }
    return new CrossCheck(agreements, conflicts);
  }

  private static Finding agreement(List<Item> group, Outlets outlets, Set<String> sources) {
    Item longest = group.get(0);
    for (Item i : group) {
      if (i.words.size() > longest.words.size()) {
        longest = i;
      }
    }
    String speaker =
        group.stream().map(i -> i.quote.speaker()).filter(s -> s != null).findFirst().orElse(null);
    StringBuilder sb = new StringBuilder();
    sb.append("The same quote")
        .append(speaker == null ? "" : " from " + speaker)
        .append(" is reported by ")
        .append(sources.size())
        .append(" outlets (")
        .append(String.join(", ", sources))
        .append("): “")
        .append(Summaries.excerpt(longest.quote.text()))
        .append("”");
    List<String> diffs = new ArrayList<>();
    for (Item i : group) {
      if (i != longest) {
        for (String d : QuoteText.differences(longest.words, i.words)) {
          diffs.add(
              d.replace(" / ", " (" + outlets.of(longest.quote.article()) + ") vs ")
                  + " ("
                  + outlets.of(i.quote.article())
                  + ")");
        }
      }
    }
    if (!diffs.isEmpty()) {
      sb.append("; wording differs: ").append(String.join("; ", diffs));
    }
    sb.append('.');
    return finding("same-quote", sb.toString(), group);
  }

  private static Finding mismatch(List<Item> group, Outlets outlets) {
    List<Item> named =
        group.stream().filter(i -> i.quote.speaker() != null).collect(Collectors.toList());
    for (int a = 0; a < named.size(); a++) {
      for (int b = a + 1; b < named.size(); b++) {
        Quote x = named.get(a).quote;
        Quote y = named.get(b).quote;
        // Within one article the same words given to two people are a phrase both repeat (a
        // title, a slogan) or our own slip, not outlets disagreeing.
        boolean twoArticles = !x.article().equals(y.article());
        if (twoArticles && comparable(x, y) && !Names.same(x.speaker(), y.speaker())) {
          String summary =
              String.format(
                  "The same quote “%s” is attributed to %s (%s) and to %s (%s).",
                  Summaries.excerpt(x.text()),
                  x.speaker(),
                  outlets.of(x.article()),
                  y.speaker(),
                  outlets.of(y.article()));
          return finding("speaker-mismatch", summary, named);
        }
      }
    }
    return null;
  }

  /** Person against person, or organisation/document against organisation/document. */
  private static boolean comparable(Quote x, Quote y) {
    return isPerson(x) == isPerson(y);
  }

  private static boolean isPerson(Quote q) {
    return q.speakerKind() == null || q.speakerKind() == SpeakerKind.PERSON;
  }

  private static Finding finding(String kind, String summary, List<Item> items) {
    return new Finding(
        kind,
        summary,
        items.stream().map(i -> i.quote.id()).collect(Collectors.toList()),
        items.stream().map(i -> i.quote.evidence()).collect(Collectors.toList()));
  }

  private record Item(Quote quote, List<String> words) {}
}
