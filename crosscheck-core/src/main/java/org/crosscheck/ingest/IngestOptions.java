package org.crosscheck.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to read sources: limits, network policy and an optional manifest. Build with {@link
 * #builder()}; {@link #defaults()} suits a command-line run.
 *
 * <pre>{@code
 * IngestOptions options = IngestOptions.builder().maxBytes(5 << 20).allowPrivateAddresses(true).build();
 * }</pre>
 *
 * @param maxBytes the largest document, page or WARC record accepted, in bytes (after gunzip)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a whole response, headers and body
 * @param maxRedirects how many redirects one fetch may follow
 * @param allowPrivateAddresses fetch from loopback, private and link-local addresses too; off by
 *     default so that a URL from a feed cannot reach services inside the user's network
 * @param manifest a manifest file whose entries are read and whose metadata become hints, or null
 * @param stdin where {@code -} reads from
 * @param userAgent the User-Agent header sent with every request
 * @since 0.1
 */
public record IngestOptions(
    long maxBytes,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRedirects,
    boolean allowPrivateAddresses,
    Path manifest,
    Supplier<InputStream> stdin,
    String userAgent) {

  /** 20 MiB: far above any news page, far below what would strain memory. */
  public static final long DEFAULT_MAX_BYTES = 20L << 20;

  public IngestOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /** The defaults: 20 MiB, 10 s to connect, 30 s to read, 5 redirects, public addresses only. */
  public static IngestOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxBytes = maxBytes;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.maxRedirects = maxRedirects;
    b.allowPrivateAddresses = allowPrivateAddresses;
    b.manifest = manifest;
    b.stdin = stdin;
    b.userAgent = userAgent;
    return b;
  }

  /** Builds {@link IngestOptions}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private int maxRedirects = 5;
    private boolean allowPrivateAddresses;
    private Path manifest;
    private Supplier<InputStream> stdin = () -> System.in;
    private String userAgent =
        "crosscheck/0.1 (news cross-checking; +https://www.gnu.org/licenses/gpl-3.0.html)";

    private Builder() {}

    public Builder maxBytes(long value) {
      this.maxBytes = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      this.maxRedirects = value;
      return this;
    }

    public Builder allowPrivateAddresses(boolean value) {
      this.allowPrivateAddresses = value;
      return this;
    }

    public Builder manifest(Path value) {
      this.manifest = value;
      return this;
    }

    public Builder stdin(Supplier<InputStream> value) {
      this.stdin = value;
      return this;
    }

    public Builder userAgent(String value) {
      this.userAgent = value;
      return this;
    }

    public IngestOptions build() {
      return new IngestOptions(
          maxBytes,
          connectTimeout,
          readTimeout,
          maxRedirects,
          allowPrivateAddresses,
          manifest,
          stdin,
          userAgent);
    }
  }
}
