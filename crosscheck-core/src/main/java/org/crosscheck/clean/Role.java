package org.crosscheck.clean;

/**
 * What the text cleaner decided one line of a page is. Only {@link #BODY} and {@link #HEADING} are
 * kept.
 */
enum Role {
  /** Not decided yet. */
  OPEN,
  /** Article body text. */
  BODY,
  /** A section heading inside the body. */
  HEADING,
  /** The headline, moved to the metadata. */
  TITLE,
  /** "By Nike Ching": moved to the metadata's authors. */
  BYLINE,
  /** "... contributed to this report.": moved to the metadata's credits. */
  CREDIT,
  /** "Published: March 21, 2024": moved to the metadata's dates. */
  DATE,
  /** Navigation, widgets, players, comment forms, promotions, related links. */
  FURNITURE,
  /** "(The Palestine Chronicle)": the outlet naming itself. */
  OUTLET_TAG,
  /** A photo caption or credit. */
  CAPTION,
  /** A repeat of an earlier line. */
  REPEAT,
  /** An author's name and bio. */
  AUTHOR_BOX,
  /** A speaker's name alone after a pull quote. */
  PULL_QUOTE_CREDIT;

  boolean kept() {
    return this == BODY || this == HEADING;
  }
}
