package org.crosscheck.model;

/** Who a quotation is attributed to. */
public enum SpeakerKind {
  /** A named person. */
  PERSON,
  /** An organisation, country or group speaking as one ("the State Department said"). */
  ORGANISATION,
  /** A document: a statement, readout, resolution or tweet with no person named. */
  DOCUMENT,
  /** The text names no speaker (an interviewer's question). */
  NONE;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
