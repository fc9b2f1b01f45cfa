package org.currents.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Decides which elements are page furniture rather than article: navigation, widgets, share bars,
 * comment threads, "Latest Stories" rails, ads, hidden elements. Judges an element by its tag, its
 * ARIA role, and the words of its class and id; never by site. Thread safe, stateless.
 */
final class Boilerplate {
  private static final Set<String> TAGS =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button",
          "nav", "footer", "aside", "header", "figure", "figcaption", "select", "input", "textarea",
          "dialog", "menu", "object", "embed", "video", "audio", "picture", "img", "h1");
  /** Characters of a paragraph's own text (not its links) that make it running text. */
  private static final int PROSE_CHARS = 80;
  private static final Set<String> ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu",
          "menubar", "toolbar", "alert", "alertdialog");
  /**
   * Words in class and id names that mark furniture whatever else the name says ("related-posts",
   * "comment-body"), unless the name also says content and the element holds prose ("ad_body"
   * around a whole article).
   */
  private static final Set<String> ALWAYS_WORDS =
      Set.of(
          "ad", "ads", "advert", "advertisement", "adslot", "comment", "comments", "cookie",
          "cookies", "disqus", "newsletter", "outbrain", "taboola", "related", "share", "sharing",
          "social", "sponsored", "subscribe", "subscription", "gdpr", "consent", "recommended",
          "recommendations", "trending", "popular", "promo", "promotion", "signup");
  /**
   * Words that mark furniture unless the name also says content ("l-sidebar l-article-body") or
   * the element holds prose: "header" or "read-more" alone are furniture, "article-header" or
   * "entry-content-read-more" may wrap the whole article.
   */
  private static final Set<String> WORDS =
      Set.of(
          "banner", "breadcrumb", "breadcrumbs", "footer", "masthead", "menu", "nav", "navbar",
          "navigation", "popup", "rail", "sidebar", "toolbar", "skip", "print", "tts", "listen",
          "toc", "pagination", "pager", "header", "tags", "widget", "latest", "more", "modal",
          "audio", "player", "caption", "credit", "byline", "author", "dateline", "timestamp",
          "meta");
  /** Words that say a name holds content. */
  private static final Set<String> CONTENT_WORDS =
      Set.of("article", "body", "content", "entry", "main", "post", "text", "story", "hentry", "blog");
  private static final Set<String> CONTENT_TAGS = Set.of("article", "main");
  private static final Set<String> TABLE_PARTS = Set.of("thead", "tbody", "tfoot", "tr", "td", "th");
  private static final int ALWAYS = 1;
  private static final int FURNITURE = 2;
  private static final int CONTENT = 4;
  private static final Evaluator ARTICLE = Selector.evaluatorOf("article, main, [itemprop=articleBody]");

  private Boilerplate() {}

  static boolean is(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    if (TAGS.contains(tag)) {
      return true;
    }
    // Most elements carry no attributes at all, and nothing below can mark those.
    if (e.attributesSize() == 0) {
      return false;
    }
    String role = e.attr("role");
    String style = e.attr("style");
    if ((!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT)))
        || e.hasAttr("hidden")
        || e.attr("aria-hidden").equals("true")
        || (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none"))) {
      return true;
    }
    // A row's or a cell's names describe its data ("player-2020-580" in a standings table), not
    // furniture: a table is judged as a whole, by its own names and place.
    if (e.attr("itemprop").equalsIgnoreCase("articleBody") || TABLE_PARTS.contains(tag)) {
      return false;
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    int kinds = wordKinds(names);
    boolean content = (kinds & CONTENT) != 0;
    if ((kinds & ALWAYS) != 0) {
      return !holdsArticle(e) && !(content && holdsProse(e));
    }
    boolean named = tag.equals("form") || (!content && (kinds & FURNITURE) != 0);
    return named && !holdsArticle(e) && !holdsProse(e);
  }

  /** A content tag, or a wrapper of one: page-wide wrappers get odd names ("page-ad-margins"). */
  private static boolean holdsArticle(Element e) {
    return CONTENT_TAGS.contains(e.normalName())
        || e.selectFirst(ARTICLE) != null;
  }

  /** At least three paragraphs of running text: no furniture looks like that. */
  private static boolean holdsProse(Element e) {
    int[] paragraphs = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element p && p.normalName().equals("p") && ownTextChars(p) >= PROSE_CHARS) {
              paragraphs[0]++;
            }
            return paragraphs[0] >= 3 ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return paragraphs[0] >= 3;
  }

  private static int ownTextChars(Element p) {
    int chars = 0;
    for (Node child : p.childNodes()) {
      if (child instanceof TextNode t) {
        chars += t.text().strip().length();
      }
    }
    return chars;
  }

  /**
   * Which kinds of word ({@link #ALWAYS}, {@link #FURNITURE}, {@link #CONTENT}) the lower-case words
   * of class and id names hold, as bits: the names are split at non-alphanumerics and camel humps.
   */
  private static int wordKinds(String names) {
    int kinds = 0;
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      boolean hump = start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || hump) {
        if (start >= 0) {
          kinds |= kind(names.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = Character.isLetterOrDigit(c) ? i : -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return kinds;
  }

  private static int kind(String word) {
    return (ALWAYS_WORDS.contains(word) ? ALWAYS : 0)
        | (WORDS.contains(word) ? FURNITURE : 0)
        | (CONTENT_WORDS.contains(word) ? CONTENT : 0);
  }
}
