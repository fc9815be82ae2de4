package org.crosscheck.annotate;

import edu.stanford.nlp.pipeline.*;
import java.nio.file.*;
import java.util.*;

/** Dev probe: CoreNLP per-annotator timing on the seeds. Not a test. */
public class SpeedProbe {
  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.setProperty("annotators", args[0]);
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    for (int i = 1; i < args.length; i++) { String[] kv = args[i].split("=", 2); props.setProperty(kv[0], kv[1]); }
    long t0 = System.nanoTime();
    StanfordCoreNLP p = new StanfordCoreNLP(props);
    System.out.printf("load %.1fs%n", (System.nanoTime() - t0) / 1e9);
    List<String> texts = new ArrayList<>();
    try (var ds = Files.newDirectoryStream(Path.of("/work/shared/corpus/seeds"), "*.txt")) { for (Path f : ds) texts.add(Files.readString(f)); }
    for (int r = 0; r < 3; r++) for (String t : texts) { Annotation a = new Annotation(t); a.set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, "2024-03-21"); p.annotate(a); }
    long t1 = System.nanoTime(); int n = 0;
    for (int r = 0; r < 6; r++) for (String t : texts) { Annotation a = new Annotation(t); a.set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, "2024-03-21"); p.annotate(a); n++; }
    double s = (System.nanoTime() - t1) / 1e9;
    System.out.printf("%d articles in %.1fs = %.2f articles/s%n", n, s, n / s);
    System.out.println(p.timingInformation());
  }
}
