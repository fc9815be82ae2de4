package org.crosscheck.ingest;

import java.util.Objects;

/**
 * A source, or one document inside a source, that could not be read. Problems are values, not
 * exceptions: a run reports them and goes on with the other documents.
 *
 * @param source the file, URL or record that failed ("feed.xml", "crawl.warc.gz#record 7")
 * @param reason the kind of failure, for counting in a summary
 * @param message what went wrong, in words for the user; never a stack trace
 * @since 0.1
 */
public record IngestProblem(String source, Reason reason, String message) {

  /** Why a document could not be read. */
  public enum Reason {
    /** The file or folder does not exist. */
    NOT_FOUND("not found"),
    /** The operating system refused to read it, or the connection broke. */
    UNREADABLE("unreadable"),
    /** Not text: NUL bytes, control characters or a known binary format (PDF, ZIP, PNG, ...). */
    BINARY("binary"),
    /** The data stops short: a cut gzip stream, WARC record or JSON line. */
    TRUNCATED("truncated"),
    /** Compressed data that is not valid gzip. */
    BROKEN_GZIP("broken gzip"),
    /** Larger than the size limit. */
    TOO_LARGE("too large"),
    /** Nothing but white space. */
    EMPTY("empty"),
    /** An RSS or Atom feed that does not parse. */
    BAD_FEED("bad feed"),
    /** A WARC file that does not parse. */
    BAD_WARC("bad WARC"),
    /** A JSON Lines record that does not parse or lacks text. */
    BAD_JSON("bad JSON"),
    /** A manifest that does not parse or names missing files. */
    BAD_MANIFEST("bad manifest"),
    /** The server answered with an error status, or did not answer in time. */
    FETCH_FAILED("fetch failed"),
    /** Redirects beyond the limit. */
    TOO_MANY_REDIRECTS("too many redirects"),
    /** A private, loopback or link-local address, refused unless allowed. */
    REFUSED_ADDRESS("refused address"),
    /** A scheme or kind of input that is not supported (ftp:, mailto:, ...). */
    UNSUPPORTED("unsupported"),
    /** Read, but cleaning left no article text. */
    NO_ARTICLE("no article text");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** A short lower-case label for summaries ("broken gzip"). */
    public String label() {
      return label;
    }
  }

  public IngestProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** One line for the user: {@code source: message}. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
