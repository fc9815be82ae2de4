package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.clean.html.HtmlCleanerTest.article;
import static org.crosscheck.clean.html.PageMetadataTest.meta;

import org.junit.jupiter.api.Test;

/** Names read out of printed bylines, and the credits that name no author. */
class BylineTest {

  private static final String URL = "https://news.example.com/town/bridge";

  @Test
  void theNameEndsAtASeparatorADateOrAJobTitle() {
    assertThat(Byline.names("By Jane Doe • March 3, 2024")).containsExactly("Jane Doe");
    assertThat(Byline.names("By Jane Doe - June 12, 2025")).containsExactly("Jane Doe");
    assertThat(Byline.names("Jane Doe December 17, 2025")).containsExactly("Jane Doe");
    assertThat(Byline.names("Written by Jane Doe Content Marketing Coordinator"))
        .containsExactly("Jane Doe");
    assertThat(Byline.names("Jane Doe Tech Reporter")).containsExactly("Jane Doe");
    assertThat(Byline.names("Posted by Jane Doe on 2025-12-18 in news"))
        .containsExactly("Jane Doe");
  }

  @Test
  void labelsAndGluedWordsAreNotPartOfTheName() {
    assertThat(Byline.names("ByJane Doe Published March 9, 2026")).containsExactly("Jane Doe");
    assertThat(Byline.names("Author: Jane Doe")).containsExactly("Jane Doe");
    assertThat(Byline.names("Jane DoeFounder")).containsExactly("Jane Doe");
    assertThat(Byline.names("by: A. J. Neal, Dec 17, 2025")).containsExactly("A. J. Neal");
    assertThat(Byline.names("Jane Doe Jane Doe")).containsExactly("Jane Doe");
  }

  @Test
  void twoAuthorsJoinedByAnd() {
    assertThat(Byline.names("Written by Jane Doe and John Roe April 8, 2024"))
        .containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void creditsForSomeoneElseAndBareLabelsNameNoAuthor() {
    assertThat(Byline.names("Updated by Jon Linkov")).isEmpty();
    assertThat(Byline.names("Photo by Jane Doe")).isEmpty();
    assertThat(Byline.names("by the river bank")).isEmpty();
    assertThat(Byline.creditsOther("Reviewed by Jane Doe")).isTrue();
    assertThat(Byline.creditsOther("Written By")).isTrue();
    assertThat(Byline.creditsOther("By Podium Staff")).isFalse();
  }

  @Test
  void aBylineMarkedOnlyByItsWordsGivesTheAuthor() throws Exception {
    assertThat(meta("", "<h1>Bridge opens to cyclists</h1><p><span>By</span> <a href=/jd>Jane"
        + " Doe</a> · March 20, 2024</p>" + article(""), URL).authors())
        .containsExactly("Jane Doe");
    // A sentence that starts with "by" names nobody.
    assertThat(meta("", "<h1>Bridge opens to cyclists</h1><p>by the river, the works go on"
        + "</p>" + article(""), URL).authors()).isEmpty();
  }

  @Test
  void aClassMarkedBylineLosesItsLabelAndJobTitle() throws Exception {
    assertThat(meta("", "<h1>Bridge opens to cyclists</h1><div class=author>Written by Jane"
        + " Doe Senior Editor</div>" + article(""), URL).authors()).containsExactly("Jane Doe");
    assertThat(meta("", "<h1>Bridge opens to cyclists</h1><div class=author><a>By Jane Doe</a>"
        + "<a>Updated by John Roe</a></div>" + article(""), URL).authors())
        .containsExactly("Jane Doe");
  }
}
