package org.currents.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.currents.model.Ingested;
import org.currents.model.Origin;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.RawPage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of a WARC or WARC.gz file (the Common Crawl News format): one {@link RawPage} per
 * {@code response} record whose HTTP status is 2xx and whose payload is HTML. The HTTP headers are
 * parsed (the Content-Type's charset reaches the extractor; chunked and gzip transfer are undone),
 * and the record id and target URI are kept in the page's {@link Origin}. Other records (requests,
 * metadata) are passed over; responses that are redirects, errors or not HTML become skips.
 *
 * <p>Thread safe (no state). Parsing is done by jwarc, which reads both plain and gzipped WARCs.
 */
final class WarcPages {
  private final ReadLimits limits;

  WarcPages(ReadLimits limits) {
    this.limits = limits;
  }

  /** Reads {@code in} (closing it), naming it {@code location} in every page's origin. */
  void read(String location, InputStream in, Consumer<Outcome<Ingested>> sink) {
    try (WarcReader reader = new WarcReader(in)) {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        if (next.get() instanceof WarcResponse response) {
          sink.accept(page(location, response));
        }
      }
    } catch (ParsingException e) {
      sink.accept(
          Outcome.failed(
              ProblemCode.MALFORMED_RECORD, location, "not a valid WARC record: " + e.getMessage()));
    } catch (IOException e) {
      sink.accept(
          Outcome.failed(ProblemCode.TRUNCATED, location, "the WARC file ends early: " + e));
    } catch (NoSuchElementException | IllegalArgumentException e) {
      // jwarc signals a record without a mandatory header (id, date, target) this way.
      sink.accept(
          Outcome.failed(
              ProblemCode.MALFORMED_RECORD, location, "a WARC record misses a header: " + e.getMessage()));
    }
  }

  private Outcome<Ingested> page(String location, WarcResponse response) throws IOException {
    String recordId = response.id().toString();
    String input = location + "#" + recordId;
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      return Outcome.failed(
          ProblemCode.MALFORMED_RECORD, input, "the HTTP response does not parse: " + e.getMessage());
    }
    int status = http.status();
    if (status < 200 || status > 299) {
      return Outcome.skipped(ProblemCode.NOT_AN_ARTICLE, input, "HTTP status " + status);
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    if (contentType != null && !isHtml(contentType)) {
      return Outcome.skipped(ProblemCode.NOT_AN_ARTICLE, input, "not HTML: " + contentType);
    }
    byte[] body;
    try (MessageBody decoded = http.bodyDecoded();
        InputStream stream = decoded.stream()) {
      body = Bytes.readAtMost(stream, limits.maxPageBytes());
    }
    if (body == null) {
      return Outcome.failed(
          ProblemCode.TOO_LARGE, input, "page is over the limit of " + limits.maxPageBytes() + " bytes");
    }
    String url = response.target();
    return Outcome.ok(
        new RawPage(
            input, url, body, contentType, response.date(), new Origin("warc", location, recordId, status)));
  }

  static boolean isHtml(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.contains("html");
  }
}
