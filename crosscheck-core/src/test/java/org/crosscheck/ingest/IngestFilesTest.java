package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.Fixtures.PAGE;
import static org.crosscheck.ingest.Fixtures.STORY;
import static org.crosscheck.ingest.Fixtures.gzip;
import static org.crosscheck.ingest.Fixtures.read;
import static org.crosscheck.ingest.Fixtures.utf8;
import static org.crosscheck.ingest.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, folders, gzip and standard input become documents with the right id and format. */
class IngestFilesTest {
  @TempDir Path dir;

  @Test
  void aTextFileIsOneTextDocumentNamedAfterTheFile() throws Exception {
    Path file = write(dir, "story.txt", STORY);

    IngestResult result = read(file);

    assertThat(result.problems()).isEmpty();
    SourceDocument doc = result.documents().get(0);
    assertThat(doc.id()).isEqualTo("story.txt");
    assertThat(doc.location()).isEqualTo(file.toString());
    assertThat(doc.format()).isEqualTo(Format.TEXT);
    assertThat(doc.content()).isEqualTo(STORY);
  }

  @Test
  void anHtmlFileIsHtmlByItsEnding() throws Exception {
    IngestResult result = read(write(dir, "page.htm", "<p>Officials met.</p>"));

    assertThat(result.documents())
        .singleElement()
        .extracting(SourceDocument::format)
        .isEqualTo(Format.HTML);
  }

  @Test
  void aFileWithoutEndingIsSniffedAsHtmlFromItsContent() throws Exception {
    IngestResult result = read(write(dir, "download", PAGE));

    assertThat(result.documents())
        .singleElement()
        .extracting(SourceDocument::format)
        .isEqualTo(Format.HTML);
  }

  @Test
  void gzippedTextAndHtmlAreUnpacked() throws Exception {
    Path txt = write(dir, "a.txt.gz", gzip(utf8(STORY)));
    Path html = write(dir, "b.html.gz", gzip(utf8(PAGE)));

    IngestResult result = read(txt, html);

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(SourceDocument::format)
        .containsExactly(Format.TEXT, Format.HTML);
    assertThat(result.documents().get(0).content()).isEqualTo(STORY);
    assertThat(result.documents().get(0).id()).isEqualTo("a.txt.gz");
  }

  @Test
  void aFolderIsReadRecursivelyInPathOrderSkippingHiddenFilesNotesAndLicences() throws Exception {
    write(dir, "b.txt", STORY);
    write(dir, "a.html", PAGE);
    write(dir, "sub/c.txt", STORY);
    write(dir, ".hidden.txt", STORY);
    write(dir, ".git/d.txt", STORY);
    write(dir, "notes.md", "# notes");
    write(dir, "table.tsv", "a\tb");
    write(dir, "LICENSE", "Permission is hereby granted, free of charge, ...");
    write(dir, "saved-page", PAGE);

    IngestResult result = read(dir);

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(SourceDocument::id)
        .containsExactly("a.html", "b.txt", "saved-page", "sub/c.txt");
  }

  @Test
  void aManifestInTheFolderGivesHintsAndIsNotAnArticle() throws Exception {
    write(dir, "a.txt", STORY);
    write(dir, "b.txt", STORY);
    write(
        dir,
        "manifest.json",
        """
        {"articles": [{"file": "a.txt", "outlet": "Harbour News", "title": "Talks go on",
          "published": "2024-03-21", "language": "en", "syndicated_from": "Wire Service"}]}
        """);

    IngestResult result = read(dir);

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).extracting(SourceDocument::id).containsExactly("a.txt", "b.txt");
    var hints = result.documents().get(0).hints();
    assertThat(hints.outlet()).isEqualTo("Harbour News");
    assertThat(hints.title()).isEqualTo("Talks go on");
    assertThat(hints.published()).hasToString("2024-03-21");
    assertThat(hints.language()).isEqualTo("en");
    assertThat(hints.syndicatedFrom()).isEqualTo("Wire Service");
    assertThat(result.documents().get(1).hints().outlet()).isNull();
  }

  @Test
  void anExplicitManifestReadsItsFiles() throws Exception {
    write(dir, "data/a.txt", STORY);
    write(dir, "data/skipped.txt", STORY);
    Path manifest =
        write(
            dir,
            "data/list.json",
            """
            {"articles": [{"file": "a.txt", "outlet": "Harbour News"}]}
            """);

    IngestResult result =
        Ingest.read(List.of(), IngestOptions.builder().manifest(manifest).build());

    assertThat(result.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("a.txt");
              assertThat(d.hints().outlet()).isEqualTo("Harbour News");
            });
  }

  @Test
  void aManifestGivenAsAnInputActsLikeTheManifestOption() throws Exception {
    Path a = write(dir, "a.txt", STORY);
    Path manifest =
        write(
            dir,
            "manifest.json",
            """
            {"articles": [{"file": "a.txt", "outlet": "Harbour News"}]}
            """);

    IngestResult result = read(a, manifest);

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.hints().outlet()).isEqualTo("Harbour News"));
  }

  @Test
  void aFolderWithoutArticleFilesIsReportedEmpty() throws Exception {
    write(dir, "notes.md", "# notes");

    IngestResult result = read(dir);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo(IngestProblem.Reason.EMPTY));
  }

  @Test
  void aFileGivenTwiceIsReadOnce() throws Exception {
    Path file = write(dir, "a.txt", STORY);

    IngestResult result = read(file, dir);

    assertThat(result.documents()).hasSize(1);
  }

  @Test
  void filesWithTheSameNameInDifferentFoldersGetDistinctIds() throws Exception {
    Path one = write(dir, "x/a.txt", STORY);
    Path two = write(dir, "y/a.txt", STORY);

    IngestResult result = read(one, two);

    assertThat(result.documents())
        .extracting(SourceDocument::id)
        .containsExactly("a.txt", "a.txt#2");
  }

  @Test
  void dashReadsStandardInputAndSniffsItsKind() {
    IngestOptions options =
        IngestOptions.builder().stdin(() -> new ByteArrayInputStream(utf8(PAGE))).build();

    IngestResult result = Ingest.read(List.of("-"), options);

    assertThat(result.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("stdin");
              assertThat(d.format()).isEqualTo(Format.HTML);
            });
  }

  @Test
  void standardInputMayCarryJsonLines() {
    String lines =
        "{\"url\":\"https://example.org/a\",\"text\":\"One.\"}\n"
            + "{\"url\":\"https://example.org/b\",\"text\":\"Two.\"}\n";
    IngestOptions options =
        IngestOptions.builder().stdin(() -> new ByteArrayInputStream(utf8(lines))).build();

    IngestResult result = Ingest.read(List.of("-"), options);

    assertThat(result.documents())
        .extracting(SourceDocument::content)
        .containsExactly("One.", "Two.");
  }
}
