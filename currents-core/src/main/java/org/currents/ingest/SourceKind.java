package org.currents.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What a source holds, told from its first bytes rather than its name or Content-Type (servers
 * and file names lie about both): a WARC file, a feed (RSS, Atom, JSON Feed), a sitemap or sitemap
 * index, or anything else (left to the page and JSON Lines readers).
 */
enum SourceKind {
  warc,
  rss,
  atom,
  jsonFeed,
  sitemap,
  sitemapIndex,
  other;

  /** How many leading bytes {@link #of} looks at. */
  static final int SNIFF_BYTES = 4096;

  /** The kind of a source starting with {@code head} (gzip is looked through). */
  static SourceKind of(byte[] head) {
    if (head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return of(gunzipHead(head));
    }
    String start = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.UTF_8);
    start = start.replace("\uFEFF", "").stripLeading();
    if (start.startsWith("WARC/")) {
      return warc;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("{")) {
      return lower.contains("jsonfeed.org/version") ? jsonFeed : other;
    }
    if (!lower.startsWith("<")) {
      return other;
    }
    // The root element decides; the first of these names to appear is the root.
    int atHtml = index(lower, "<html");
    int atRss = Math.min(index(lower, "<rss"), index(lower, "<rdf:rdf"));
    int atFeed = index(lower, "<feed");
    int atUrlset = index(lower, "<urlset");
    int atIndex = index(lower, "<sitemapindex");
    int first = Math.min(Math.min(atHtml, atRss), Math.min(Math.min(atFeed, atUrlset), atIndex));
    if (first == Integer.MAX_VALUE || first == atHtml) {
      return other;
    }
    return first == atRss ? rss : first == atFeed ? atom : first == atUrlset ? sitemap : sitemapIndex;
  }

  boolean isFeedOrSitemap() {
    return this != warc && this != other;
  }

  private static int index(String s, String tag) {
    int i = s.indexOf(tag);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static byte[] gunzipHead(byte[] head) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      // A head cut mid-stream still gives what was decompressed before the cut; without it,
      // nothing is known.
      return new byte[0];
    }
  }
}
