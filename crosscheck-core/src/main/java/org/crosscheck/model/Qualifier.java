package org.crosscheck.model;

/** How exact a reported figure is, as the text words it. */
public enum Qualifier {
  EXACT("exact"),
  ABOUT("about"),
  MORE_THAN("more than"),
  AT_LEAST("at least"),
  NEARLY("nearly"),
  CLOSE_TO("close to"),
  LESS_THAN("less than"),
  AT_MOST("at most"),
  PERCENT("percent");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  /** The words used in the report ("more than"). */
  public String label() {
    return label;
  }
}
