package org.currents.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
import org.jspecify.annotations.Nullable;

/**
 * Parses one JSON Lines row of an article data set: {@code {"id", "url"?, "title"?, "published"?,
 * "site"?, "text"}} (also {@code byline}, {@code language}, {@code image}). The id is kept as given.
 * {@code published} is ISO-8601: a day, a local date-time, or a date-time with offset.
 */
final class JsonLinesArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxChars;
  private final Clock clock;

  JsonLinesArticles(int maxChars, Clock clock) {
    this.maxChars = maxChars;
    this.clock = clock;
  }

  Outcome<Article> parse(String file, int lineNumber, String line) {
    String input = file + ":" + lineNumber;
    if (line.length() > maxChars) {
      return Outcome.failed(
          ProblemCode.TOO_LARGE, input, "record is over the limit of " + maxChars + " characters");
    }
    JsonNode row;
    try {
      row = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Outcome.failed(
          ProblemCode.MALFORMED_RECORD, input, "not valid JSON: " + e.getOriginalMessage());
    }
    if (row == null || !row.isObject()) {
      return Outcome.failed(ProblemCode.MALFORMED_RECORD, input, "a row must be a JSON object");
    }
    String id = text(row, "id");
    String body = text(row, "text");
    if (id == null || id.isBlank()) {
      return Outcome.failed(ProblemCode.MALFORMED_RECORD, input, "missing \"id\"");
    }
    if (body == null || body.isBlank()) {
      return Outcome.failed(ProblemCode.EMPTY, input, "article " + id + " has no \"text\"");
    }
    PublishDate published = null;
    String when = text(row, "published");
    if (when != null && !when.isBlank()) {
      published = parseDate(when.trim());
      if (published == null) {
        return Outcome.failed(
            ProblemCode.MALFORMED_RECORD,
            input,
            "\"published\" is not an ISO-8601 date or date-time: " + when);
      }
    }
    String url = text(row, "url");
    Instant now = Instant.now(clock);
    return Outcome.ok(
        new Article(
            id,
            url,
            text(row, "title"),
            text(row, "byline"),
            published,
            text(row, "site"),
            text(row, "language"),
            text(row, "image"),
            body,
            new Provenance(input, null, now, ContentHash.sha256Hex(body))));
  }

  private static @Nullable PublishDate parseDate(String iso) {
    try {
      if (iso.length() == 10) {
        return PublishDate.ofDay(LocalDate.parse(iso), DateSource.GIVEN);
      }
      try {
        return PublishDate.of(OffsetDateTime.parse(iso), DateSource.GIVEN);
      } catch (DateTimeParseException noOffset) {
        LocalDateTime local = LocalDateTime.parse(iso);
        return new PublishDate(local.toLocalDate(), local.toLocalTime(), null, DateSource.GIVEN);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String text(JsonNode row, String field) {
    JsonNode node = row.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }
}
