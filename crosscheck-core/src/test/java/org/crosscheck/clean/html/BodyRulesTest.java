package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.clean.html.HtmlCleanerTest.P1;
import static org.crosscheck.clean.html.HtmlCleanerTest.P2;
import static org.crosscheck.clean.html.HtmlCleanerTest.P3;
import static org.crosscheck.clean.html.HtmlCleanerTest.article;
import static org.crosscheck.clean.html.HtmlCleanerTest.clean;
import static org.crosscheck.clean.html.HtmlCleanerTest.page;
import static org.crosscheck.clean.html.HtmlCleanerTest.texts;

import org.crosscheck.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The body rules for list articles, teasers and streamed pages: each rule, and a page where it
 * must not fire.
 */
class BodyRulesTest {

  private static String body(Article a) {
    return String.join(" ", texts(a));
  }

  // Streamed server rendering.

  @Test
  void streamedSegmentsAreReadInTheirPlaceholders() throws Exception {
    String html = page("", "<main><article><p>" + P1 + "</p><template id=\"B:0\"></template>"
        + "<div>Loading paragraph...</div><p>" + P3 + "</p></article></main>"
        + "<footer><p>About us and the rest of the site, with links to everything else.</p></footer>"
        + "<div hidden id=\"S:0\"><p>" + P2 + "</p></div>");
    assertThat(texts(clean(html))).containsExactly(P1, P2, P3);
  }

  @Test
  void aStreamedBoundaryLosesItsLoadingFallback() {
    Document doc = Jsoup.parse("<body><div><!--$?--><template id=\"B:1\"></template>"
        + "<p>Loading the story</p><!--/$--></div><div hidden id=\"S:1\"><p>The story.</p></div>");
    assertThat(StreamedSegments.resolve(doc)).isEqualTo(1);
    assertThat(doc.body().text()).isEqualTo("The story.");
  }

  @Test
  void aHiddenBoxThatIsNoStreamedSegmentStaysHidden() throws Exception {
    String html = page("", article("") + "<div hidden id=\"login\"><p>Log in to read the"
        + " comments and join the discussion with the other readers of the paper.</p></div>");
    Document doc = Jsoup.parse(html);
    assertThat(StreamedSegments.resolve(doc)).isZero();
    assertThat(body(clean(html))).doesNotContain("Log in");
  }

  // Class names.

