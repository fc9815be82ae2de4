package org.crosscheck.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crosscheck.ingest.IngestProblem.Reason;

/**
 * Fetches http and https URLs with the JDK client, with a connect timeout, a time limit for the
 * whole response, a size limit, and redirects followed by hand so that every hop's scheme and
 * address are checked against the {@link AddressPolicy}.
 *
 * <p>The address is checked on the name's resolution before each request; the client resolves the
 * name again when it connects, so a DNS server that changes its answer in between (DNS rebinding)
 * is not stopped. Safe to share between threads.
 */
final class HttpFetcher {

  /** A successful response: the final URI after redirects, its Content-Type and its body. */
  record Response(URI uri, String contentType, byte[] body) {
    /** The charset parameter of the Content-Type, or null. */
    String charset() {
      if (contentType == null) {
        return null;
      }
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          return p.substring("charset=".length()).replace("\"", "").replace("'", "").strip();
        }
      }
      return null;
    }
  }

  private final IngestOptions options;
  private final AddressPolicy policy;
  private final HttpClient client;

  HttpFetcher(IngestOptions options) {
    this.options = options;
    this.policy = new AddressPolicy(options.allowPrivateAddresses());
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Response fetch(URI start) throws IngestException {
    URI uri = start;
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      check(uri);
      HttpResponse<byte[]> response = send(uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new IngestException(Reason.FETCH_FAILED, "HTTP " + status + " without a Location");
        }
        uri = resolve(uri, location);
        continue;
      }
      if (status != 200 && status != 203) {
        throw new IngestException(Reason.FETCH_FAILED, "HTTP " + status + " from " + uri);
      }
      return new Response(
          uri, response.headers().firstValue("Content-Type").orElse(null), response.body());
    }
    throw new IngestException(
        Reason.TOO_MANY_REDIRECTS,
        "more than " + options.maxRedirects() + " redirects (last: " + uri + ")");
  }

  /** Refuses schemes other than http(s), and hosts that resolve to a refused address. */
  private void check(URI uri) throws IngestException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IngestException(
          Reason.UNSUPPORTED, "only http and https URLs can be fetched, not " + uri);
    }
    if (uri.getHost() == null) {
      throw new IngestException(Reason.UNSUPPORTED, "no host in " + uri);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new IngestException(Reason.FETCH_FAILED, "unknown host " + uri.getHost());
    }
    for (InetAddress address : addresses) {
      String why = policy.whyRefused(address);
      if (why != null) {
        throw new IngestException(
            Reason.REFUSED_ADDRESS,
            uri.getHost()
                + " is "
                + why
                + "; refused unless private addresses are allowed"
                + " (--allow-private)");
      }
    }
  }

  private HttpResponse<byte[]> send(URI uri) throws IngestException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(options.readTimeout())
            .header("User-Agent", options.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .GET()
            .build();
    long limit = options.maxBytes();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request,
            info ->
                new LimitedBody(
                    limit, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
    try {
      // The request timeout covers only the headers; this bounds the body's download too.
      return future.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new IngestException(
          Reason.FETCH_FAILED, "no complete answer within " + seconds() + " from " + uri);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException(Reason.FETCH_FAILED, "interrupted while fetching " + uri);
    } catch (ExecutionException e) {
      throw describe(e.getCause(), uri);
    }
  }

  private IngestException describe(Throwable cause, URI uri) {
    if (cause instanceof LimitedBody.TooLarge) {
      return new IngestException(Reason.TOO_LARGE, cause.getMessage());
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new IngestException(Reason.FETCH_FAILED, "could not connect to " + uri.getHost());
    }
    if (cause instanceof HttpTimeoutException) {
      return new IngestException(
          Reason.FETCH_FAILED, "no answer within " + seconds() + " from " + uri);
    }
    if (cause instanceof ConnectException) {
      return new IngestException(Reason.FETCH_FAILED, "connection refused by " + uri.getHost());
    }
    if (cause instanceof IOException && cause.getCause() instanceof LimitedBody.TooLarge) {
      return new IngestException(Reason.TOO_LARGE, cause.getCause().getMessage());
    }
    String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return new IngestException(Reason.FETCH_FAILED, "fetching " + uri + " failed" + detail);
  }

  private String seconds() {
    return options.readTimeout().toSeconds() + " s";
  }

  private static URI resolve(URI base, String location) throws IngestException {
    try {
      return base.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new IngestException(Reason.FETCH_FAILED, "bad redirect Location \"" + location + "\"");
    }
  }
}
