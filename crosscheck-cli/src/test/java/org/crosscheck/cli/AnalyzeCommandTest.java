package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck analyze} as a user runs it. */
class AnalyzeCommandTest {
  @TempDir Path tmp;

  @Test
  void analysesTheSeedFolderWithItsManifestIntoJson() throws Exception {
    Path report = tmp.resolve("report.json");
    Run run = Run.crosscheck("analyze", Run.sharedDir() + "/corpus/seeds", "--format", "json",
        "--output", report.toString());
    assertThat(run.exit).as(run.err).isZero();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("articles")).hasSize(5);
    JsonNode first = json.get("articles").get(0);
    assertThat(first.get("id").asText()).isEqualTo("000_9d7eb91e5eac3e5b.txt");
    assertThat(first.get("published").asText()).isEqualTo("2024-03-21");
    assertThat(first.get("outlet").asText()).isEqualTo("The Palestine Chronicle");
    assertThat(json.toString()).doesNotContain("manifest.json");
    assertThat(run.err).contains("analysed 5/5");
  }

  @Test
  void badFilesAreNamedAndTheRestIsStillAnalysed() throws Exception {
    Files.writeString(tmp.resolve("good.txt"),
        "Officials said on Monday that talks would resume.\n\nThe minister said: “We are ready.”");
    Files.writeString(tmp.resolve("empty.txt"), "  \n");
    Files.write(tmp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Run run = Run.crosscheck("analyze", tmp.toString(), "--format", "json");
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).contains("empty.txt").contains("image.txt");
    assertThat(run.err).doesNotContain("Exception");
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("articles")).hasSize(1);
    assertThat(json.get("warnings").toString()).contains("publication date unknown");
  }

  @Test
  void nothingReadableExitsWithOneAndSaysWhy() {
    Run run = Run.crosscheck("analyze", tmp.resolve("missing").toString());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).contains("missing").contains("no article could be read");
  }

  @Test
  void anOutputThatIsAFolderIsAClearErrorBeforeAnyWork() {
    Run run = Run.crosscheck("analyze", Run.sharedDir() + "/corpus/seeds", "--output",
        tmp.toString());
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("it is a folder").doesNotContain("at org.");
  }

  @Test
  void markdownIsTheDefaultFormat() throws Exception {
    Path article = tmp.resolve("a.txt");
    Files.writeString(article, "“We will not give up,” said Maria Lopez, the mayor.",
        StandardCharsets.UTF_8);
    Run run = Run.crosscheck("analyze", article.toString(), "--quiet");
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out).startsWith("# Crosscheck report").contains("## Article a.txt");
    assertThat(run.err).isEmpty();
  }

  @Test
  void helpTeachesTheInputsAndFormats() {
    Run run = Run.crosscheck("analyze", "--help");
    assertThat(run.exit).isZero();
    assertThat(run.out).contains("--format", "markdown, json", "manifest.json", "Examples:");
  }
}
