package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crosscheck extract} prints clean articles, reports problems on stderr, and exits 0/1/2.
 */
class ExtractCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static final String REPORT =
      String.join(
          "\n\n",
          "The city council voted on Tuesday to close the old harbour bridge to cars from next"
              + " month.",
          "Engineers found cracks in two of the supporting pillars during an inspection in"
              + " January.",
          "\"Safety has to come first, even if it means longer journeys for a while,\" said council"
              + " leader Ana Ruiz.",
          "Buses and bicycles will still be allowed to cross while repair work is planned.",
          "Local shop owners warned that fewer visitors would reach the old town during the"
              + " closure.",
          "The repairs are expected to cost about 12 million euros and take at least a year.");

  @Test
  void jsonListsArticlesWithTheReportFieldNamesAndMarksCopies() throws Exception {
    write("a.txt", REPORT);
    write("b.txt", REPORT + "\n\nCopyright Harbour Wire. All rights reserved.");
    write(
        "manifest.json",
        """
{"articles": [
  {"file": "a.txt", "outlet": "Harbour Wire", "title": "Bridge to close", "published": "2024-03-20", "language": "en"},
  {"file": "b.txt", "outlet": "Town Post", "published": "2024-03-21"}]}
""");

    int exit = run("extract", dir.toString());

    assertThat(exit).isZero();
    JsonNode articles = new ObjectMapper().readTree(out.toString()).get("articles");
    assertThat(articles).hasSize(2);
    List<String> fields = new ArrayList<>();
    Iterator<String> names = articles.get(0).fieldNames();
    names.forEachRemaining(fields::add);
    // The contract's fields in its order; later extensions (updated, credits, ...) may sit between.
    assertThat(fields)
        .containsSubsequence(
            "id",
            "file",
            "outlet",
            "title",
            "byline",
            "published",
            "language",
            "duplicate_of",
            "paragraphs");
    assertThat(articles.get(0).get("outlet").asText()).isEqualTo("Harbour Wire");
    assertThat(articles.get(0).get("published").asText()).isEqualTo("2024-03-20");
    assertThat(articles.get(0).get("paragraphs")).hasSize(6);
    assertThat(articles.get(0).get("duplicate_of").isNull()).isTrue();
    assertThat(articles.get(1).get("duplicate_of").asText()).isEqualTo("a.txt");
    assertThat(err.toString()).contains("extract: read 2 articles; no problems");
  }

  @Test
  void jsonlPrintsOneArticlePerLineAndTextIsReadable() throws Exception {
    Path file = write("a.txt", REPORT);

    assertThat(run("extract", "--format", "jsonl", file.toString())).isZero();
    assertThat(out.toString().strip().lines()).hasSize(1);
    assertThat(new ObjectMapper().readTree(out.toString()).get("id").asText()).isEqualTo("a.txt");

    out.getBuffer().setLength(0);
    assertThat(run("extract", "--format", "text", file.toString())).isZero();
    assertThat(out.toString()).startsWith("=== a.txt\n").contains("\nBuses and bicycles");
  }

  @Test
  void outputGoesToAFileWhenAsked() throws Exception {
    Path file = write("a.txt", REPORT);
    Path target = dir.resolve("out/articles.json");

    assertThat(run("extract", "-o", target.toString(), file.toString())).isZero();

    assertThat(out.toString()).isEmpty();
    assertThat(new ObjectMapper().readTree(target.toFile()).get("articles")).hasSize(1);
  }

  @Test
  void problemsAreListedAndCountedAndTheRunGoesOn() throws Exception {
    Path good = write("a.txt", REPORT);
    Path empty = write("b.txt", "");
    Files.write(dir.resolve("c.txt"), "%PDF-1.5 ...".getBytes(StandardCharsets.US_ASCII));

    int exit =
        run(
            "extract",
            good.toString(),
            empty.toString(),
            dir.resolve("c.txt").toString(),
            dir.resolve("missing.txt").toString());

    assertThat(exit).isZero();
    assertThat(err.toString())
        .contains("skipped " + empty + ": empty")
        .contains("binary file: a PDF document")
        .contains("extract: read 1 article; 3 failed (not found 1, binary 1, empty 1)")
        .doesNotContain("Exception");
  }

  @Test
  void exitCodeIsOneWhenNothingCouldBeReadAndTwoForAUsageError() throws Exception {
    assertThat(run("extract", write("empty.txt", "").toString())).isEqualTo(1);
    assertThat(run("extract")).isEqualTo(2);
    assertThat(err.toString()).contains("Give at least one SOURCE");
  }

  @Test
  void aUrlIsFetchedOnlyWithAllowPrivateWhenTheServerIsLocal() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] page =
        ("<html><head><title>Bridge</title></head><body><p>" + REPORT + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/news/bridge",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/news/bridge";

      assertThat(run("extract", url)).isEqualTo(1);
      assertThat(err.toString()).contains("loopback").contains("--allow-private");
      out.getBuffer().setLength(0);

      assertThat(run("extract", "--allow-private", "--format", "jsonl", url)).isZero();
      JsonNode article = new ObjectMapper().readTree(out.toString());
      assertThat(article.get("url").asText()).isEqualTo(url);
      assertThat(article.has("file")).isFalse();
      assertThat(article.get("title").asText()).isEqualTo("Bridge");
    } finally {
      server.stop(0);
    }
  }
}
