/**
 * Stage 1: read articles from files, folders, feeds, web archives, JSON Lines and URLs.
 *
 * <p>{@link org.crosscheck.ingest.Ingest} is the entry point; it turns inputs into {@link
 * org.crosscheck.model.SourceDocument}s and every failure into an {@link
 * org.crosscheck.ingest.IngestProblem}, never an exception. The other classes of the package are
 * its parts, package-private.
 */
package org.crosscheck.ingest;
