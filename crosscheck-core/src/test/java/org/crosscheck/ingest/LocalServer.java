package org.crosscheck.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A web server on 127.0.0.1 for one test, serving fixed answers; close it after the test. */
final class LocalServer implements AutoCloseable {
  private final HttpServer server;

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.start();
  }

  /** Serves {@code body} at {@code path} with status 200. */
  LocalServer page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  LocalServer page(String path, String contentType, byte[] body) {
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", contentType);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    return this;
  }

  /** Answers {@code path} with a redirect to {@code location} (relative or absolute). */
  LocalServer redirect(String path, String location) {
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Location", location);
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    return this;
  }

  /** Answers {@code path} with an error status. */
  LocalServer status(String path, int status) {
    server.createContext(
        path,
        exchange -> {
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    return this;
  }

  /** Answers {@code path} only after {@code millis} milliseconds. */
  LocalServer slow(String path, long millis) {
    server.createContext(
        path,
        exchange -> {
          try {
            Thread.sleep(millis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
