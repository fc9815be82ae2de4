package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Measures the text cleaner on pages it has never seen: the WCXB article pages in {@code
 * ../shared/bench/wcxb-articles}, each rendered to plain text the way a scraper that keeps every
 * block on its own line would, then cleaned and scored against the true body with WCXB's token F1.
 * The raw rendered text is scored too, as the baseline the cleaner must beat.
 *
 * <p>Slow (hundreds of pages); run it on its own: {@code -Dtest=TextCleanerBenchIT}.
 */
class TextCleanerBenchIT {

  private static final Path BENCH =
      Path.of(System.getProperty("crosscheck.shared", "../shared"), "bench", "wcxb-articles");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "br",
          "tr",
          "td",
          "th",
          "table",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "figure",
          "figcaption",
          "blockquote",
          "form",
          "main",
          "dt",
          "dd",
          "dl",
          "pre",
          "hr",
          "button",
          "label",
          "time",
          "address");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void theCleanerBeatsTheRawTextOnUnseenPages() throws IOException {
    double rawF1 = 0, cleanP = 0, cleanR = 0, cleanF1 = 0;
    int pages = 0, failed = 0, titles = 0, titlesFound = 0, dates = 0, datesFound = 0;
    try (Stream<Path> files = Files.list(BENCH.resolve("ground-truth"))) {
      for (Path truthFile : files.sorted().toList()) {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile()).get("ground_truth");
        String id = truthFile.getFileName().toString().replace(".json", "");
        Path html = BENCH.resolve("html").resolve(id + ".html.gz");
        if (!Files.exists(html)) {
          continue;
        }
        String text = render(read(html));
        String expected = truth.path("main_content").asText("");
        pages++;
        rawF1 += score(text, expected)[2];
        String cleaned = "";
        try {
          Article article =
              cleaner.clean(
                  new SourceDocument(id, html.toString(), SourceDocument.Format.TEXT, text, null));
          cleaned = article.text();
          String title = truth.path("title").asText("").strip();
          if (!title.isEmpty()) {
            titles++;
            titlesFound += title.equals(article.metadata().title()) ? 1 : 0;
          }
          String date = truth.path("publish_date").asText("").strip();
          if (!date.isEmpty() && !date.equals("null")) {
            dates++;
            datesFound += date.equals(String.valueOf(article.metadata().published())) ? 1 : 0;
          }
        } catch (CleanException e) {
          failed++;
        }
        double[] prf = score(cleaned, expected);
        cleanP += prf[0];
        cleanR += prf[1];
        cleanF1 += prf[2];
      }
    }
    System.out.printf(
        Locale.ROOT,
        "WCXB text-mode, %d pages (%d rejected): raw F1 %.3f | cleaned P %.3f R %.3f F1 %.3f"
            + " | title exact %d/%d | date exact %d/%d%n",
        pages,
        failed,
        rawF1 / pages,
        cleanP / pages,
        cleanR / pages,
        cleanF1 / pages,
        titlesFound,
        titles,
        datesFound,
        dates);
    assertThat(cleanF1 / pages).isGreaterThan(rawF1 / pages);
  }

  @Test
  void theCleanerBeatsTheRawTextOnNewsPages() throws IOException {
    Path bench = BENCH.resolveSibling("article-extraction");
    JsonNode truths = new ObjectMapper().readTree(bench.resolve("ground-truth.json").toFile());
    double[] raw = new double[2];
    double[] cleaned = new double[2];
    int[] counted = new int[4];
    for (var it = truths.fields(); it.hasNext(); ) {
      var entry = it.next();
      Path html = bench.resolve("html").resolve(entry.getKey() + ".html.gz");
      if (!Files.exists(html)) {
        continue;
      }
      String text = render(read(html));
      String expected = entry.getValue().path("articleBody").asText("");
      String clean = "";
      try {
        clean =
            cleaner
                .clean(
                    new SourceDocument(
                        entry.getKey(), html.toString(), SourceDocument.Format.TEXT, text, null))
                .text();
      } catch (CleanException e) {
        // scored as an empty prediction
      }
      addShingleScore(text, expected, raw, counted, 0);
      addShingleScore(clean, expected, cleaned, counted, 2);
    }
    double rawP = raw[0] / counted[0];
    double rawR = raw[1] / counted[1];
    double p = cleaned[0] / counted[2];
    double r = cleaned[1] / counted[3];
    System.out.printf(
        Locale.ROOT,
        "article-extraction text-mode, %d pages: raw P %.3f R %.3f F1 %.3f | cleaned P %.3f R %.3f"
            + " F1 %.3f%n",
        counted[1],
        rawP,
        rawR,
        2 * rawP * rawR / (rawP + rawR),
        p,
        r,
        2 * p * r / (p + r));
    assertThat(2 * p * r / (p + r)).isGreaterThan(2 * rawP * rawR / (rawP + rawR));
  }

  /** The article-extraction scorer: multisets of 4-token shingles, per-page P and R summed. */
  private static void addShingleScore(
      String predicted, String truth, double[] sums, int[] counted, int slot) {
    Map<String, Integer> p = shingles(predicted);
    Map<String, Integer> t = shingles(truth);
    int tp = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    int fp = p.values().stream().mapToInt(Integer::intValue).sum() - tp;
    int fn = t.values().stream().mapToInt(Integer::intValue).sum() - tp;
    if (fp == 0 && fn == 0) {
      sums[0] += 1;
      sums[1] += 1;
      counted[slot]++;
      counted[slot + 1]++;
      return;
    }
    if (tp + fp > 0) {
      sums[0] += (double) tp / (tp + fp);
      counted[slot]++;
    }
    sums[1] += tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    counted[slot + 1]++;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    if (words.isEmpty()) {
      return counts;
    }
    if (words.size() < 4) {
      counts.put(String.join(" ", words), 1);
      return counts;
    }
    for (int i = 0; i + 4 <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + 4)), 1, Integer::sum);
    }
    return counts;
  }

  /** WCXB's scorer: multiset overlap of lower-cased word tokens; precision, recall, F1. */
  static double[] score(String predicted, String truth) {
    Map<String, Integer> p = tokens(predicted);
    Map<String, Integer> t = tokens(truth);
    int pn = p.values().stream().mapToInt(Integer::intValue).sum();
    int tn = t.values().stream().mapToInt(Integer::intValue).sum();
    if (pn == 0 && tn == 0) {
      return new double[] {1, 1, 1};
    }
    int shared = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      shared += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    double precision = pn == 0 ? 0 : (double) shared / pn;
    double recall = tn == 0 ? 0 : (double) shared / tn;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  private static Map<String, Integer> tokens(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  /** The page's visible text, one line per block element, as a simple scraper would save it. */
  static String render(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template, svg, iframe, head").remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.text());
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              sb.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              sb.append('\n');
            }
          }
        },
        doc.body() == null ? doc : doc.body());
    return sb.toString();
  }

  private static String read(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
