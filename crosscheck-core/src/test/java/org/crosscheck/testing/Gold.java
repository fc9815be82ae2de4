package org.crosscheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the gold TSV files of the seed corpus: rows without the comment header. */
public final class Gold {
  private Gold() {}

  /** The rows of {@code gold/NAME}, each split on tabs (trailing empty columns kept). */
  public static List<List<String>> rows(String name) {
    try {
      List<List<String>> rows = new ArrayList<>();
      for (String line : Files.readAllLines(Shared.gold(name))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(Arrays.asList(line.split("\t", -1)));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
