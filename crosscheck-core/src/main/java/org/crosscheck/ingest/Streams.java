package org.crosscheck.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.crosscheck.ingest.IngestProblem.Reason;

/** Byte-stream helpers: bounded reads, peeking, gunzip, and turning I/O errors into reasons. */
final class Streams {
  private static final int GZIP_MAGIC_0 = 0x1f;
  private static final int GZIP_MAGIC_1 = 0x8b;

  /** Enough to sniff a format, a charset declaration or a binary signature. */
  static final int PEEK = 8192;

  private Streams() {}

  /** Reads the whole stream, refusing more than {@code limit} bytes. */
  static byte[] readAll(InputStream in, long limit) throws IngestException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > limit) {
        throw new IngestException(Reason.TOO_LARGE, "larger than the limit of " + limit + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The first bytes of a mark-supporting stream, leaving the stream where it was. */
  static byte[] peek(InputStream in, int max) throws IOException {
    in.mark(max);
    byte[] head = in.readNBytes(max);
    in.reset();
    return head;
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == GZIP_MAGIC_0 && (head[1] & 0xff) == GZIP_MAGIC_1;
  }

  /** Wraps a gzip stream; a bad header is reported as broken gzip rather than an I/O error. */
  static InputStream gunzip(InputStream in) throws IngestException, IOException {
    try {
      return new BufferedInputStream(new GZIPInputStream(in, 16384), PEEK * 2);
    } catch (ZipException | EOFException e) {
      throw describe(e);
    }
  }

  /**
   * Names the failure behind an I/O error while reading (possibly compressed) data. A stream that
   * ends early is truncated; a corrupt deflate stream is broken gzip; anything else is unreadable.
   */
  static IngestException describe(IOException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof EOFException || detail.contains("Unexpected end")) {
      return new IngestException(Reason.TRUNCATED, "the data ends early (" + detail + ")");
    }
    if (e instanceof ZipException) {
      return new IngestException(Reason.BROKEN_GZIP, "not valid gzip data (" + detail + ")");
    }
    return new IngestException(Reason.UNREADABLE, "cannot be read (" + detail + ")");
  }
}
