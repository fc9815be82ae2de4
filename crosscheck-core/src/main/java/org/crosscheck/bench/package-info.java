/** Benchmarks that print their figures: extraction quality and speed, pipeline speed, PLOVER. */
package org.crosscheck.bench;
