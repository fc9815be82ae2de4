/**
 * Cleaning of HTML pages: finds the article body (paragraphs and headings without page furniture)
 * and the page's metadata (title, authors, dates, outlet, language, canonical URL). The entry
 * point is {@link org.crosscheck.clean.html.HtmlCleaner}.
 */
package org.crosscheck.clean.html;
