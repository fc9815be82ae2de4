package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text cleaner against the hand-made answers for the five seed articles in {@code
 * ../shared/corpus/seeds}: every line of page furniture listed in {@code gold/boilerplate.tsv}
 * goes, every other line of the article stays, and bylines and credits land in the metadata.
 */
class TextCleanerSeedsTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("crosscheck.shared", "../shared"), "corpus", "seeds");

  private final TextCleaner cleaner = new TextCleaner();

  static Stream<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void noBoilerplateLineIsLeftInTheArticle(String file) throws Exception {
    Article article = cleaner.clean(seed(file));

    List<String> texts =
        new ArrayList<>(article.paragraphs().stream().map(Paragraph::text).toList());
    if (article.metadata().title() != null) {
      texts.add(article.metadata().title());
    }
    for (String furniture : boilerplate(file)) {
      assertThat(texts)
          .as("%s: furniture '%s' left in%n%s", file, furniture, explain(file))
          .noneMatch(t -> t.startsWith(furniture));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyOtherLineOfTheArticleIsKept(String file) throws Exception {
    Article article = cleaner.clean(seed(file));

    List<String> kept = article.paragraphs().stream().map(Paragraph::text).toList();
    assertThat(kept).as("%s%n%s", file, explain(file)).containsAll(expectedKept(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void theHeadlineIsTheTitleAndNotABodyParagraph(String file) throws Exception {
    SourceDocument withoutTitleHint = withHints(file, false);
    Article article = cleaner.clean(withoutTitleHint);

    String title =
        manifest(file).path("title").isNull() ? null : manifest(file).get("title").asText();
    assertThat(article.metadata().title()).as(explain(file)).isEqualTo(title);
    if (title != null) {
      assertThat(article.paragraphs()).extracting(Paragraph::text).doesNotContain(title);
    }
  }

  @Test
  void bylinesAndCreditsLandInTheMetadata() throws Exception {
    ArticleMetadata chronicle = cleaner.clean(seed("000_9d7eb91e5eac3e5b.txt")).metadata();
    ArticleMetadata localReport = cleaner.clean(seed("002_4f77181f296bf275.txt")).metadata();
    ArticleMetadata voa = cleaner.clean(seed("003_ec72712f37cfde25.txt")).metadata();

    assertThat(chronicle.authors()).containsExactly("Palestine Chronicle Staff");
    assertThat(voa.authors()).containsExactly("Nike Ching");
    assertThat(voa.credits()).containsExactly("VOA’s Cindy Saine contributed to this report.");
    assertThat(localReport.credits())
        .containsExactly(
            "VOA State Department Bureau Chief Nike Ching contributed to this report.",
            "Information for this report was obtained in part from The Associated Press, AFP and"
                + " Reuters.");
  }

  @Test
  void theSectionHeadingsAreHeadings() throws Exception {
    assertThat(headings("000_9d7eb91e5eac3e5b.txt"))
        .containsExactly("Humanitarian Aid", "Governance and Security", "Close to 32,000 Killed");
    assertThat(headings("001_59a3c848024e7501.txt")).containsExactly("'Systematic crimes'");
    assertThat(headings("004_da43695a8d52e1db.txt"))
        .containsExactly("Netanyahu Strongwilled On Rafah");
  }

  @Test
  void theHintsAreKept() throws Exception {
    ArticleMetadata metadata = cleaner.clean(seed("001_59a3c848024e7501.txt")).metadata();

    assertThat(metadata.outlet()).isEqualTo("Haaretz");
    assertThat(metadata.published()).isEqualTo(LocalDate.of(2021, 5, 17));
    assertThat(metadata.language()).isEqualTo("en");
  }

  // ---- helpers

  private List<String> headings(String file) throws Exception {
    return cleaner.clean(seed(file)).paragraphs().stream()
        .filter(Paragraph::heading)
        .map(Paragraph::text)
        .toList();
  }

  /**
   * Every non-blank raw line that is not a boilerplate line, not the title and not a repeat of an
   * earlier line.
   */
  private static List<String> expectedKept(String file) throws IOException {
    List<String> furniture = boilerplate(file);
    JsonNode entry = manifest(file);
    String title = entry.path("title").isNull() ? null : entry.get("title").asText();
    Set<String> seen = new HashSet<>();
    List<String> expected = new ArrayList<>();
    for (String raw : Files.readAllLines(SEEDS.resolve(file), StandardCharsets.UTF_8)) {
      String line = normalise(raw);
      if (line.isEmpty()
          || line.equals(title)
          || !seen.add(line)
          || furniture.stream().anyMatch(line::startsWith)) {
        continue;
      }
      expected.add(line);
    }
    return expected;
  }

  private static List<String> boilerplate(String file) throws IOException {
    String id = file.substring(0, 3);
    List<String> lines = new ArrayList<>();
    for (String row :
        Files.readAllLines(SEEDS.resolve("gold/boilerplate.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = row.split("\t");
      if (!row.startsWith("#") && cols.length >= 2 && cols[0].equals(id)) {
        lines.add(normalise(cols[1]));
      }
    }
    return lines;
  }

  private static String normalise(String line) {
    return line.replaceAll("[\\u00A0\\u202F\\u2007\\t ]+", " ").strip();
  }

  private static SourceDocument seed(String file) throws IOException {
    return withHints(file, true);
  }

  private static SourceDocument withHints(String file, boolean withTitle) throws IOException {
    JsonNode entry = manifest(file);
    ArticleMetadata hints =
        new ArticleMetadata(
            null,
            text(entry, "outlet"),
            withTitle ? text(entry, "title") : null,
            List.of(),
            LocalDate.parse(entry.get("published").asText()),
            null,
            text(entry, "language"),
            List.of());
    String content = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
    return new SourceDocument(
        file, SEEDS.resolve(file).toString(), SourceDocument.Format.TEXT, content, hints);
  }

  private static JsonNode manifest(String file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(SEEDS.resolve("manifest.json").toFile());
    for (JsonNode entry : root.get("articles")) {
      if (entry.get("file").asText().equals(file)) {
        return entry;
      }
    }
    throw new IllegalArgumentException("not in the manifest: " + file);
  }

  private static String text(JsonNode entry, String field) {
    return entry.path(field).isNull() || entry.path(field).isMissingNode()
        ? null
        : entry.get(field).asText();
  }

  private String explain(String file) {
    try {
      return cleaner.classify(seed(file)).toString();
    } catch (IOException e) {
      return e.toString();
    }
  }
}
