package org.crosscheck.bench;

import java.util.Locale;

/**
 * The figures of one extractor on the two extraction benchmarks.
 *
 * @param extractor the extractor's name
 * @param pages article-extraction pages scored
 * @param precision mean shingle precision
 * @param recall mean shingle recall
 * @param f1 harmonic mean of precision and recall
 * @param accuracy share of pages whose tokens equal the truth's exactly
 * @param pagesPerSecond extraction speed with metadata, one thread, after warm-up, measured in
 *     the thread's CPU time (the speed of one core, whatever else the machine runs)
 * @param pagesPerSecondWall the same pass measured by the wall clock
 * @param wcxbPages WCXB pages scored
 * @param wcxbF1 mean per-page token F1
 * @param wcxbPrecision mean per-page token precision
 * @param wcxbRecall mean per-page token recall
 * @param withRate share of {@code with} snippets found in the body
 * @param withoutRate share of {@code without} snippets kept out of the body
 * @param titleAccuracy exact title matches over pages with a true title
 * @param authorAccuracy exact author matches over pages with a true author
 * @param dateAccuracy exact publication-date matches over pages with a true date
 */
public record ExtractionResult(
    String extractor,
    int pages,
    double precision,
    double recall,
    double f1,
    double accuracy,
    double pagesPerSecond,
    double pagesPerSecondWall,
    int wcxbPages,
    double wcxbF1,
    double wcxbPrecision,
    double wcxbRecall,
    double withRate,
    double withoutRate,
    double titleAccuracy,
    double authorAccuracy,
    double dateAccuracy) {

  /** The figures as printed lines. */
  public String format() {
    return String.format(
        Locale.ROOT,
        "%s%n  article-extraction (%d pages): P %.4f  R %.4f  F1 %.4f  accuracy %.4f%n"
            + "    speed %.1f pages/s (one core, CPU time; %.1f pages/s wall clock)%n"
            + "  wcxb-articles (%d pages): F1 %.4f (P %.4f R %.4f)  with %.4f  without %.4f%n"
            + "    title %.4f  author %.4f  date %.4f",
        extractor, pages, precision, recall, f1, accuracy, pagesPerSecond, pagesPerSecondWall,
        wcxbPages, wcxbF1,
        wcxbPrecision, wcxbRecall, withRate, withoutRate, titleAccuracy, authorAccuracy,
        dateAccuracy);
  }
}
