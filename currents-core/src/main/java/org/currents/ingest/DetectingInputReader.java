package org.currents.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.currents.ingest.fetch.Fetched;
import org.currents.ingest.fetch.PageFetcher;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.Ingested;
import org.currents.model.Origin;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
import org.currents.model.RawPage;
import org.currents.store.FetchMemory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads every kind of source, telling them apart by content ({@link SourceKind}): URLs (fetched
 * politely), RSS, Atom and JSON Feed, Google News sitemaps and sitemap indexes, WARC and WARC.gz
 * files; HTML files, directories and JSON Lines go to the file reader. A feed entry with its full
 * text becomes an article at once; an entry with only a link (and every sitemap URL) is fetched,
 * unless an article from that URL is already stored, so re-reading a feed costs only its new
 * entries. Links are fetched on a few threads (the fetcher keeps each host polite) and handed on
 * in feed order.
 *
 * <p>Thread safe if the fetcher and file reader are.
 */
public final class DetectingInputReader implements InputReader {
  /**
   * Limits on what one feed or sitemap may cost.
   *
   * @param maxLinks entries read per feed or sitemap (and sitemaps per index)
   * @param minFullTextChars an entry with at least this much text is taken as the full article
   * @param fetchThreads links fetched at a time (across hosts; each host has its own limit)
   * @param maxSitemapDepth how deep sitemap indexes may nest
   */
  public record Limits(int maxLinks, int minFullTextChars, int fetchThreads, int maxSitemapDepth) {
    /** 1,000 links, 600 characters of text, 4 threads, indexes 2 deep. */
    public static Limits defaults() {
      return new Limits(1000, 600, 4, 2);
    }
  }

  private final InputReader files;
  private final PageFetcher fetcher;
  private final FetchMemory memory;
  private final ReadLimits readLimits;
  private final Limits limits;
  private final Clock clock;
  private final WarcPages warc;

  public DetectingInputReader(
      InputReader files,
      PageFetcher fetcher,
      FetchMemory memory,
      ReadLimits readLimits,
      Limits limits,
      Clock clock) {
    this.files = files;
    this.fetcher = fetcher;
    this.memory = memory;
    this.readLimits = readLimits;
    this.limits = limits;
    this.clock = clock;
    this.warc = new WarcPages(readLimits);
  }

  /** Where a feed's bytes came from: its location, HTTP status (null for a file), when. */
  private record Got(String location, @Nullable String fetchedUrl, @Nullable Integer status, Instant at) {}

  @Override
  public void read(String source, Consumer<Outcome<Ingested>> sink) {
    if (isUrl(source)) {
      readUrl(source, sink, 0);
      return;
    }
    Outcome<Path> located = SourcePaths.of(source);
    if (!(located instanceof Outcome.Ok<Path> ok)) {
      sink.accept(located.map(p -> null));
      return;
    }
    Path path = ok.value();
    if (!Files.isRegularFile(path)) {
      files.read(source, sink);
      return;
    }
    SourceKind kind;
    try (InputStream in = Files.newInputStream(path)) {
      kind = SourceKind.of(in.readNBytes(SourceKind.SNIFF_BYTES));
    } catch (IOException e) {
      sink.accept(Outcome.failed(ProblemCode.UNREADABLE, source, "cannot read: " + e));
      return;
    }
    if (kind == SourceKind.warc) {
      try {
        warc.read(source, Files.newInputStream(path), sink);
      } catch (IOException e) {
        sink.accept(Outcome.failed(ProblemCode.UNREADABLE, source, "cannot open: " + e));
      }
    } else if (kind.isFeedOrSitemap()) {
      try {
        byte[] body = Files.readAllBytes(path);
        readFeed(kind, body, new Got(source, null, null, Instant.now(clock)), sink, 0);
      } catch (IOException e) {
        sink.accept(Outcome.failed(ProblemCode.UNREADABLE, source, "cannot read: " + e));
      }
    } else {
      files.read(source, sink);
    }
  }

