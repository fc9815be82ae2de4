/** Extraction of events from annotated articles. */
package org.crosscheck.extract.events;
