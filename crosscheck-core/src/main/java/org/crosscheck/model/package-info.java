/**
 * The immutable records that flow between the pipeline stages: articles, annotated sentences,
 * actors, quotes, figures, events and stories, each extracted item carrying its {@link
 * org.crosscheck.model.Evidence}.
 */
package org.crosscheck.model;
