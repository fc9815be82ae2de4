package org.crosscheck.clean.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * A syndicated copy (a few sentences changed, boilerplate added) is a near-duplicate; another
 * outlet's own article on the same story, sharing a quote, is not.
 */
class NearDuplicatesTest {

  /** An invented wire report of fourteen sentences. */
  static final List<String> WIRE =
      List.of(
          "Heavy rain caused the Lorrin River to burst its banks early on Monday, flooding three"
              + " villages in the northern valley.",
          "Emergency crews evacuated about 2,400 residents overnight, according to the regional"
              + " civil protection agency.",
          "\"We have never seen the water rise this fast,\" said Marta Kovac, the mayor of Dolnik,"
              + " one of the villages.",
          "Two people were reported missing after their car was swept off a bridge near the town of"
              + " Brezno.",
          "Rescue teams using boats and a helicopter searched the area throughout the afternoon.",
          "The national weather service said a further 80 millimetres of rain could fall by"
              + " Wednesday.",
          "Railway services between the valley and the capital were suspended after a section of"
              + " track was washed away.",
          "The agriculture ministry estimated that more than 5,000 hectares of farmland were under"
              + " water.",
          "Farmers in the region had already lost much of their harvest to a drought the previous"
              + " summer.",
          "The prime minister announced an emergency fund of 40 million euros for the affected"
              + " municipalities.",
          "Opposition lawmakers said the government had ignored warnings about the state of the"
              + " river defences.",
          "A report published last year found that nearly half of the valley's levees needed urgent"
              + " repair.",
          "Officials said temporary shelters had been set up in schools and sports halls in the"
              + " provincial capital.",
          "The Red Cross appealed for donations of blankets, drinking water and baby food.");

  /** The same report as a partner outlet ran it: three sentences reworded, boilerplate around. */
  static List<String> syndicatedCopy() {
    List<String> copy = new ArrayList<>(WIRE);
    copy.set(
        1,
        "Emergency crews moved some 2,400 people to safety during the night, the civil protection"
            + " agency said.");
    copy.set(
        6,
        "Trains between the valley and the capital stopped running after floodwater washed away"
            + " part of the line.");
    copy.set(
        12,
        "Schools and sports halls in the provincial capital have been turned into temporary"
            + " shelters.");
    copy.add(0, "Share this article on Facebook Twitter Email");
    copy.add("This report was provided by our wire partner. Copyright 2024. All rights reserved.");
    copy.add("Sign up for our morning newsletter to get the day's top stories in your inbox.");
    return copy;
  }

  /** Another outlet's own article on the same flood, quoting the same mayor. */
  static final List<String> OWN_REPORT =
      List.of(
          "Residents of Dolnik spent Monday night on rooftops and in attics as the Lorrin rose"
              + " around their homes.",
          "\"We have never seen the water rise this fast,\" said Marta Kovac, the mayor of Dolnik,"
              + " one of the villages.",
          "Ivan Petrov, 67, said he had lived beside the river all his life and had never had to"
              + " leave his house before.",
          "Volunteers from neighbouring towns arrived with tractors and sandbags as soon as the"
              + " roads allowed.",
          "Many families said they had received no warning from the authorities before the water"
              + " reached the main square.",
          "The regional government defended its response, saying sirens had sounded in every"
              + " village shortly after midnight.",
          "Environmental groups have long argued that logging upstream has made the valley more"
              + " prone to sudden floods.",
          "A spokesman for the forestry agency rejected that claim and said the rainfall had simply"
              + " been exceptional.",
          "Local businesses fear it will take months to reopen, and insurers have sent assessors to"
              + " the area.",
          "The flood is the worst in the valley since 1997, when eleven people died.");

  static Article article(
      String id, List<String> sentences, LocalDate published, String syndicatedFrom) {
    List<Paragraph> paragraphs = sentences.stream().map(Paragraph::body).toList();
    ArticleMetadata meta =
        new ArticleMetadata(null, null, null, null, published, null, "en", null, syndicatedFrom);
    return new Article(id, id + ".txt", meta, paragraphs, null);
  }

  private final NearDuplicates rule = new NearDuplicates();

  @Test
  void aSyndicatedCopyWithReworkedSentencesAndBoilerplateIsANearDuplicate() {
    NearDuplicates.Pair pair =
        rule.compare(
            article("wire", WIRE, null, null), article("copy", syndicatedCopy(), null, null));

    assertThat(pair.jaccard()).isBetween(0.45, 0.9);
    assertThat(rule.isNearDuplicate(pair)).isTrue();
  }

