package org.crosscheck.extract.figures;

/**
 * A number found in a sentence: its token span and its value.
 *
 * @param start first token of the number ("two" in "two million")
 * @param end token after the number, "%" and "percent" included
 * @param head the token the parse attaches the number by (the last number token)
 * @param value the numeric value (2000000 for "two million", 100 for "100%")
 * @param percent true for a percentage
 */
record Quantity(int start, int end, int head, double value, boolean percent) {}
