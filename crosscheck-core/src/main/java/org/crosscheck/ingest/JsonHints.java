package org.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.crosscheck.model.ArticleMetadata;

/**
 * Reads article metadata from a JSON object, as manifests and JSON Lines records give it: {@code
 * url, outlet, title, published, updated, language, syndicated_from} and {@code byline} or {@code
 * author(s)}. Unknown fields are ignored; a date that does not parse is dropped with a warning.
 */
final class JsonHints {
  private JsonHints() {}

  static ArticleMetadata from(JsonNode node, Consumer<String> warnings) {
    return new ArticleMetadata(
        text(node, "url"),
        text(node, "outlet"),
        text(node, "title"),
        authors(node),
        date(node, "published", warnings),
        date(node, "updated", warnings),
        text(node, "language"),
        List.of(),
        text(node, "syndicated_from"));
  }

  /** The field as trimmed text, or null when absent, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (String field : List.of("byline", "author", "authors")) {
      JsonNode value = node.get(field);
      if (value != null && value.isArray()) {
        value.forEach(v -> addName(names, v.asText()));
      } else if (value != null && !value.isNull()) {
        addName(names, value.asText());
      }
    }
    return names;
  }

  private static void addName(List<String> names, String name) {
    String clean = name.strip().replaceFirst("(?i)^by\\s+", "");
    if (!clean.isEmpty() && !names.contains(clean)) {
      names.add(clean);
    }
  }

  private static LocalDate date(JsonNode node, String field, Consumer<String> warnings) {
    String value = text(node, field);
    if (value == null) {
      return null;
    }
    LocalDate date = parseDate(value);
    if (date == null) {
      warnings.accept("\"" + field + "\": \"" + value + "\" is not an ISO-8601 date; ignored");
    }
    return date;
  }

  /** An ISO-8601 date or date-time ("2024-03-21", "2024-03-21T09:30:00Z"), or null. */
  static LocalDate parseDate(String value) {
    try {
      return value.length() == 10
          ? LocalDate.parse(value)
          : OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return value.length() > 10 && value.charAt(10) == 'T'
            ? LocalDate.parse(value.substring(0, 10))
            : null;
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
