package org.crosscheck.ingest;

import org.crosscheck.model.ArticleMetadata;

/**
 * Where a stream of bytes comes from and what is known about it before reading it.
 *
 * @param id the document id to use when the stream holds one document
 * @param location the file path or URL, for documents and problem messages
 * @param name the file name or URL path, to tell the kind of content by its ending
 * @param contentType the HTTP Content-Type, or null
 * @param charset the charset named by the HTTP header, or null
 * @param hints metadata known from outside (manifest, feed, WARC headers)
 */
record Origin(
    String id,
    String location,
    String name,
    String contentType,
    String charset,
    ArticleMetadata hints) {

  static Origin file(String id, String location, String name, ArticleMetadata hints) {
    return new Origin(id, location, name, null, null, hints);
  }
}
