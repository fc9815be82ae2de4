/** Extraction of figures from annotated articles. */
package org.crosscheck.extract.figures;
