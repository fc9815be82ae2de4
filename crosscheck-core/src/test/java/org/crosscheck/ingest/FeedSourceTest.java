package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.Fixtures.PAGE;
import static org.crosscheck.ingest.Fixtures.allowPrivate;
import static org.crosscheck.ingest.Fixtures.read;
import static org.crosscheck.ingest.Fixtures.reasons;
import static org.crosscheck.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed items carry their article, or link to a page that is fetched. */
class FeedSourceTest {
  @TempDir Path dir;

  private static final String LONG_BODY =
      "<p>"
          + "Officials met in Geneva on Tuesday to discuss the harbour project. ".repeat(10)
          + "</p>";

  private static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>Harbour News</title><link>https://news.example/</link>"
        + "<description>News</description>"
        + items
        + "</channel></rss>";
  }

  @Test
  void anRssItemWithFullContentIsUsedWithoutFetching() throws Exception {
    String item =
        "<item><title>Talks go on</title><link>http://192.0.2.1/never-fetched</link>"
            + "<author>desk@news.example (Ann Reporter)</author>"
            + "<pubDate>Thu, 21 Mar 2024 09:00:00 GMT</pubDate>"
            + "<description>Short teaser.</description>"
            + "<content:encoded><![CDATA["
            + LONG_BODY
            + "]]></content:encoded></item>";

    IngestResult result = read(write(dir, "feed.rss", rss(item)));

    assertThat(result.problems()).isEmpty();
    SourceDocument doc = result.documents().get(0);
    assertThat(doc.format()).isEqualTo(Format.HTML);
    assertThat(doc.content()).isEqualTo(LONG_BODY);
    assertThat(doc.location()).isEqualTo("http://192.0.2.1/never-fetched");
    assertThat(doc.hints().title()).isEqualTo("Talks go on");
    assertThat(doc.hints().outlet()).isEqualTo("Harbour News");
    assertThat(doc.hints().published()).hasToString("2024-03-21");
  }

  @Test
  void anAtomEntryWithContentIsUsed() throws Exception {
    String atom =
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Port Daily</title><id>urn:x</id><updated>2024-03-22T00:00:00Z</updated>"
            + "<entry><title>Harbour</title><id>urn:y</id><updated>2024-03-22T07:00:00Z</updated>"
            + "<author><name>Bo Writer</name></author>"
            + "<content type=\"html\">"
            + LONG_BODY.replace("<", "&lt;")
            + "</content></entry></feed>";

    IngestResult result = read(write(dir, "feed.xml", atom));

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.content()).isEqualTo(LONG_BODY);
              assertThat(d.hints().authors()).containsExactly("Bo Writer");
              assertThat(d.hints().outlet()).isEqualTo("Port Daily");
            });
  }

  @Test
  void itemsThatOnlyLinkHaveTheirPagesFetched() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/a", "text/html; charset=utf-8", PAGE).status("/b", 404);
      String items =
          "<item><title>A</title><link>"
              + server.url("/a")
              + "</link>"
              + "<description>Teaser.</description></item>"
              + "<item><title>B</title><link>"
              + server.url("/b")
              + "</link></item>";
      server.page("/feed", "application/rss+xml", rss(items));

      IngestResult result = Ingest.read(List.of(server.url("/feed")), allowPrivate());

      assertThat(result.documents())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.location()).isEqualTo(server.url("/a"));
                assertThat(d.content()).isEqualTo(PAGE);
                assertThat(d.hints().title()).isEqualTo("A");
                assertThat(d.hints().outlet()).isEqualTo("Harbour News");
              });
      assertThat(reasons(result)).containsExactly(Reason.FETCH_FAILED);
    }
  }

  @Test
  void feedsLinkingToFeedsAreNotFollowedInCircles() throws Exception {
    try (LocalServer server = new LocalServer()) {
      String self = "<item><title>Self</title><link>" + server.url("/feed") + "</link></item>";
      String other = "<item><title>Other</title><link>" + server.url("/other") + "</link></item>";
      server.page("/feed", "application/rss+xml", rss(self + other));
      server.page("/other", "application/rss+xml", rss(self));

      IngestResult result = Ingest.read(List.of(server.url("/feed")), allowPrivate());

      assertThat(result.documents()).isEmpty();
      assertThat(reasons(result)).containsExactly(Reason.UNSUPPORTED);
    }
  }

  @Test
  void aFeedThatDoesNotParseIsABadFeed() throws Exception {
    Path bad = write(dir, "feed.rss", "<?xml version=\"1.0\"?><rss><channel><item><title>x");

    IngestResult result = read(bad);

    assertThat(reasons(result)).containsExactly(Reason.BAD_FEED);
    assertThat(result.problems().get(0).source()).isEqualTo(bad.toString());
  }
}
