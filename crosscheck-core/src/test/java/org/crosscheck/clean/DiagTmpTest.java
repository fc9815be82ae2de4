package org.crosscheck.clean;
import com.fasterxml.jackson.databind.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.crosscheck.model.*;
import org.junit.jupiter.api.Test;
class DiagTmpTest {
  @Test void diag() throws Exception {
    Path bench = Path.of(System.getProperty("crosscheck.shared"), "bench", "wcxb-articles");
    String only = System.getProperty("pages", "0003,0010,0020,0030,0040,0050");
    for (String id : only.split(",")) {
      JsonNode truth = new ObjectMapper().readTree(bench.resolve("ground-truth/" + id + ".json").toFile()).get("ground_truth");
      String html = new String(new GZIPInputStream(Files.newInputStream(bench.resolve("html/" + id + ".html.gz"))).readAllBytes());
      String text = TextCleanerBenchIT.render(html);
      var doc = new SourceDocument(id, id, SourceDocument.Format.TEXT, text, null);
      var page = new TextCleaner().classify(doc);
      String t = truth.path("main_content").asText().toLowerCase();
      System.out.println("=== " + id + " title=" + truth.path("title").asText() + " | found=" + page.foundMetadata().title());
      for (int i = 0; i < page.size(); i++) {
        String l = page.text(i);
        boolean inTruth = t.contains(l.toLowerCase().substring(0, Math.min(40, l.length())));
        String mark = page.role(i).kept() ? (inTruth ? "  ok " : "  FP ") : (inTruth ? "  FN " : "     ");
        System.out.println(mark + String.format("%-12.12s", page.role(i)) + " | " + (l.length() > 110 ? l.substring(0, 110) : l));
      }
    }
  }
}
