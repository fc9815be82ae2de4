package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into the token windows SUTime reads: each anchor word ({@link TimeGate}) with
 * {@code margin} tokens on each side, windows that overlap or lie less than {@code margin} tokens
 * apart merged into one (a few extra tokens cost less than SUTime's fixed work per window).
 *
 * <p>Immutable and thread-safe.
 */
final class TimeWindows {

  /** A half-open token range {@code [begin, end)} of a sentence. */
  record Window(int begin, int end) {
    Window {
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException("empty or negative window " + begin + ".." + end);
      }
    }
  }

  private final int margin;

  TimeWindows(int margin) {
    if (margin < 0) {
      throw new IllegalArgumentException("negative margin " + margin);
    }
    this.margin = margin;
  }

  int margin() {
    return margin;
  }

  /** The windows around the anchors, in order, disjoint and inside {@code [0, anchors.length)}. */
  List<Window> around(boolean[] anchors) {
    List<Window> windows = new ArrayList<>();
    int n = anchors.length;
    int begin = -1;
    int end = -1;
    for (int i = 0; i < n; i++) {
      if (!anchors[i]) {
        continue;
      }
      int b = Math.max(0, i - margin);
      int e = Math.min(n, i + margin + 1);
      if (begin >= 0 && b < end + margin) {
        end = e;
      } else {
        if (begin >= 0) {
          windows.add(new Window(begin, end));
        }
        begin = b;
        end = e;
      }
    }
    if (begin >= 0) {
      windows.add(new Window(begin, end));
    }
    return windows;
  }

  @Override
  public String toString() {
    return "TimeWindows(margin=" + margin + ")";
  }
}
