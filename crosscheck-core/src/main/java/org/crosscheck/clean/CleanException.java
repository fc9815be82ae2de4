package org.crosscheck.clean;

/** A document from which no article can be made; the message says why, for the user. */
public final class CleanException extends Exception {
  public CleanException(String message) {
    super(message);
  }
}
