package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads the two extraction benchmarks' pages and truths from {@code shared/bench}: the HTML
 * decoded with the charset the page declares (UTF-8 when it declares none), as a fetcher would
 * hand it to the cleaner.
 */
public final class ExtractionPages {

  private static final Pattern CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");

  private ExtractionPages() {}

  /** One benchmark page with its truth; fields the benchmark does not give are null. */
  public record Page(
      String id,
      String url,
      String html,
      String body,
      String title,
      String author,
      String published,
      List<String> with,
      List<String> without) {}

  /** The article-extraction benchmark: {@code dir/ground-truth.json} and {@code dir/html}. */
  public static List<Page> articleExtraction(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      pages.add(
          new Page(
              e.getKey(),
              e.getValue().path("url").asText(null),
              read(html),
              e.getValue().path("articleBody").asText(""),
              null,
              null,
              null,
              List.of(),
              List.of()));
    }
    pages.sort((a, b) -> a.id().compareTo(b.id()));
    return pages;
  }

  /** The WCXB pages: {@code dir/html/NNNN.html.gz} and {@code dir/ground-truth/NNNN.json}. */
  public static List<Page> wcxb(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode j = mapper.readTree(f.toFile());
      String id = f.getFileName().toString().replace(".json", "");
      JsonNode g = j.path("ground_truth");
      pages.add(
          new Page(
              id,
              j.path("url").asText(null),
              read(dir.resolve("html").resolve(id + ".html.gz")),
              g.path("main_content").asText(""),
              text(g, "title"),
              text(g, "author"),
              text(g, "publish_date"),
              strings(g.path("with")),
              strings(g.path("without"))));
    }
    return pages;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * Gunzips and decodes a page: as UTF-8 when its bytes are valid UTF-8 (declarations are often
   * wrong, and other charsets' non-ASCII bytes almost never form valid UTF-8), else with the
   * charset it declares in its first bytes.
   */
  static String read(Path gz) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      bytes = in.readAllBytes();
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: the declared charset decides.
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Charset charset = Charset.forName("windows-1252");
    Matcher m = CHARSET.matcher(head);
    if (m.find()) {
      try {
        charset = Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        // An unknown charset name: UTF-8, the web's default, is the best guess.
      }
    }
    return new String(bytes, charset);
  }
}
