package org.crosscheck.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;

/**
 * Reads one stream of bytes of any kind (a file, standard input, a fetched page), gunzipping it
 * when it is gzip, telling its {@link Kind} and handing it to the reader for that kind. Every
 * failure becomes a problem in the sink; nothing is thrown. Not thread-safe; one per run.
 */
final class DocumentReader {
  private final IngestOptions options;
  private final IngestSink sink;
  private final Ids ids;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<URI> fetched = new HashSet<>();
  private HttpFetcher fetcher;

  /** How many feeds are being read around the current stream; see {@link #dispatch}. */
  private int feedDepth;

  DocumentReader(IngestOptions options, IngestSink sink, Ids ids) {
    this.options = options;
    this.sink = sink;
    this.ids = ids;
  }

  IngestSink sink() {
    return sink;
  }

  Ids ids() {
    return ids;
  }

  ObjectMapper json() {
    return json;
  }

  long maxBytes() {
    return options.maxBytes();
  }

  /** Reads a stream and closes it. */
  void read(Origin origin, InputStream raw) {
    try (InputStream closing = raw) {
      dispatch(origin, new BufferedInputStream(closing, Streams.PEEK * 2));
    } catch (IngestException e) {
      sink.problem(e.toProblem(origin.location()));
    } catch (IOException e) {
      sink.problem(Streams.describe(e).toProblem(origin.location()));
    } catch (RuntimeException e) {
      // A parser choking on hostile or odd input must cost one source, not the whole run.
      sink.problem(
          new IngestProblem(origin.location(), Reason.UNREADABLE, "could not be read: " + e));
    }
  }

  /**
   * Fetches a URL and reads what it returns, with {@code hints} as its metadata. A URL already
   * fetched in this run (listed twice in a feed, say) is not fetched again.
   */
  void readUrl(URI uri, ArticleMetadata hints) {
    if (!fetched.add(uri.normalize())) {
      return;
    }
    HttpFetcher.Response response;
    try {
      response = fetcher().fetch(uri);
    } catch (IngestException e) {
      sink.problem(e.toProblem(uri.toString()));
      return;
    }
    String location = response.uri().toString();
    ArticleMetadata withUrl = hints.orElse(urlOnly(location));
    Origin origin =
        new Origin(
            ids.forUrl(response.uri()),
            location,
            Ids.urlName(response.uri()),
            response.contentType(),
            response.charset(),
            withUrl);
    read(origin, new ByteArrayInputStream(response.body()));
  }

  private void dispatch(Origin origin, InputStream in) throws IngestException, IOException {
    byte[] head = Streams.peek(in, Streams.PEEK);
    String name = origin.name().toLowerCase(Locale.ROOT);
    if (Streams.isGzip(head)) {
      in = Streams.gunzip(in);
      head = Streams.peek(in, Streams.PEEK);
    } else if (name.endsWith(".gz") && origin.contentType() == null && head.length > 0) {
      throw new IngestException(Reason.BROKEN_GZIP, "named .gz but not gzip data");
    }
    Kind kind = Kind.detect(Kind.stripGz(name), origin.contentType(), head);
    switch (kind) {
      case WARC -> new WarcSource(this).read(origin, in);
      case JSONL -> new JsonLinesSource(this).read(origin, in);
      case FEED -> readFeed(origin, Streams.readAll(in, options.maxBytes()));
      default -> {
        byte[] bytes = Streams.readAll(in, options.maxBytes());
        sink.document(document(origin, bytes, kind == Kind.HTML ? Format.HTML : Format.TEXT));
      }
    }
  }

  /**
   * Reads a feed. A feed whose item links to another feed (or to itself) is not followed further:
   * that could go on forever.
   */
  private void readFeed(Origin origin, byte[] bytes) throws IngestException {
    if (feedDepth > 0) {
      throw new IngestException(
          Reason.UNSUPPORTED,
          "a feed item that links to a feed; feeds inside feeds are not followed");
    }
    feedDepth++;
    try {
      new FeedSource(this).read(origin, bytes);
    } finally {
      feedDepth--;
    }
  }

  /**
   * Decodes the bytes of one page or text into a document.
   *
   * @throws IngestException when the bytes are empty or binary
   */
  SourceDocument document(Origin origin, byte[] bytes, Format format) throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException(Reason.EMPTY, "empty (0 bytes)");
    }
    String binary = BinarySniffer.whyBinary(bytes);
    if (binary != null) {
      throw new IngestException(Reason.BINARY, binary);
    }
    TextDecoder.Decoded decoded =
        TextDecoder.decode(bytes, origin.charset(), format == Format.HTML);
    if (decoded.warning() != null) {
      sink.warning(origin.location(), decoded.warning());
    }
    if (decoded.text().isBlank()) {
      throw new IngestException(Reason.EMPTY, "nothing but white space");
    }
    if (format == Format.HTML && looksCutShort(decoded.text())) {
      sink.warning(origin.location(), "the page has no closing </html> and may be cut short");
    }
    return new SourceDocument(
        origin.id(), origin.location(), format, decoded.text(), origin.hints());
  }

  /**
   * A page that opens {@code <html>} but never closes it was most likely cut off (a download that
   * stopped, a crawler's size cap). Still read: the text before the cut is often the article.
   */
  private static boolean looksCutShort(String html) {
    String head = html.substring(0, Math.min(html.length(), 2048)).toLowerCase(Locale.ROOT);
    int tail = Math.max(0, html.length() - 4096);
    return head.contains("<html")
        && !html.substring(tail).toLowerCase(Locale.ROOT).contains("</html");
  }

  /** The fetcher, made on first use: most runs read only files and never need one. */
  HttpFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new HttpFetcher(options);
    }
    return fetcher;
  }

  static ArticleMetadata urlOnly(String url) {
    return new ArticleMetadata(url, null, null, null, null, null, null, null, null);
  }
}
