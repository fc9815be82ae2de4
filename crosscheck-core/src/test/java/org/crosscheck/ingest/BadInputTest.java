package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.Fixtures.STORY;
import static org.crosscheck.ingest.Fixtures.gzip;
import static org.crosscheck.ingest.Fixtures.read;
import static org.crosscheck.ingest.Fixtures.reasons;
import static org.crosscheck.ingest.Fixtures.utf8;
import static org.crosscheck.ingest.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input becomes a problem naming its source and a reason; the other documents are still read.
 */
class BadInputTest {
  @TempDir Path dir;

  private IngestProblem onlyProblemOf(Path bad) throws Exception {
    Path good = write(dir, "good.txt", STORY);
    IngestResult result = read(bad, good);
    assertThat(result.documents()).extracting(SourceDocument::id).containsExactly("good.txt");
    assertThat(result.problems()).hasSize(1);
    IngestProblem problem = result.problems().get(0);
    assertThat(problem.source()).isEqualTo(bad.toString());
    return problem;
  }

  @Test
  void aPdfIsRejectedAsBinaryNamingItsFormat() throws Exception {
    IngestProblem p = onlyProblemOf(write(dir, "report.txt", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj")));

    assertThat(p.reason()).isEqualTo(Reason.BINARY);
    assertThat(p.message()).contains("PDF");
  }

  @Test
  void nulBytesMakeAFileBinary() throws Exception {
    byte[] bytes = utf8("Officials met\0\0\0 in Geneva");
    assertThat(onlyProblemOf(write(dir, "odd.txt", bytes)).reason()).isEqualTo(Reason.BINARY);
  }

  @Test
  void manyControlCharactersMakeAFileBinary() throws Exception {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(onlyProblemOf(write(dir, "odd.txt", bytes)).reason()).isEqualTo(Reason.BINARY);
  }

  @Test
  void anEmptyFileIsEmpty() throws Exception {
    assertThat(onlyProblemOf(write(dir, "blank.txt", "")).reason()).isEqualTo(Reason.EMPTY);
  }

  @Test
  void aWhiteSpaceFileIsEmpty() throws Exception {
    assertThat(onlyProblemOf(write(dir, "blank.txt", " \n\t\n")).reason()).isEqualTo(Reason.EMPTY);
  }

  @Test
  void corruptGzipIsBrokenGzip() throws Exception {
    byte[] packed = gzip(utf8(STORY.repeat(20)));
    for (int i = 12; i < packed.length - 8; i++) {
      packed[i] = (byte) 0xff; // wreck the deflate stream, keep the header
    }
    assertThat(onlyProblemOf(write(dir, "a.txt.gz", packed)).reason())
        .isEqualTo(Reason.BROKEN_GZIP);
  }

  @Test
  void aGzFileThatIsNotGzipIsBrokenGzip() throws Exception {
    assertThat(onlyProblemOf(write(dir, "a.html.gz", "<p>plain</p>")).reason())
        .isEqualTo(Reason.BROKEN_GZIP);
  }

  @Test
  void gzipCutShortIsTruncated() throws Exception {
    byte[] packed = gzip(utf8(STORY.repeat(50)));
    byte[] cut = Arrays.copyOf(packed, packed.length / 2);
    assertThat(onlyProblemOf(write(dir, "a.txt.gz", cut)).reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void aFileOverTheSizeLimitIsTooLarge() throws Exception {
    Path big = write(dir, "big.txt", STORY.repeat(100));
    IngestResult result = read(IngestOptions.builder().maxBytes(1000).build(), big);

    assertThat(reasons(result)).containsExactly(Reason.TOO_LARGE);
    assertThat(result.problems().get(0).message()).contains("1000 bytes");
  }

  @Test
  void aMissingFileIsNotFound() {
    IngestResult result =
        Ingest.read(List.of(dir.resolve("nope.txt").toString()), IngestOptions.defaults());

    assertThat(reasons(result)).containsExactly(Reason.NOT_FOUND);
  }

  @Test
  void aManifestThatDoesNotParseIsReportedAndTheArticlesAreStillRead() throws Exception {
    write(dir, "a.txt", STORY);
    write(dir, "manifest.json", "{\"articles\": [ {\"file\": \"a.txt\", ");

    IngestResult result = read(dir);

    assertThat(result.documents()).extracting(SourceDocument::id).containsExactly("a.txt");
    assertThat(reasons(result)).containsExactly(Reason.BAD_MANIFEST);
    assertThat(result.problems().get(0).source()).endsWith("manifest.json");
    assertThat(result.problems().get(0).message()).contains("not valid JSON");
  }

  @Test
  void aManifestNamingAMissingFileSaysWhichAndReadsTheRest() throws Exception {
    write(dir, "a.txt", STORY);
    write(
        dir,
        "manifest.json",
        """
        {"articles": [{"file": "gone.txt"}, {"file": "a.txt", "outlet": "Harbour News"}]}
        """);

    IngestResult result = read(dir);

    assertThat(result.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.hints().outlet()).isEqualTo("Harbour News"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo(Reason.BAD_MANIFEST);
              assertThat(p.message()).contains("gone.txt");
            });
  }

  @Test
  void theSummaryCountsSuccessesAndFailuresByReason() throws Exception {
    write(dir, "a.txt", STORY);
    write(dir, "b.txt", "");
    write(dir, "c.txt", "");
    write(dir, "d.txt", utf8("%PDF-1.4"));

    IngestResult result = read(dir);

    assertThat(result.problemCounts())
        .containsEntry(Reason.EMPTY, 2)
        .containsEntry(Reason.BINARY, 1);
    assertThat(result.summary()).isEqualTo("read 1 document; 3 failed (binary 1, empty 2)");
  }

  @Test
  void windows1252BytesAreDecodedWithAWarning() throws Exception {
    byte[] bytes = "Caf\u00e9 talks \u201cresume\u201d".getBytes(Charset.forName("windows-1252"));
    IngestResult result = read(write(dir, "a.txt", bytes));

    assertThat(result.documents().get(0).content()).isEqualTo("Caf\u00e9 talks \u201cresume\u201d");
    assertThat(result.warnings()).singleElement().asString().contains("windows-1252");
  }

  @Test
  void aMetaCharsetIsHonoured() throws Exception {
    String page =
        "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Co\u00fbt"
            + " 5\u20ac</p></body></html>";
    IngestResult result = read(write(dir, "a.html", page.getBytes(Charset.forName("ISO-8859-15"))));

    assertThat(result.documents().get(0).content()).contains("Co\u00fbt 5\u20ac");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aWrongLatin1DeclarationOnUtf8BytesIsCorrectedWithAWarning() throws Exception {
    String page =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 \u2014"
            + " ok</p></body></html>";
    IngestResult result = read(write(dir, "a.html", utf8(page)));

    assertThat(result.documents().get(0).content()).contains("Caf\u00e9 \u2014 ok");
    assertThat(result.warnings()).singleElement().asString().contains("UTF-8");
  }

  @Test
  void aPageDeclaringUtf8WithLatinBytesIsReadAsWindows1252WithAWarning() throws Exception {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9</p></body></html>";
    IngestResult result =
        read(write(dir, "a.html", page.getBytes(Charset.forName("windows-1252"))));

    assertThat(result.documents().get(0).content()).contains("Caf\u00e9");
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains("declares UTF-8")
        .contains("windows-1252");
  }

  @Test
  void anUnknownCharsetNameIsIgnoredWithAWarning() throws Exception {
    String page =
        "<html><head><meta charset=\"utf-88\"></head><body><p>Caf\u00e9</p></body></html>";
    IngestResult result = read(write(dir, "a.html", utf8(page)));

    assertThat(result.documents().get(0).content()).contains("Caf\u00e9");
    assertThat(result.warnings()).singleElement().asString().contains("unknown charset");
  }

  @Test
  void aByteOrderMarkDecidesTheCharsetAndIsDropped() throws Exception {
    byte[] text = "\uFEFFHarbour talks".getBytes(Charset.forName("UTF-16LE"));
    IngestResult result = read(write(dir, "a.txt", text));

    assertThat(result.documents().get(0).content()).isEqualTo("Harbour talks");
  }

  @Test
  void textEndingMidCharacterLosesOnlyThatCharacter() throws Exception {
    byte[] whole = utf8("Talks in Z\u00fcrich");
    byte[] cut = Arrays.copyOf(whole, whole.length - 5); // ends after the lead byte of "ü"
    IngestResult result = read(write(dir, "a.txt", cut));

    assertThat(result.documents().get(0).content()).isEqualTo("Talks in Z");
    assertThat(result.warnings()).singleElement().asString().contains("truncated");
  }

  @Test
  void anHtmlPageCutShortIsReadWithAWarning() throws Exception {
    String cut = "<!DOCTYPE html><html><body><p>Officials met in Geneva on Tuesday. The min";
    IngestResult result = read(write(dir, "a.html", cut));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.warnings()).singleElement().asString().contains("cut short");
  }

  @Test
  void anUnsupportedSchemeIsRefusedPolitely() {
    IngestResult result = Ingest.read(List.of("ftp://example.org/a.txt"), IngestOptions.defaults());

    assertThat(reasons(result)).containsExactly(Reason.UNSUPPORTED);
  }
}
