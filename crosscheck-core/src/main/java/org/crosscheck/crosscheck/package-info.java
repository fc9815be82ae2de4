/** Stage 6: align the same facts across sources; flag agreements and conflicts. */
package org.crosscheck.crosscheck;
