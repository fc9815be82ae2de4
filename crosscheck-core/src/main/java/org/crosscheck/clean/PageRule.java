package org.crosscheck.clean;

/**
 * One rule of the text cleaner: reads the page's lines and marks the ones it recognises with a
 * {@link Role}. Rules run in a fixed order, each on the lines earlier rules left open.
 *
 * <p>Implementations are stateless and safe to share between threads.
 */
interface PageRule {

  /** Marks the lines of {@code page} this rule recognises; leaves the others as they are. */
  void apply(PageLines page);
}
