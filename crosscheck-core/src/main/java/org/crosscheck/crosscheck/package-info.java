/**
 * Stage 6: align the same facts across sources; flag agreements and conflicts.
 *
 * <p>{@link org.crosscheck.crosscheck.CrossChecker} is the entry point; it returns a {@link
 * org.crosscheck.crosscheck.CrossCheck} of {@link org.crosscheck.model.Finding}s, each naming the
 * quotes, figures or events involved and their evidence.
 */
package org.crosscheck.crosscheck;
