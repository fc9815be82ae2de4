package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.crosscheck.model.Report;
import org.junit.jupiter.api.Test;

/** The JSON report keeps the field names of the contract in the README. */
class JsonReportTest {
  private final Report report = ReportFixtures.small();
  private final JsonNode json = new JsonReport().toJson(report);

  @Test
  void hasEveryTopLevelSection() {
    assertThat(iterable(json.fieldNames()))
        .containsExactly("articles", "actors", "quotes", "figures", "events", "stories",
            "crosscheck", "warnings");
    assertThat(json.get("crosscheck").has("agreements")).isTrue();
    assertThat(json.get("crosscheck").get("conflicts")).hasSize(1);
  }

  @Test
  void articleCarriesItsMetadataAndParagraphs() {
    JsonNode a = json.get("articles").get(0);
    assertThat(a.get("id").asText()).isEqualTo("a.txt");
    assertThat(a.get("file").asText()).isEqualTo("corpus/a.txt");
    assertThat(a.get("outlet").asText()).isEqualTo("Daily Test");
    assertThat(a.get("byline").asText()).isEqualTo("Ann Writer");
    assertThat(a.get("published").asText()).isEqualTo("2024-03-21");
    assertThat(a.get("duplicate_of").isNull()).isTrue();
    assertThat(a.get("paragraphs")).hasSize(3);
    assertThat(a.get("headings").get(0).asInt()).isEqualTo(0);
  }

  @Test
  void quoteOffsetsPointAtTheQuotedWordsInTheArticleText() {
    JsonNode q = json.get("quotes").get(0);
    String text = report.articles().get(0).text();
    assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt()))
        .isEqualTo(q.get("text").asText());
    assertThat(q.get("speaker_id").asText()).isEqualTo("jane-roe");
    assertThat(q.get("speaker_kind").asText()).isEqualTo("person");
  }

  @Test
  void figureValueIsANumberAndQualifierIsWords() {
    JsonNode f = json.get("figures").get(0);
    assertThat(f.get("value").isIntegralNumber()).isTrue();
    assertThat(f.get("value").asLong()).isEqualTo(12);
    assertThat(f.get("qualifier").asText()).isEqualTo("at least");
    assertThat(f.get("source").isNull()).isTrue();
    assertThat(f.get("as_of").asText()).isEqualTo("2024-03-21");
  }

  @Test
  void eventsAndStoriesUseIdsAndIsoDates() {
    JsonNode e = json.get("events").get(0);
    assertThat(e.get("type").asText()).isEqualTo("CONSULT");
    assertThat(e.get("source").get(0).asText()).isEqualTo("Jane Roe");
    assertThat(e.get("evidence").get(0).get("article").asText()).isEqualTo("a.txt");
    JsonNode s = json.get("stories").get(0);
    assertThat(s.get("timeline").get(0).asText()).isEqualTo("e1");
    assertThat(s.get("start").asText()).isEqualTo("2024-03-21");
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
