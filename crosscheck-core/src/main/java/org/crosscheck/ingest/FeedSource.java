package org.crosscheck.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.SourceDocument.Format;
import org.jsoup.Jsoup;

/**
 * Reads an RSS or Atom feed with Rome. An item that carries the article (full content, or a
 * description long enough to be more than a teaser) becomes a document at once; an item that only
 * links to its page has the page fetched. Title, link, date, authors and the feed's title (as the
 * outlet) become hints. Not thread-safe; one per feed.
 */
final class FeedSource {

  /**
   * A description shorter than this (in characters of text) is taken for a teaser, and the linked
   * page is fetched instead; teasers run to a sentence or two, articles to thousands.
   */
  static final int MIN_CONTENT_CHARS = 500;

  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]{0,500}>");

  private final DocumentReader reader;

  FeedSource(DocumentReader reader) {
    this.reader = reader;
  }

  void read(Origin origin, byte[] bytes) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no DTDs, so no XML external entities
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      reader
          .sink()
          .problem(
              new IngestProblem(
                  origin.location(),
                  Reason.BAD_FEED,
                  "not a valid RSS or Atom feed: " + e.getMessage()));
      return;
    }
    String outlet = blankToNull(feed.getTitle());
    int index = 0;
    for (SyndEntry entry : feed.getEntries()) {
      index++;
      String source = origin.location() + "#item " + index;
      try {
        readEntry(origin, entry, outlet, source);
      } catch (IngestException e) {
        reader.sink().problem(e.toProblem(source));
      }
    }
  }

  private void readEntry(Origin feed, SyndEntry entry, String outlet, String source)
      throws IngestException {
    URI link = link(feed, entry.getLink());
    ArticleMetadata hints =
        new ArticleMetadata(
            link == null ? null : link.toString(),
            outlet,
            blankToNull(entry.getTitle()),
            authors(entry),
            date(
                entry.getPublishedDate() != null
                    ? entry.getPublishedDate()
                    : entry.getUpdatedDate()),
            date(entry.getUpdatedDate()),
            null,
            null,
            null);
    SyndContent content = content(entry);
    boolean full = content != null && textLength(content) >= MIN_CONTENT_CHARS;
    if (!full && link != null) {
      reader.readUrl(link, hints);
      return;
    }
    if (content == null || content.getValue() == null || content.getValue().isBlank()) {
      throw new IngestException(Reason.EMPTY, "the item has neither content nor a link");
    }
    String id = link != null ? reader.ids().forUrl(link) : reader.ids().unique(source);
    String location = link != null ? link.toString() : source;
    Format format = isHtml(content) ? Format.HTML : Format.TEXT;
    // The feed's XML is already decoded; say UTF-8 so no <meta charset> in the item misleads.
    Origin item = new Origin(id, location, "", null, "UTF-8", hints);
    reader
        .sink()
        .document(
            reader.document(item, content.getValue().getBytes(StandardCharsets.UTF_8), format));
  }

  /** The item's full content when it has one, else its description, else null. */
  private static SyndContent content(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    return entry.getDescription();
  }

  private static int textLength(SyndContent content) {
    String value = content.getValue() == null ? "" : content.getValue();
    return isHtml(content) ? Jsoup.parse(value).text().length() : value.strip().length();
  }

  private static boolean isHtml(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType();
    // RSS descriptions carry escaped HTML without saying so; tags in the text give it away.
    return type.contains("html") || TAG.matcher(content.getValue()).find();
  }

  /** The item's link, resolved against the feed's own URL; null when absent or malformed. */
  private static URI link(Origin feed, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(link.strip());
      if (!uri.isAbsolute() && feed.location().matches("(?i)https?://.*")) {
        uri = URI.create(feed.location()).resolve(uri);
      }
      return uri.isAbsolute() ? uri : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> authors(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        names.add(person.getName().strip());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      names.add(entry.getAuthor().strip());
    }
    return names;
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
