/** Stage 4: actors, quotes, figures and events from annotated articles, each with evidence. */
package org.crosscheck.extract;
