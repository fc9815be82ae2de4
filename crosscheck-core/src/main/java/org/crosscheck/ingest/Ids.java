package org.crosscheck.ingest;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Hands out document ids that are unique within one run: the file name, or host and path for a URL;
 * a repeated id gets "#2", "#3", ... Not thread-safe; one per run.
 */
final class Ids {
  private final Set<String> used = new HashSet<>();

  String unique(String base) {
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "#" + n;
    }
    return id;
  }

  /** "example.com/news/story-1" for https://example.com/news/story-1?utm=x. */
  String forUrl(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String base = host + path;
    return unique(base.isEmpty() ? uri.toString() : base);
  }

  /** The last path segment of a URL, to tell its kind by its ending. */
  static String urlName(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? path.substring(slash + 1) : path;
  }
}
