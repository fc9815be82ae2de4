/** Extraction of quotes from annotated articles. */
package org.crosscheck.extract.quotes;
