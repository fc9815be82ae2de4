package org.crosscheck.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the knowledge tables beside this class: tab-separated rows, {@code #} comments and blank
 * lines skipped, every row with exactly the expected number of columns.
 *
 * <p>A malformed row stops loading with an {@link IllegalArgumentException} that names the table
 * and the line: a half-read table would silently weaken every article.
 */
final class TsvRows {
  private TsvRows() {}

  /** One row: its cells and the 1-based line it came from, for error messages. */
  record Row(String source, int line, List<String> cells) {
    String get(int i) {
      return cells.get(i);
    }

    /** A cell that may be {@code -} (empty). */
    String optional(int i) {
      String v = cells.get(i);
      return v.equals("-") ? null : v;
    }

    /** A {@code ;}-separated list cell, {@code -} for none. */
    List<String> list(int i) {
      String v = cells.get(i);
      if (v.equals("-")) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String part : v.split(";")) {
        if (part.isBlank()) {
          throw error("empty item in list column " + (i + 1));
        }
        out.add(part.strip());
      }
      return out;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + " line " + line + ": " + message);
    }
  }

  /** Reads a classpath resource next to this class. */
  static List<Row> resource(String name, int columns) {
    InputStream in = TsvRows.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return read(name, new InputStreamReader(in, StandardCharsets.UTF_8), columns);
  }

  /** Reads rows from {@code reader}; {@code source} names it in error messages. */
  static List<Row> read(String source, Reader reader, int columns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split("\t", -1));
        Row row = new Row(source, n, cells);
        if (cells.size() != columns) {
          throw row.error(
              "expected " + columns + " tab-separated columns, found " + cells.size());
        }
        for (int i = 0; i < cells.size(); i++) {
          if (cells.get(i).isBlank()) {
            throw row.error("column " + (i + 1) + " is empty (write - for none)");
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