  @Test
  void twoOwnArticlesOnTheSameStorySharingAQuoteAreNotNearDuplicates() {
    NearDuplicates.Pair pair =
        rule.compare(article("wire", WIRE, null, null), article("own", OWN_REPORT, null, null));

    assertThat(pair.jaccard()).isLessThan(0.15);
    assertThat(pair.containment()).isLessThan(0.3);
    assertThat(rule.isNearDuplicate(pair)).isFalse();
  }

  @Test
  void aShortenedCopyIsCaughtByContainment() {
    List<String> firstHalf = WIRE.subList(0, 7);
    NearDuplicates.Pair pair =
        rule.compare(article("wire", WIRE, null, null), article("brief", firstHalf, null, null));

    assertThat(pair.jaccard()).isLessThan(0.6);
    assertThat(pair.containment()).isGreaterThan(0.85);
    assertThat(rule.isNearDuplicate(pair)).isTrue();
  }

  @Test
  void theLaterCopyIsMarkedAsDuplicateOfTheEarlierOriginal() {
    Article copy = article("copy", syndicatedCopy(), LocalDate.of(2024, 3, 22), null);
    Article wire = article("wire", WIRE, LocalDate.of(2024, 3, 21), null);
    Article own = article("own", OWN_REPORT, LocalDate.of(2024, 3, 21), null);

    List<Article> marked = rule.mark(List.of(copy, wire, own));

    assertThat(marked).extracting(Article::id).containsExactly("copy", "wire", "own");
    assertThat(marked).extracting(Article::duplicateOf).containsExactly("wire", null, null);
  }

  @Test
  void withoutDatesTheFirstSeenIsTheOriginal() {
    List<Article> marked =
        rule.mark(
            List.of(article("a", syndicatedCopy(), null, null), article("b", WIRE, null, null)));

    assertThat(marked).extracting(Article::duplicateOf).containsExactly(null, "a");
  }

  @Test
  void anArticleThatSaysItIsSyndicatedIsNeverTheOriginal() {
    Article copy = article("copy", syndicatedCopy(), LocalDate.of(2024, 3, 20), "Wire Service");
    Article wire = article("wire", WIRE, LocalDate.of(2024, 3, 21), null);

    assertThat(rule.mark(List.of(copy, wire)))
        .extracting(Article::duplicateOf)
        .containsExactly("wire", null);
  }

  @Test
  void copiesOfCopiesAllPointAtTheOneOriginal() {
    List<String> secondCopy = new ArrayList<>(syndicatedCopy());
    secondCopy.set(
        5, "Boats and a helicopter were used in the search, which went on all afternoon.");
    List<Article> marked =
        rule.mark(
            List.of(
                article("wire", WIRE, LocalDate.of(2024, 3, 21), null),
                article("copy1", syndicatedCopy(), LocalDate.of(2024, 3, 22), null),
                article("copy2", secondCopy, LocalDate.of(2024, 3, 23), null)));

    assertThat(marked).extracting(Article::duplicateOf).containsExactly(null, "wire", "wire");
  }

  @Test
  void similarPairsListsOnlyCandidatePairsInInputOrder() {
    List<NearDuplicates.Pair> pairs =
        rule.similarPairs(
            List.of(
                article("wire", WIRE, null, null),
                article("own", OWN_REPORT, null, null),
                article("copy", syndicatedCopy(), null, null)));

    assertThat(pairs)
        .extracting(NearDuplicates.Pair::first, NearDuplicates.Pair::second)
        .contains(org.assertj.core.groups.Tuple.tuple("wire", "copy"));
  }

  @Test
  void minHashEstimatesJaccardWithinItsStandardError() {
    long[] a = Shingles.of(String.join(" ", WIRE), 5);
    long[] b = Shingles.of(String.join(" ", syndicatedCopy()), 5);
    double exact = exactJaccard(a, b);
    MinHash minHash = new MinHash(NearDuplicates.FUNCTIONS, 42);

    double estimate = MinHash.similarity(minHash.signature(a), minHash.signature(b));

    assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
  }

  @Test
  void shinglesIgnoreCaseQuotesAndPunctuation() {
    assertThat(Shingles.of("\u201cWe never saw it,\u201d she said.", 3))
        .containsExactly(Shingles.of("\"we never saw it\" -- SHE SAID", 3));
  }

  private static double exactJaccard(long[] a, long[] b) {
    long shared = Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) >= 0).count();
    return (double) shared / (a.length + b.length - shared);
  }
}
