package org.crosscheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Comparing only candidate pairs finds exactly the groups of comparing every pair. */
class QuoteCandidatesTest {

  @Test
  void candidatePairsGiveTheSameGroupsAsAllPairs() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<List<String>> quotes = randomQuotes(random);
      List<List<List<String>>> everyPair = Groups.of(quotes, QuoteText::same);
      QuoteCandidates candidates = new QuoteCandidates(quotes);
      List<List<List<String>>> pruned = Groups.of(quotes, candidates::of, QuoteText::same);
      assertThat(pruned).as("round %d: %s", round, quotes).isEqualTo(everyPair);
    }
  }

  @Test
  void aShortenedAndRewordedQuoteIsStillACandidate() {
    List<String> full = QuoteText.words("We will not accept any plan that divides the city, he said");
    List<String> cut = QuoteText.words("will not accept any plan that splits the city");
    List<String> other = QuoteText.words("The talks will resume in the spring");
    QuoteCandidates candidates = new QuoteCandidates(List.of(full, cut, other));
    assertThat(QuoteText.same(cut, full)).isTrue();
    assertThat(candidates.of(1)).contains(0);
    assertThat(candidates.of(1)).doesNotContain(2);
  }

  /** Quotes over a small vocabulary, many near-copies of each other, lengths 4 to 14. */
  private static List<List<String>> randomQuotes(Random random) {
    String[] vocabulary = {"the", "a", "we", "war", "aid", "will", "not", "stop", "talks", "city"};
    List<List<String>> quotes = new ArrayList<>();
    for (int q = 0; q < 12; q++) {
      List<String> words = new ArrayList<>();
      if (!quotes.isEmpty() && random.nextBoolean()) {
        words.addAll(quotes.get(random.nextInt(quotes.size())));
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && words.size() > 4; e++) {
          words.set(random.nextInt(words.size()), vocabulary[random.nextInt(vocabulary.length)]);
        }
        if (random.nextBoolean() && words.size() > 5) {
          words = new ArrayList<>(words.subList(1, words.size()));
        }
      } else {
        int length = 4 + random.nextInt(11);
        for (int w = 0; w < length; w++) {
          words.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
      }
      quotes.add(words);
    }
    return quotes;
  }
}
