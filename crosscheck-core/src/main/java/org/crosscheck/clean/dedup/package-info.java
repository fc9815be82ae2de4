/**
 * Near-duplicate detection: the same article republished by several outlets, found with word
 * shingles and MinHash and marked on the later copies.
 */
package org.crosscheck.clean.dedup;
