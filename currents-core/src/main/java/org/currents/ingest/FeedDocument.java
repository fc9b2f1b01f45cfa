package org.currents.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * A parsed feed (RSS 2.0 and RSS 1.0, Atom, JSON Feed), Google News sitemap or sitemap index: its
 * title and entries. XML is parsed by jsoup's lenient XML parser, which loads no external entities
 * and accepts the broken markup real feeds have.
 *
 * @param title the feed's title (the outlet, for most news feeds), when given
 * @param entries the entries (feed items, sitemap URLs, or the sitemaps of an index), in order
 */
record FeedDocument(@Nullable String title, List<Entry> entries) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One entry.
   *
   * @param id the entry's id (guid, Atom id), else its link
   * @param link the page (or, in a sitemap index, the sitemap) it points to
   * @param title its headline
   * @param published its date as written (RFC 1123 or ISO-8601)
   * @param html its full or summary content as HTML
   */
  record Entry(
      @Nullable String id,
      @Nullable String link,
      @Nullable String title,
      @Nullable String published,
      @Nullable String html) {}

  /** Parses {@code body} of a known {@code kind}; null when it does not parse. */
  static @Nullable FeedDocument parse(SourceKind kind, byte[] body, String baseUrl) {
    if (kind == SourceKind.jsonFeed) {
      return jsonFeed(body);
    }
    Document xml = Jsoup.parse(new String(body, charsetOf(body)), baseUrl, Parser.xmlParser());
    List<Entry> entries = new ArrayList<>();
    switch (kind) {
      case rss -> {
        for (Element item : xml.getElementsByTag("item")) {
          String link = text(item, "link");
          String guid = text(item, "guid");
          String content = text(item, "content:encoded");
          entries.add(
              new Entry(
                  guid != null ? guid : link,
                  link,
                  text(item, "title"),
                  first(text(item, "pubDate"), text(item, "dc:date")),
                  content != null ? content : text(item, "description")));
        }
      }
      case atom -> {
        for (Element entry : xml.getElementsByTag("entry")) {
          String link = null;
          for (Element l : entry.getElementsByTag("link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
              link = l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href");
              break;
            }
          }
          String id = text(entry, "id");
          entries.add(
              new Entry(
                  id != null ? id : link,
                  link,
                  text(entry, "title"),
                  first(text(entry, "published"), text(entry, "updated")),
                  first(text(entry, "content"), text(entry, "summary"))));
        }
      }
      case sitemap, sitemapIndex -> {
        for (Element url : xml.getElementsByTag(kind == SourceKind.sitemap ? "url" : "sitemap")) {
          String loc = text(url, "loc");
          entries.add(
              new Entry(
                  loc,
                  loc,
                  text(url, "news:title"),
                  first(text(url, "news:publication_date"), text(url, "lastmod")),
                  null));
        }
      }
      default -> {
        return null;
      }
    }
    Element channel = xml.selectFirst("channel > title, feed > title");
    return new FeedDocument(channel == null ? null : blankToNull(channel.text()), entries);
  }

  private static @Nullable FeedDocument jsonFeed(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (root == null || !root.path("items").isArray()) {
      return null;
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      String url = json(item, "url");
      String html = json(item, "content_html");
      String plain = json(item, "content_text");
      entries.add(
          new Entry(
              first(json(item, "id"), url),
              url,
              json(item, "title"),
              json(item, "date_published"),
              html != null ? html : plain == null ? null : paragraphsAsHtml(plain)));
    }
    return new FeedDocument(json(root, "title"), entries);
  }

  /** Plain text with blank-line paragraphs as HTML paragraphs, so all content reads the same. */
  private static String paragraphsAsHtml(String plain) {
    StringBuilder html = new StringBuilder();
    for (String p : plain.split("\\n\\s*\\n")) {
      html.append("<p>").append(org.jsoup.nodes.Entities.escape(p.strip())).append("</p>");
    }
    return html.toString();
  }

  /** XML declares its encoding; UTF-8 (the XML default) unless it names another. */
  private static java.nio.charset.Charset charsetOf(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("encoding=[\"']([A-Za-z0-9._-]+)").matcher(head);
    if (m.find()) {
      try {
        return java.nio.charset.Charset.forName(m.group(1));
      } catch (IllegalArgumentException unknown) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static @Nullable String text(Element parent, String tag) {
    for (Element child : parent.children()) {
      if (child.tagName().equalsIgnoreCase(tag)) {
        // Feeds put HTML content either escaped (a text node) or in CDATA; both read as text.
        return blankToNull(child.wholeText().isBlank() ? child.html() : child.wholeText());
      }
    }
    return null;
  }

  private static @Nullable String json(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : blankToNull(v.asText());
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
