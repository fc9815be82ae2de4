package org.crosscheck.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared}, the data beside the repository (never copied into it). */
public final class Shared {
  private Shared() {}

  public static Path dir() {
    String prop = System.getProperty("crosscheck.shared");
    Path p = prop != null ? Path.of(prop) : Path.of("../shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("../../shared");
    }
    Assumptions.assumeTrue(Files.isDirectory(p), "../shared is not beside the repository");
    return p.toAbsolutePath().normalize();
  }

  public static Path seeds() {
    return dir().resolve("corpus/seeds");
  }

  public static Path gold(String file) {
    return seeds().resolve("gold").resolve(file);
  }
}
