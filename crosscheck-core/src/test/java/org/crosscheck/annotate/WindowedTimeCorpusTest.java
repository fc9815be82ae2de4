package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.testing.Shared;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Test;

/**
 * Windowed SUTime gives every {@link Sentence} record (tokens, NER and normalized tags, entity and
 * time mentions) exactly as stock CoreNLP does with SUTime on whole sentences, on real article
 * bodies: the gold body texts of the WCXB pages in {@code ../shared/bench/wcxb-articles}, each
 * with its gold publication date as document date. Both sides skip the parse, which windows do
 * not touch.
 *
 * <p>By default it reads the first {@value #DEFAULT_ARTICLES} pages with the chosen margin (about
 * a minute). The margin was chosen with a sweep over 200 pages: {@code
 * -Dcrosscheck.timeCheck.articles=200 -Dcrosscheck.timeCheck.margins=0,1,2,3,4,6}; it prints the
 * differing sentences of each margin and fails only if the chosen margin differs.
 */
class WindowedTimeCorpusTest {

  private static final int DEFAULT_ARTICLES = 15;

  @Test
  void wcxbBodiesAreAnnotatedExactlyAsWithSutimeOnWholeSentences() throws IOException {
    Path dir = Shared.dir().resolve("bench/wcxb-articles/ground-truth");
    assumeTrue(Files.isDirectory(dir), "no " + dir);
    int count = Integer.getInteger("crosscheck.timeCheck.articles", DEFAULT_ARTICLES);
    List<Article> articles = articles(dir, count);
    CoreNlpAnnotator stock = CoreNlpAnnotator.loadStock(false);
    List<AnnotatedArticle> expected = new ArrayList<>();
    long tokens = 0;
    for (Article a : articles) {
      AnnotatedArticle e = stock.annotate(a);
      expected.add(e);
      tokens += e.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    }
    stock = null;
    System.out.printf("windowed SUTime check: %d articles, %d tokens%n", articles.size(), tokens);
    int chosenDifferences = -1;
    for (int margin : margins()) {
      CoreNlpAnnotator windowed = CoreNlpAnnotator.load(margin, false);
      int sentences = 0;
      int differences = 0;
      for (int i = 0; i < articles.size(); i++) {
        List<Sentence> want = expected.get(i).sentences();
        List<Sentence> got = windowed.annotate(articles.get(i)).sentences();
        assertThat(got).hasSameSizeAs(want);
        for (int j = 0; j < want.size(); j++) {
          sentences++;
          if (!want.get(j).equals(got.get(j))) {
            differences++;
            System.out.printf(
                "margin %d, %s: %s%n  stock:    %s %s%n  windowed: %s %s%n",
                margin, articles.get(i).id(), want.get(j).text(),
                want.get(j).times(), tags(want.get(j)), got.get(j).times(), tags(got.get(j)));
          }
        }
      }
      System.out.printf(
          "margin %d: %d of %d sentences differ%n", margin, differences, sentences);
      if (margin == CoreNlpAnnotator.MARGIN) {
        chosenDifferences = differences;
      }
    }
    if (chosenDifferences >= 0) {
      assertThat(chosenDifferences).as("sentences that differ at the chosen margin").isZero();
    }
  }

  private static List<String> tags(Sentence s) {
    return s.tokens().stream()
        .filter(t -> !"O".equals(t.ner()))
        .map(t -> t.word() + "/" + t.ner() + (t.normalized() == null ? "" : "=" + t.normalized()))
        .toList();
  }

  private static int[] margins() {
    String m = System.getProperty("crosscheck.timeCheck.margins");
    if (m == null) {
      return new int[] {CoreNlpAnnotator.MARGIN};
    }
    return Arrays.stream(m.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
  }

  /** The first {@code count} pages' gold bodies, one paragraph a line, dated by their gold date. */
  private static List<Article> articles(Path dir, int count) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(count).toList();
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      JsonNode truth = mapper.readTree(f.toFile()).path("ground_truth");
      String[] paragraphs =
          Arrays.stream(truth.path("main_content").asText("").split("\n"))
              .map(String::strip)
              .filter(p -> !p.isEmpty())
              .toArray(String[]::new);
      if (paragraphs.length > 0) {
        String id = f.getFileName().toString().replace(".json", "");
        articles.add(Texts.article(id, date(truth.path("publish_date").asText(null)), paragraphs));
      }
    }
    return articles;
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
