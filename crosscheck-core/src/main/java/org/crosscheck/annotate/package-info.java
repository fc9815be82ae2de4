/**
 * Stage 3: tokens, sentences, POS, lemmas, NER, resolved dates and dependency parses. The only
 * package that touches Stanford CoreNLP; it converts CoreNLP's output into our records at once.
 */
package org.crosscheck.annotate;
