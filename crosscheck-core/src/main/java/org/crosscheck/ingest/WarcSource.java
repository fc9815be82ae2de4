package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.SourceDocument.Format;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the HTML responses of a WARC file (plain or gzipped, already gunzipped by the caller), one
 * record at a time so that a large archive is never held in memory. Each page becomes a document
 * whose id and location are the target URI, with the URI and the capture date as hints (the capture
 * date is the latest the page can have been published, the best anchor we have when the page gives
 * no date). Requests, metadata, redirects and non-HTML responses are skipped.
 *
 * <p>A record cut short stops the file with a "truncated" problem: WARC has no index to resync on,
 * and the documents already read are kept. Not thread-safe; one per WARC stream.
 */
final class WarcSource {
  private final DocumentReader reader;

  WarcSource(DocumentReader reader) {
    this.reader = reader;
  }

  void read(Origin origin, InputStream in) throws IOException {
    WarcReader warc;
    try {
      warc = new WarcReader(in);
    } catch (IllegalArgumentException e) {
      reader.sink().problem(new IngestProblem(origin.location(), Reason.BAD_WARC, e.getMessage()));
      return;
    }
    warc.onWarning(message -> reader.sink().warning(origin.location(), message));
    for (int index = 1; ; index++) {
      String source = origin.location() + "#record " + index;
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (ParsingException e) {
        reader
            .sink()
            .problem(
                new IngestProblem(
                    source, Reason.BAD_WARC, "not a valid WARC record: " + e.getMessage()));
        return;
      } catch (IOException e) {
        reader.sink().problem(Streams.describe(e).toProblem(source));
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      if (next.get() instanceof WarcResponse response) {
        try {
          readResponse(response);
        } catch (IngestException e) {
          reader.sink().problem(e.toProblem(source));
        } catch (IOException e) {
          reader.sink().problem(Streams.describe(e).toProblem(source));
          return; // the stream is broken; later records cannot be found
        }
      }
    }
  }

  private void readResponse(WarcResponse response) throws IngestException, IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return; // a DNS or Gemini record, say
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    if (http.status() != 200 || !isHtml(type)) {
      return;
    }
    if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      throw new IngestException(
          Reason.TRUNCATED,
          "the crawler cut this page short ("
              + response.truncated().name().toLowerCase(Locale.ROOT)
              + ")");
    }
    long declared = http.body().size();
    byte[] body = Streams.readAll(http.bodyDecoded().stream(), reader.maxBytes());
    if (http.body().position() < declared) {
      throw new IngestException(
          Reason.TRUNCATED,
          "the record ends after " + http.body().position() + " of " + declared + " bytes");
    }
    URI target = response.targetURI();
    ArticleMetadata hints =
        new ArticleMetadata(
            target.toString(),
            null,
            null,
            null,
            response.date().atZone(ZoneOffset.UTC).toLocalDate(),
            null,
            null,
            null,
            null);
    Origin page =
        new Origin(
            reader.ids().forUrl(target),
            target.toString(),
            Ids.urlName(target),
            type.toString(),
            type.parameters().get("charset"),
            hints);
    reader.sink().document(reader.document(page, body, Format.HTML));
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
