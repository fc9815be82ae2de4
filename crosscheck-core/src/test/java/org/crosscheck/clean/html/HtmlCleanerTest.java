package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.crosscheck.clean.CleanException;
import org.crosscheck.model.Article;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** The body rules: what an article keeps and which page furniture it loses. */
class HtmlCleanerTest {

  static final Clock JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

  static final String P1 =
      "The council voted on Tuesday to open the new bridge to cyclists, ending a dispute that had"
          + " divided the town for more than two years.";
  static final String P2 =
      "Supporters said the decision would cut traffic in the old centre, while shop owners worried"
          + " that fewer cars would mean fewer customers at the weekly market.";
  static final String P3 =
      "The mayor, who abstained, said the council would review the decision next spring after a"
          + " count of bicycles and cars on the bridge and on the roads around it.";

  static Article clean(String html) throws CleanException {
    return new HtmlCleaner(JUNE_2024, false)
        .clean(new SourceDocument("t1", "https://news.example.com/town/bridge",
            SourceDocument.Format.HTML, html, null));
  }

  static String page(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  static String article(String inside) {
    return "<article><p>" + P1 + "</p>" + inside + "<p>" + P2 + "</p><p>" + P3 + "</p></article>";
  }

  static List<String> texts(Article a) {
    return a.paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void keepsTheArticleParagraphsInOrder() throws Exception {
    Article a = clean(page("", article("")));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsSectionHeadingsAsHeadings() throws Exception {
    Article a = clean(page("", article("<h2>Shops fear for the market</h2>")));
    assertThat(a.paragraphs()).contains(Paragraph.heading("Shops fear for the market"));
    assertThat(a.paragraphs().get(0)).isEqualTo(Paragraph.body(P1));
  }

  @Test
  void dropsTheHeadlineRepeatedAsH1() throws Exception {
    Article a = clean(page("<title>Bridge opens to cyclists | Town Post</title>",
        "<h1>Bridge opens to cyclists</h1>" + article("")));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsNavigation() throws Exception {
    Article a = clean(page("", "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News about"
        + " the town and its people and everything else</a></li></ul></nav>" + article("")));
    assertThat(String.join(" ", texts(a))).doesNotContain("Home", "News about");
  }

  @Test
  void dropsComments() throws Exception {
    String comments = "<div id=comments class=comments-area><p>I have cycled over that bridge for"
        + " twenty years and never once had a problem with the cars, so why change it now?</p></div>";
    Article a = clean(page("", article("") + comments));
    assertThat(String.join(" ", texts(a))).doesNotContain("twenty years");
  }

  @Test
  void dropsWidgetLabelsWhateverTheirDecoration() throws Exception {
    Article a = clean(page("", article("<p>0 Comments (+)</p><p>» Read more</p><p>Share:</p>")));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsAShortParagraphThatOnlyMentionsComments() throws Exception {
    String asked = "(Asked for comments, the mayor declined.)";
    Article a = clean(page("", article("<p>" + asked + "</p>")));
    assertThat(texts(a)).contains(asked);
  }

  @Test
  void dropsShareAndNewsletterBoxes() throws Exception {
    String share = "<div class=share-buttons><a href=#>Facebook</a> <a href=#>Twitter</a></div>";
    String newsletter = "<div class=newsletter-signup><p>Get the Town Post in your inbox every"
        + " morning: the news that matters to you, free of charge.</p></div>";
    Article a = clean(page("", article(share + newsletter)));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsRelatedArticleBlocks() throws Exception {
    String related = "<aside class=related><h3>Read also</h3><p>The old ferry returns for one summer"
        + " only, and the town council hopes tourists will come back to the harbour.</p></aside>";
    Article a = clean(page("", article("") + related));
    assertThat(String.join(" ", texts(a))).doesNotContain("ferry", "Read also");
  }

  @Test
  void dropsTeaserCardsWithALinkedHeadline() throws Exception {
    String card = "<div class=card><h3><a href=/other>Ferry returns for the summer season</a></h3>"
        + "<p>The old ferry returns for one summer only, and the council hopes tourists come back"
        + " to the harbour.</p></div>";
    Article a = clean(page("", "<div>" + article("") + "</div><div>" + card + card + "</div>"));
    assertThat(String.join(" ", texts(a))).doesNotContain("ferry");
  }

  @Test
  void dropsCaptionsAndPhotoCredits() throws Exception {
    String figure = "<figure><img src=a.jpg><figcaption>Cyclists cross the bridge on its first"
        + " morning, a sight the town has waited for.</figcaption></figure>";
    Article a = clean(page("", article(figure + "<p>Photo: Jane Doe / Town Post</p>")));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsBylinesAndDatelines() throws Exception {
    Article a = clean(page("", article("<p>By Jane Doe</p><p>March 20, 2024</p>")));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsCookieNotices() throws Exception {
    String cookies = "<div id=cookie-banner><p>We use cookies to improve your experience on our"
        + " site and to show you relevant advertising. By continuing you accept our policy.</p>"
        + "<p>You can change your cookie settings at any time in the privacy centre of this"
        + " website, and withdraw your consent whenever you like.</p></div>";
    Article a = clean(page("", cookies + article("")));
    assertThat(String.join(" ", texts(a))).doesNotContain("cookie");
  }

  @Test
  void dropsPaywallAndAdvertisementLines() throws Exception {
    Article a = clean(page("", article("<p>Advertisement</p><p>Subscribe to continue reading</p>")));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsHiddenElements() throws Exception {
    String hidden = "<div style='display: none'><p>This text is never shown to a reader of the"
        + " page because a style hides it from view entirely.</p></div>";
    Article a = clean(page("", article(hidden)));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsAWrapperWhoseNameMentionsFurnitureWhenItHoldsTheArticle() throws Exception {
    Article a = clean(page("", "<div class='content has-sidebar'>" + article("") + "</div>"));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsTextThatIsAlreadyDecoded() throws Exception {
    String p = "Der Bürgermeister sagte, die Brücke werde im Frühjahr überprüft – nach einer"
        + " Zählung der Fahrräder und Autos auf der Brücke und den Straßen rund um den Markt.";
    Article a = clean(page("<meta charset=iso-8859-1>", article("<p>" + p + "</p>")));
    assertThat(texts(a)).contains(p);
  }

  @Test
  void contributorLinesGoToCreditsNotTheBody() throws Exception {
    Article a = clean(page("", article("<p>Jane Doe contributed to this report.</p>")));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
    assertThat(a.metadata().credits()).containsExactly("Jane Doe contributed to this report.");
  }

  @Test
  void aTableRowIsOneLine() throws Exception {
    Article a = clean(page("", article("<table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>"
        + "</table>")));
    assertThat(texts(a)).contains("1 Kyle Busch 5040");
  }

  @Test
  void aLinkedLineDeclaredInJsonLdArticleBodyIsKept() throws Exception {
    String linked = "<p><a href=/shop>Get the folding bike for $399 at the town shop</a></p>";
    String jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"" + P1 + " Get the folding bike for $399 at the town shop. " + P2
        + " " + P3 + "\"}</script>";
    assertThat(texts(clean(page("", article(linked)))))
        .doesNotContain("Get the folding bike for $399 at the town shop");
    assertThat(texts(clean(page(jsonLd, article(linked)))))
        .contains("Get the folding bike for $399 at the town shop");
  }

  @Test
  void anEmptyPageIsRejected() {
    assertThatThrownBy(() -> clean("  "))
        .isInstanceOf(CleanException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aPageWithoutBodyTextIsRejected() {
    assertThatThrownBy(() -> clean(page("<title>Nothing here</title>", "<nav><a href=/>Home</a></nav>")))
        .isInstanceOf(CleanException.class)
        .hasMessageContaining("no article text");
  }

  @Test
  void theInputDocumentIsNotChanged() throws Exception {
    String html = page("", article(""));
    SourceDocument doc = new SourceDocument("t1", "x", SourceDocument.Format.HTML, html, null);
    new HtmlCleaner(JUNE_2024, false).clean(doc);
    assertThat(doc.content()).isEqualTo(html);
  }
}
