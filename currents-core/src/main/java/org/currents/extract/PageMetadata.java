package org.currents.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.currents.model.DateSource;
import org.currents.model.PublishDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of a parsed page: title, byline, publish date, site name, language, lead image and
 * canonical URL, from JSON-LD first, then OpenGraph and other meta tags, then the markup. Read
 * before boilerplate is removed.
 */
record PageMetadata(
    @Nullable String url,
    @Nullable String title,
    @Nullable String byline,
    @Nullable PublishDate published,
    @Nullable String site,
    @Nullable String language,
    @Nullable String image) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Pixels of declared width from which an image is a lead image rather than an icon. */
  private static final int LARGE_IMAGE = 400;
  /** Words in class and id names that say the element holds the author ("p-author" too). */
  private static final List<String> BYLINE_NAMES = List.of("byline", "author", "dateline", "writtenby");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");
  private static final Pattern DUBLIN_CORE_DOT = Pattern.compile("^(dc|dcterms?)\\.");
  private static final Pattern SEPARATOR_FIRST = Pattern.compile("\\s*[|\\-–—:·»«/\\\\].*");
  // Selectors compiled once: parsing a CSS query costs more than running it on a small page.
  private static final Evaluator COMMENT_FORM = Selector.evaluatorOf("form, [class*=comment], [id*=comment]");
  private static final Evaluator ITEMPROP_NAME = Selector.evaluatorOf("[itemprop~=(?i)^name$]");
  private static final Evaluator FIGURE = Selector.evaluatorOf("figure");
  private static final Evaluator IMG_SRC = Selector.evaluatorOf("img[src]");
  private static final Evaluator TIME = Selector.evaluatorOf("article time[datetime], time[datetime]");
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "webpage", "scholarlyarticle", "report",
          "liveblogposting", "techarticle");
  private static final String[] DATE_META = {
    "article:published_time", "og:article:published_time", "datePublished", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "date",
    "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
    "parsely-pub-date", "og:published_time", "cxenseparse:recs:publishtime"
  };

  /** The metadata of {@code doc}, whose {@link Tags} were collected in a walk over all of it. */
  static PageMetadata read(Document doc, Tags found, @Nullable String pageUrl) {
    JsonLd ld = JsonLd.read(found.jsonLd);
    Map<String, String> tags = metaTags(found.metas);
    String url = first(absolute(found.canonical, "href"), meta(tags, "og:url"), pageUrl);
    String site = first(ld.publisher, meta(tags, "og:site_name"), meta(tags, "application-name"));
    String title = title(doc, tags, ld, site);
    String byline =
        first(
            ld.author, meta(tags, "dc:creator"), meta(tags, "dcterm:creator"), meta(tags, "author"),
            meta(tags, "parsely-author"), notUrl(meta(tags, "article:author")));
    // The markup searches walk the whole page: only when the metadata is silent.
    if (byline == null) {
      byline = bylineInMarkup(doc);
    }
    PublishDate published = PublishDates.parse(ld.datePublished, DateSource.JSON_LD);
    for (int i = 0; published == null && i < DATE_META.length; i++) {
      published = PublishDates.parse(meta(tags, DATE_META[i]), DateSource.META);
    }
    if (published == null) {
      Element time = doc.selectFirst(TIME);
      published = time == null ? null : PublishDates.parse(time.attr("datetime"), DateSource.TIME_ELEMENT);
    }
    if (published == null) {
      published = PublishDates.fromUrl(url);
    }
    String language = language(doc, tags, found.metas, ld);
    String image =
        first(
            absoluteMeta(doc, tags, "og:image"),
            absoluteMeta(doc, tags, "twitter:image"),
            ld.image == null ? null : resolve(doc, ld.image));
    if (image == null) {
      image = firstLargeFigure(doc);
    }
    return new PageMetadata(url, title, clean(byline), published, clean(site), language, image);
  }

  /**
   * The headline as the page's metadata states it (JSON-LD, Dublin Core, OpenGraph, Twitter,
   * Parse.ly, in Readability's order, kept as written), else the {@code <h1>} that starts the
   * document title, else the document title without a trailing site name, else the page's only {@code
   * <h1>}.
   */
  private static @Nullable String title(Document doc, Map<String, String> tags, JsonLd ld, @Nullable String site) {
    String stated =
        first(
            jsonLdTitle(ld, doc.title()), meta(tags, "dc:title"), meta(tags, "dcterm:title"), meta(tags, "og:title"),
            meta(tags, "title"), meta(tags, "twitter:title"), meta(tags, "parsely-title"));
    if (stated != null) {
      return clean(stated);
    }
    List<String> h1s = doc.select("h1").eachText();
    String docTitle = doc.title().trim();
    // An <h1> of several words that starts the document title before a separator is the
    // headline without the site's name ("Rain returns" in "Rain returns | Valley News"); a
    // one-word <h1> is more often the site or section.
    for (String h1 : h1s) {
      String rest = docTitle.startsWith(h1.trim()) ? docTitle.substring(h1.trim().length()) : "";
      if (h1.trim().contains(" ") && SEPARATOR_FIRST.matcher(rest).matches()) {
        return clean(h1);
      }
    }
    if (!docTitle.isEmpty()) {
      return clean(withoutSiteName(docTitle, site));
    }
    return h1s.size() == 1 ? clean(h1s.get(0)) : null;
  }

  /**
   * JSON-LD's {@code name}, unless only its {@code headline} is in the document title: some pages
   * put a description in {@code headline}, others a section name in {@code name}.
   */
  private static @Nullable String jsonLdTitle(JsonLd ld, String docTitle) {
    if (ld.name != null && ld.headline != null && !ld.name.equals(ld.headline)) {
      return docTitle.contains(ld.headline.trim()) && !docTitle.contains(ld.name.trim()) ? ld.headline : ld.name;
    }
    return first(ld.name, ld.headline);
  }

  /** "Headline | Site" or "Headline - Site" to "Headline". */
  static String withoutSiteName(String title, @Nullable String site) {
    for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: ", " « ", " » "}) {
      int at = title.lastIndexOf(separator);
      if (at > 0) {
        String tail = title.substring(at + separator.length()).trim();
        boolean tailIsSite =
            (site != null && tail.equalsIgnoreCase(site.trim())) || SPACES.split(tail).length <= 4;
        if (tailIsSite && at > 15) {
          return title.substring(0, at).trim();
        }
      }
    }
    return title;
  }

  private static @Nullable String language(
      Document doc, Map<String, String> tags, List<Element> metas, JsonLd ld) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : first(html.attr("lang"), html.attr("xml:lang"));
    if (lang == null) {
      lang = first(metaHttpEquiv(metas, "content-language"), ld.inLanguage, meta(tags, "og:locale"));
    }
    if (lang == null) {
      return null;
    }
    String tag = lang.trim().replace('_', '-');
    int comma = tag.indexOf(',');
    return comma > 0 ? tag.substring(0, comma).trim() : tag;
  }

  /**
   * The first element, in document order, that says it holds the author ({@code rel=author},
   * an {@code itemprop} with "author", or "byline", "author", "dateline", "writtenby" in its class or
   * id) with a short text: its {@code itemprop=name} part when it has one, else all its text.
   */
  private static @Nullable String bylineInMarkup(Document doc) {
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      // Most elements have no attributes, and only attributes say "author".
      if (e.attributesSize() == 0) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      boolean says =
          e.attr("rel").equalsIgnoreCase("author")
              || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
              || saysByline(names);
      // A comment form's "Name (required)" field is not the article's author.
      if (!says || e.closest(COMMENT_FORM) != null) {
        continue;
      }
      Element name = e.selectFirst(ITEMPROP_NAME);
      String text = (name != null ? name : e).text().trim();
      if (!text.isEmpty() && text.length() < 100) {
        return text;
      }
    }
    return null;
  }

  private static boolean saysByline(String lowerNames) {
    for (String word : BYLINE_NAMES) {
      if (lowerNames.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first image that is a figure (inside {@code <figure>}) or declares itself at least {@value
   * #LARGE_IMAGE} pixels wide, as an absolute URL; icons and avatars are neither.
   */
  private static @Nullable String firstLargeFigure(Document doc) {
    for (Element img : doc.select(IMG_SRC)) {
      String width = NOT_DIGITS.matcher(img.attr("width")).replaceAll("");
      boolean large = !width.isEmpty() && width.length() < 6 && Integer.parseInt(width) >= LARGE_IMAGE;
      if (large || img.closest(FIGURE) != null) {
        String src = img.absUrl("src");
        return src.isEmpty() ? null : src;
      }
    }
    return null;
  }

  /** Null for a URL: {@code article:author} often links a profile page instead of naming. */
  private static @Nullable String notUrl(@Nullable String value) {
    return value != null && (value.startsWith("http://") || value.startsWith("https://")) ? null : value;
  }

  /**
   * Every {@code <meta>} value by its lower-cased {@code property}, {@code name} or {@code itemprop};
   * the first non-empty one wins. Read once: pages carry hundreds of meta tags.
   */
  private static Map<String, String> metaTags(List<Element> metas) {
    Map<String, String> tags = new HashMap<>();
    for (Element m : metas) {
      String v = m.attr("content").trim();
      if (!v.isEmpty()) {
        // A property may list several keys ("og:title twitter:title"); names may write
        // Dublin Core with a dot ("DC.Title").
        for (String key : SPACES.split(m.attr("property").toLowerCase(Locale.ROOT))) {
          put(tags, key, v);
        }
        String name = m.attr("name").trim().toLowerCase(Locale.ROOT);
        put(tags, name, v);
        put(tags, DUBLIN_CORE_DOT.matcher(name).replaceFirst("$1:"), v);
        put(tags, m.attr("itemprop").trim().toLowerCase(Locale.ROOT), v);
      }
    }
    return tags;
  }

  private static void put(Map<String, String> tags, String key, String value) {
    if (!key.isEmpty()) {
      tags.putIfAbsent(key, value);
    }
  }

  private static @Nullable String meta(Map<String, String> tags, String key) {
    return tags.get(key.toLowerCase(Locale.ROOT));
  }

  private static @Nullable String metaHttpEquiv(List<Element> metas, String key) {
    for (Element m : metas) {
      if (key.equalsIgnoreCase(m.attr("http-equiv"))) {
        return m.attr("content").trim();
      }
    }
    return null;
  }

  private static @Nullable String absoluteMeta(Document doc, Map<String, String> tags, String key) {
    String v = meta(tags, key);
    return v == null ? null : resolve(doc, v);
  }

  private static @Nullable String absolute(@Nullable Element e, String attr) {
    if (e == null || e.attr(attr).isBlank()) {
      return null;
    }
    String abs = e.absUrl(attr);
    return abs.isEmpty() ? e.attr(attr).trim() : abs;
  }

  /** {@code value} resolved against the page's base URL; kept as given when there is none. */
  private static String resolve(Document doc, String value) {
    String base = doc.location();
    if (base.isEmpty()) {
      return value;
    }
    try {
      return java.net.URI.create(base).resolve(value.trim().replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  @SafeVarargs
  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String c = SPACES.matcher(s).replaceAll(" ").trim();
    return c.isEmpty() ? null : c;
  }

  /**
   * The page's {@code <meta content>} elements and JSON-LD scripts, in document order, and its
   * first canonical link, collected by the extractor's one walk over the page: a selector per kind
   * walked the whole page once each. Not thread safe: one per page.
   */
  static final class Tags implements NodeVisitor {
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> jsonLd = new ArrayList<>();
    private @Nullable Element canonical;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e && e.attributesSize() > 0) {
        if (e.normalName().equals("meta") && e.hasAttr("content")) {
          metas.add(e);
        } else if (e.normalName().equals("script") && e.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
          jsonLd.add(e);
        } else if (canonical == null && e.normalName().equals("link") && e.attr("rel").trim().equalsIgnoreCase("canonical")) {
          canonical = e;
        }
      }
    }
  }

  /** The fields Currents reads from a page's JSON-LD article object. */
  private record JsonLd(
      @Nullable String headline,
      @Nullable String name,
      @Nullable String datePublished,
      @Nullable String author,
      @Nullable String publisher,
      @Nullable String image,
      @Nullable String inLanguage) {

    static JsonLd read(List<Element> scripts) {
      List<JsonNode> candidates = new ArrayList<>();
      for (Element script : scripts) {
        try {
          collect(JSON.readTree(withoutCdata(script.data())), candidates);
        } catch (JsonProcessingException e) {
          // Broken JSON-LD is common; the meta tags are the fallback.
        }
      }
      JsonNode best = null;
      for (JsonNode c : candidates) {
        if (best == null || (isArticleType(c) && !isArticleType(best))
            || (c.has("datePublished") && !best.has("datePublished") && isArticleType(c) == isArticleType(best))) {
          best = c;
        }
      }
      if (best == null) {
        return new JsonLd(null, null, null, null, null, null, null);
      }
      return new JsonLd(
          text(best.get("headline")),
          text(best.get("name")),
          text(best.get("datePublished")),
          names(best.get("author")),
          names(best.get("publisher")),
          imageUrl(best.get("image")),
          text(best.get("inLanguage")));
    }

    /** The JSON inside a {@code <![CDATA[ ... ]]>} wrapper, which XHTML-minded pages add. */
    private static String withoutCdata(String data) {
      String d = data.strip();
      if (d.startsWith("<![CDATA[") && d.endsWith("]]>")) {
        return d.substring(9, d.length() - 3);
      }
      return d;
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out) {
      if (node == null) {
        return;
      }
      if (node.isArray()) {
        node.forEach(n -> collect(n, out));
      } else if (node.isObject()) {
        if (node.has("@graph")) {
          collect(node.get("@graph"), out);
        }
        if (isArticleType(node) || node.has("datePublished") || node.has("headline")) {
          out.add(node);
        }
      }
    }

    private static boolean isArticleType(JsonNode node) {
      JsonNode type = node.get("@type");
      if (type == null) {
        return false;
      }
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return !t.asText().equalsIgnoreCase("webpage") || node.has("datePublished");
        }
      }
      return false;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isArray()) {
        return node.isEmpty() ? null : text(node.get(0));
      }
      return node.isValueNode() ? node.asText() : null;
    }

    private static @Nullable String names(@Nullable JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode n : node.isArray() ? node : List.of(node)) {
        String name = n.isObject() ? text(n.get("name")) : text(n);
        if (name != null && !name.isBlank()) {
          names.add(name.trim());
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String imageUrl(@Nullable JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isArray()) {
        return node.isEmpty() ? null : imageUrl(node.get(0));
      }
      if (node.isObject()) {
        return text(node.has("url") ? node.get("url") : node.get("contentUrl"));
      }
      return text(node);
    }
  }
}