  @Test
  void aClassNamingWhatTheElementHoldsIsNoFurnitureHint() throws Exception {
    String html = page("", "<div class=\"post has-post-thumbnail with-sidebar\">" + article("")
        + "</div><div class=sidebar><p>Our picks of the week, chosen by the editors for the"
        + " readers who like the long weekend stories best.</p></div>");
    Article a = clean(html);
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  @Test
  void aRegionWordThatQualifiesAnotherWordIsNoFurnitureHint() throws Exception {
    String html = page("", article("<div class=\"acc-wrap acc-pane-header-alignment-left\"><p>"
        + "Question one about the bridge, answered at length by the engineers who built it.</p>"
        + "</div>"));
    assertThat(body(clean(html))).contains("Question one");
    Document doc = Jsoup.parse("<div class=sidebar-content>x</div><div class=site-header>x</div>"
        + "<div class=header-300>x</div>");
    assertThat(Furniture.mark(doc.selectFirst(".sidebar-content")))
        .isEqualTo(Furniture.Mark.NONE);
    assertThat(Furniture.mark(doc.selectFirst(".site-header"))).isEqualTo(Furniture.Mark.SOFT);
    assertThat(Furniture.mark(doc.selectFirst(".header-300"))).isEqualTo(Furniture.Mark.SOFT);
  }

  @Test
  void aRegionWordEndingAClassNameIsStillFurniture() throws Exception {
    String html = page("", article("<div class=\"entry-header\"><p>Posted by the editors of"
        + " the paper in the section about bridges, roads and other public works.</p></div>"));
    assertThat(body(clean(html))).doesNotContain("Posted by");
  }

  @Test
  void aThumbnailBoxIsStillFurniture() throws Exception {
    String html = page("", article("<div class=thumbnail><p>Readers sent in their photographs of"
        + " the bridge from every angle, and the best of them are in the gallery.</p></div>"));
    assertThat(body(clean(html))).doesNotContain("photographs");
  }

  @Test
  void tableRowClassesAreData() throws Exception {
    String table = "<table><tr class=\"player-12 odd\"><td>1</td><td>Kyle Busch</td><td>5040</td>"
        + "</tr><tr class=\"player-13 even\"><td>2</td><td>Martin Truex</td><td>5035</td></tr>"
        + "</table>";
    assertThat(body(clean(page("", article(table))))).contains("1 Kyle Busch 5040");
  }

  @Test
  void aTableWrappedInAFigureIsKept() throws Exception {
    String table = "<figure class=wp-block-table><table><tr><td>1</td><td>Harbour Insurance Group"
        + "</td><td>2,714,021</td></tr></table></figure>";
    assertThat(body(clean(page("", article(table))))).contains("Harbour Insurance Group");
  }

  @Test
  void aFigureWithAPictureStaysFurniture() throws Exception {
    String figure = "<figure><img src=a.jpg><div>Cyclists wait at the bridge on the first morning"
        + " after the vote, while the shop owners watch from across the road.</div></figure>";
    assertThat(body(clean(page("", article(figure))))).doesNotContain("Cyclists wait");
  }

  @Test
  void profileCardsInAListArticleAreKept() throws Exception {
    String profile = "<div class=mover-profile><p>Harbour Movers offers full-service moves, packing"
        + " and storage across the state, and its crews were on time in every move we booked.</p>"
        + "</div>";
    Article a = clean(page("", "<article><p>" + P1 + "</p>" + profile + "<p>" + P2 + "</p>"
        + "</article>"));
    assertThat(body(a)).contains("Harbour Movers offers");
  }

  @Test
  void sectionsNamedForTheTableOfContentsAreText() throws Exception {
    String section = "<section class=toc-section id=toc_market><h2>The market</h2><p>Shop owners"
        + " say the weekly market has lost a third of its stalls since the road was closed, and"
        + " they want the council to pay for a bus on market days.</p></section>";
    assertThat(body(clean(page("", article(section))))).contains("lost a third of its stalls");
  }

  @Test
  void aTableOfContentsIsStillDropped() throws Exception {
    String toc = "<div class=toc><ul><li><a href=#vote>How the council voted on the bridge</a></li>"
        + "<li><a href=#market>What the shop owners say about the market</a></li></ul></div>";
    assertThat(body(clean(page("", article(toc))))).doesNotContain("How the council voted");
  }

  @Test
  void collapsedAccordionPanelsAreText() throws Exception {
    String panel = "<h3><button id=q1 aria-controls=a1>What does it cost?</button></h3><div id=a1"
        + " role=region aria-labelledby=q1 style=\"display:none\"><p>The council puts the cost at"
        + " two million euros, half of it paid by the region and the rest from parking fees.</p>"
        + "</div>";
    assertThat(body(clean(page("", article(panel))))).contains("two million euros");
  }

  @Test
  void otherHiddenBoxesStayOut() throws Exception {
    String hidden = "<div style=\"display:none\" aria-labelledby=q1><p>The council puts the cost"
        + " at two million euros, half of it paid by the region and the rest from parking.</p></div>";
    assertThat(body(clean(page("", article(hidden))))).doesNotContain("two million euros");
  }

  // Repeated passages.

  @Test
  void aPassageThePageRepeatsIsReadOnce() throws Exception {
    // A print version at the end repeating the article word for word.
    String echo = "<div class=print><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
    assertThat(texts(clean(page("", article("").replace("</article>", echo
        + "</article>"))))).containsExactly(P1, P2, P3);
  }

  @Test
  void aNoteRepeatedUnderEachEntryIsKept() throws Exception {
    String note = "<p>Support this webcam with a gift to the park's conservancy.</p>";
    String html = page("", "<article><h2>North Dome</h2><p>" + P1 + "</p>" + note
        + "<h2>Half Dome</h2><p>" + P2 + "</p>" + note + "</article>");
    assertThat(texts(clean(html))).containsExactly("North Dome", P1,
        "Support this webcam with a gift to the park's conservancy.", "Half Dome", P2,
        "Support this webcam with a gift to the park's conservancy.");
  }

  // Teasers.

  @Test
  void datedTeaserCardsWithLongBlurbsAreDropped() throws Exception {
    String card = "<li><div class=item><h5><a href=/opinion/ferry>Ferry returns for the summer"
        + "</a></h5><div class=when><time datetime=2024-05-01>May 1, 2024</time></div>"
        + "<div class=blurb>The old ferry returns for one summer only, and the council hopes the"
        + " tourists come back to the harbour, where the cafés have been empty since the autumn"
        + " and the fishermen say the quay needs repairs before anyone can land there.</div>"
        + "</div></li>";
    Article a = clean(page("", article("") + "<ul>" + card + card.replace("ferry", "train")
        + "</ul>"));
    assertThat(texts(a)).containsExactly(P1, P2, P3);
  }

  /** An event card shaped like a teaser: a date, a linked headline and a description. */
  private static String eventCard(String date, String name, String town) {
    return "<li><div class=date>" + date + "</div><h2><a href=/events/" + town.toLowerCase()
        + ">" + name + "</a></h2><p>" + town + ", United States</p><p>Two days of talks and"
        + " workshops in " + town + " for the people who run the networks of small firms.</p></li>";
  }

  @Test
  void teaserShapedCardsThatMakeUpThePageAreAListing() throws Exception {
    String events = "<ul class=events>" + eventCard("March 17, 2026", "Channel Partners Live", "Columbus")
        + eventCard("March 19, 2026", "Cyber Security Summit", "Philadelphia")
        + eventCard("April 9, 2026", "Cloud Computing Days", "Minneapolis")
        + eventCard("April 13, 2026", "Managed Services Expo", "Las Vegas") + "</ul>";
    Article a = clean(page("", "<main><h1>Upcoming events</h1><p>" + P1 + "</p>" + events
        + "</main>"));
    assertThat(body(a)).contains("workshops in Columbus", "workshops in Philadelphia",
        "workshops in Minneapolis", "workshops in Las Vegas");
  }

  @Test
  void theSameCardsBesideALongArticleAreTeasers() throws Exception {
    String more = "<ul class=events>" + eventCard("March 17, 2026", "Channel Partners Live", "Columbus")
        + eventCard("March 19, 2026", "Cyber Security Summit", "Philadelphia")
        + eventCard("April 9, 2026", "Cloud Computing Days", "Minneapolis") + "</ul>";
    String longer = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    Article a = clean(page("", article(longer + longer) + more));
    assertThat(body(a)).contains("council voted").doesNotContain("workshops");
  }

  @Test
  void aFeedOfTheSitesOwnDatedStoriesIsNoListing() throws Exception {
    // Shaped and sized like the listing above, and inside the article element too, but each
    // entry is a story of this site with its date: "More in Sports" under a short report.
    String story = "<li><time datetime=2024-05-01>May 1, 2024</time><h3><a href=/sports/NAME>"
        + "Wild beat the Sabres again in NAME</a></h3><p>The Wild won their third game in a row"
        + " in NAME, with two goals from their veteran winger in the first period.</p></li>";
    String feed = "<ul class=more>" + story.replace("NAME", "Buffalo")
        + story.replace("NAME", "Boston") + story.replace("NAME", "Denver")
        + story.replace("NAME", "Dallas") + "</ul>";
    Article a = clean(page("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + feed + "</article>"));
    assertThat(body(a)).contains("council voted").doesNotContain("third game in a row");
  }

  @Test
  void entriesMarkedUpAsArticlesAreStoriesNotAListing() throws Exception {
    String story = "<div class=col><article><h2><a href=https://other.example.org/NAME>A long"
        + " read about NAME</a></h2><p>What the people of NAME think of the new bridge, the"
        + " market and the council that could not agree on either.</p></article></div>";
    String grid = "<div class=grid>" + story.replace("NAME", "Leeds")
        + story.replace("NAME", "York") + story.replace("NAME", "Hull")
        + story.replace("NAME", "Bath") + "</div>";
    Article a = clean(page("", "<div class=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p>" + grid + "</div>"));
    assertThat(body(a)).contains("council voted").doesNotContain("people of York");
  }

  @Test
  void numberedListEntriesWithALinkedNameAreKept() throws Exception {
    String entry = "<div class=entry><h2><a href=https://shop.example.org/a>1. Acme Road Bike</a>"
        + "</h2><p>The lightest frame in the test, with gears that shifted cleanly on every climb"
        + " and brakes that held on the steepest descent of the route.</p></div>";
    Article a = clean(page("", "<article><p>" + P1 + "</p>" + entry
        + entry.replace("1. Acme", "2. Zenith") + "</article>"));
    assertThat(body(a)).contains("1. Acme Road Bike", "2. Zenith Road Bike", "lightest frame");
  }

  @Test
  void aLinkedHeadlineWithItsExcerptCutShortIsATeaser() throws Exception {
    String ticker = "<ul class=ticker><li><a href=/a>Ferry returns</a> <span>The old ferry returns"
        + " for one summer only, and the council hopes the tourists who stayed away last year will"
        + " come back to the harbour and its...</span></li><li><a href=/b>Market moves</a> <span>"
        + "The weekly market moves to the square while the road is closed for the works, and the"
        + " stall holders say they will lose half of their...</span></li></ul>";
    assertThat(body(clean(page("", ticker + article(""))))).doesNotContain("ferry", "market moves");
  }

  @Test
  void aShortListEntryTrailingOffIsKept() throws Exception {
    String list = "<ul><li><a href=/g>Google</a> 450+ free certificates on analytics, cloud, ads…"
        + "</li><li><a href=/h>Harvard</a> 10 online courses on computer science, programming…</li>"
        + "</ul>";
    assertThat(body(clean(page("", article(list))))).contains("Google 450+", "Harvard 10");
  }

  @Test
  void aParagraphTrailingOffWithoutLinksIsKept() throws Exception {
    String p = "<p>Nobody on the council would say what happens if the count goes the other way,"
        + " and the mayor only smiled and said that we would see...</p>";
    assertThat(body(clean(page("", article(p))))).contains("we would see...");
  }

  // Links in prose.

  @Test
  void proseWrittenAroundManyLinksIsKept() throws Exception {
    String item = "<li><a href=/a>The council</a> voted to <a href=/b>open the bridge to cyclists"
        + "</a> on Tuesday. <a href=/c>Shop owners</a> fear for the <a href=/d>weekly market</a>"
        + " and its customers.</li>";
    Article a = clean(page("", "<article><p>" + P1 + "</p><ol>" + item + item.replace("Tuesday",
        "Monday") + item.replace("Tuesday", "Friday") + "</ol><p>" + P2 + "</p></article>"));
    assertThat(body(a)).contains("open the bridge to cyclists on Monday.");
  }

  @Test
  void aListOfLinkedHeadlinesIsNotProse() throws Exception {
    String links = "<div class=more><p><a href=/a>Ferry returns for the summer season</a><br>"
        + "<a href=/b>Market moves to the square during the works</a><br><a href=/c>School"
        + " opens a new library for the older pupils</a></p></div>";
    assertThat(body(clean(page("", article("") + links)))).doesNotContain("Ferry", "Market moves");
  }

  @Test
  void aBareAddressUnderAProductLineIsKept() throws Exception {
    String list = "<p>1) Lego Star Wars Resistance Bomber<br><a href=http://amzn.to/2x>"
        + "http://amzn.to/2x</a><br>2) Polistil Electric Race Track<br><a href=http://amzn.to/3y>"
        + "http://amzn.to/3y</a></p>";
    assertThat(body(clean(page("", article(list))))).contains("Lego Star Wars", "Polistil");
  }
}
