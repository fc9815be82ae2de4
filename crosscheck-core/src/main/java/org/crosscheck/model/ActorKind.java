package org.crosscheck.model;

/** What sort of actor an {@link Actor} is. */
public enum ActorKind {
  PERSON,
  ORGANISATION,
  COUNTRY,
  GROUP;

  /** The lower-case name used in the JSON report. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