  static boolean isUrl(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private void readUrl(String url, Consumer<Outcome<Ingested>> sink, int depth) {
    Outcome<Fetched> fetched = fetcher.fetch(url);
    if (fetched instanceof Outcome.Failed<Fetched> f) {
      sink.accept(new Outcome.Failed<>(f.problem()));
      return;
    }
    if (!(fetched instanceof Outcome.Ok<Fetched> ok)) {
      return; // not modified since the last run: nothing new
    }
    Fetched page = ok.value();
    SourceKind kind = SourceKind.of(head(page.body()));
    if (kind == SourceKind.warc) {
      warc.read(url, new ByteArrayInputStream(page.body()), sink);
    } else if (kind.isFeedOrSitemap()) {
      readFeed(kind, page.body(), new Got(url, page.url(), page.status(), page.fetchedAt()), sink, depth);
    } else {
      sink.accept(Outcome.ok(asPage(url, page, new Origin("url", url, null, page.status()))));
    }
  }

  private void readFeed(
      SourceKind kind, byte[] raw, Got got, Consumer<Outcome<Ingested>> sink, int depth) {
    byte[] body;
    try {
      body = gunzipped(raw);
    } catch (IOException e) {
      sink.accept(Outcome.failed(ProblemCode.TRUNCATED, got.location(), "the gzip stream is corrupt: " + e));
      return;
    }
    if (body == null) {
      sink.accept(
          Outcome.failed(
              ProblemCode.TOO_LARGE, got.location(), "over the limit of " + readLimits.maxPageBytes() + " bytes"));
      return;
    }
    FeedDocument doc = FeedDocument.parse(kind, body, got.fetchedUrl() == null ? "" : got.fetchedUrl());
    if (doc == null) {
      sink.accept(Outcome.failed(ProblemCode.MALFORMED_RECORD, got.location(), "not a valid " + kind));
      return;
    }
    List<FeedDocument.Entry> entries =
        doc.entries().subList(0, Math.min(doc.entries().size(), limits.maxLinks()));
    if (kind == SourceKind.sitemapIndex) {
      if (depth >= limits.maxSitemapDepth()) {
        sink.accept(
            Outcome.failed(
                ProblemCode.TOO_DEEP, got.location(), "sitemap indexes nest deeper than " + limits.maxSitemapDepth()));
        return;
      }
      entries.stream().map(FeedDocument.Entry::link).filter(l -> l != null && isUrl(l))
          .forEach(l -> readUrl(l, sink, depth + 1));
      return;
    }
    String originKind = kind == SourceKind.sitemap ? "sitemap" : "feed";
    List<FeedDocument.Entry> toFetch = new ArrayList<>();
    for (FeedDocument.Entry entry : entries) {
      Article full = kind == SourceKind.sitemap ? null : fullText(entry, doc, got);
      if (full != null) {
        sink.accept(Outcome.ok(full));
      } else if (entry.link() != null && isUrl(entry.link()) && !memory.isStored(entry.link())) {
        toFetch.add(entry);
      }
    }
    fetchLinks(toFetch, originKind, got, sink);
  }

  /** Fetches the entries' links a few at a time, handing the pages on in entry order. */
  private void fetchLinks(
      List<FeedDocument.Entry> entries, String originKind, Got got, Consumer<Outcome<Ingested>> sink) {
    if (entries.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(limits.fetchThreads());
    try {
      int window = limits.fetchThreads() * 4;
      for (int from = 0; from < entries.size(); from += window) {
        List<FeedDocument.Entry> batch = entries.subList(from, Math.min(entries.size(), from + window));
        List<Future<Outcome<Fetched>>> pending = new ArrayList<>();
        for (FeedDocument.Entry e : batch) {
          String link = e.link();
          pending.add(pool.submit(() -> fetcher.fetch(link)));
        }
        for (int i = 0; i < batch.size(); i++) {
          FeedDocument.Entry entry = batch.get(i);
          Outcome<Fetched> fetched = pending.get(i).get();
          if (fetched instanceof Outcome.Ok<Fetched> ok) {
            Origin origin = new Origin(originKind, got.location(), entry.id(), ok.value().status());
            sink.accept(Outcome.ok(asPage(entry.link(), ok.value(), origin)));
          } else if (fetched instanceof Outcome.Failed<Fetched> f) {
            sink.accept(new Outcome.Failed<>(f.problem()));
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.accept(Outcome.failed(ProblemCode.FETCH_FAILED, got.location(), "interrupted"));
    } catch (ExecutionException e) {
      throw new IllegalStateException("a fetch threw, which fetchers must not do", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static RawPage asPage(@Nullable String source, Fetched page, Origin origin) {
    return new RawPage(
        source == null ? page.url() : source, page.url(), page.body(), page.contentType(), page.fetchedAt(), origin);
  }

  /** The entry as an article when it carries the full text, else null (its link is fetched). */
  private @Nullable Article fullText(FeedDocument.Entry entry, FeedDocument doc, Got got) {
    if (entry.html() == null) {
      return null;
    }
    Element body = Jsoup.parseBodyFragment(entry.html()).body();
    List<String> paragraphs = body.select("p").eachText();
    String text = paragraphs.isEmpty() ? body.text() : String.join("\n\n", paragraphs);
    if (text.length() < limits.minFullTextChars()) {
      return null;
    }
    return new Article(
        ContentHash.articleId(entry.link(), text),
        entry.link(),
        entry.title(),
        null,
        entry.published() == null ? null : date(entry.published()),
        doc.title(),
        null,
        null,
        text,
        new Provenance(
            got.location(),
            got.fetchedUrl(),
            got.at(),
            ContentHash.sha256Hex(text),
            new Origin("feed", got.location(), entry.id(), got.status())));
  }

  /** An RFC 1123 (RSS) or ISO-8601 (Atom, JSON Feed, sitemaps) date; null when neither. */
  static @Nullable PublishDate date(String value) {
    String v = value.trim();
    try {
      return PublishDate.of(OffsetDateTime.parse(v), DateSource.GIVEN);
    } catch (DateTimeParseException notIso) {
      try {
        return PublishDate.of(
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime(), DateSource.GIVEN);
      } catch (DateTimeParseException notRfc) {
        try {
          return PublishDate.ofDay(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v), DateSource.GIVEN);
        } catch (DateTimeParseException notDay) {
          return null;
        }
      }
    }
  }

  private static byte[] head(byte[] body) {
    return body.length <= SourceKind.SNIFF_BYTES ? body : java.util.Arrays.copyOf(body, SourceKind.SNIFF_BYTES);
  }

  /** The bytes, gunzipped when gzipped; null when over the page limit. */
  private byte @Nullable [] gunzipped(byte[] raw) throws IOException {
    if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return Bytes.readAtMost(in, readLimits.maxPageBytes());
    }
  }
}
