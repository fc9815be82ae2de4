package org.crosscheck.annotate;

import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import org.crosscheck.model.*;
import org.crosscheck.testing.Texts;

/** Dev probe: prints the annotation of a seed file. Not a test. */
public class AnnotateProbe {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Annotator a = CoreNlpAnnotator.load();
    System.out.printf("load %.1fs%n", (System.nanoTime() - t0) / 1e9);
    for (String f : args) {
      String[] parts = f.split("@");
      List<String> paras = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(parts[0]))) if (!line.isBlank()) paras.add(line.trim());
      Article art = Texts.article(Path.of(parts[0]).getFileName().toString(), LocalDate.parse(parts[1]), paras.toArray(new String[0]));
      long t1 = System.nanoTime();
      AnnotatedArticle aa = a.annotate(art);
      int toks = aa.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      System.out.printf("%s: %d sentences %d tokens %.2fs%n", art.id(), aa.sentences().size(), toks, (System.nanoTime() - t1) / 1e9);
      for (Sentence s : aa.sentences()) {
        for (TimeMention t : s.times()) System.out.println("  TIME " + t.text() + " -> " + t.value() + " [" + t.type() + "]");
      }
      if (System.getProperty("ents") != null) for (Sentence s : aa.sentences()) for (EntityMention e : s.entities()) System.out.println("  ENT " + e.type() + " " + e.text());
    }
  }
}
