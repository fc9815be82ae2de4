package org.crosscheck.testing;

import org.crosscheck.annotate.Annotator;
import org.crosscheck.annotate.CoreNlpAnnotator;

/**
 * The CoreNLP annotator shared by every test in the JVM: its models load once per test run
 * (surefire runs the whole suite in one JVM).
 */
public final class SharedAnnotator {
  private SharedAnnotator() {}

  private static final class Holder {
    static final Annotator INSTANCE = CoreNlpAnnotator.load();
  }

  public static Annotator get() {
    return Holder.INSTANCE;
  }
}
