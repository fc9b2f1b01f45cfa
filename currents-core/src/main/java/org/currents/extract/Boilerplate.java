package org.currents.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides which elements are page furniture rather than article: navigation, widgets, share bars,
 * comment threads, "Latest Stories" rails, ads, hidden elements. Judges an element by its tag, its
 * ARIA role, and the words of its class and id; never by site. Thread safe, stateless.
 */
final class Boilerplate {
  private static final Set<String> TAGS =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button",
          "nav", "footer", "aside", "header", "figure", "figcaption", "select", "input", "textarea",
          "dialog", "menu", "object", "embed", "video", "audio", "picture", "img", "h1");
  private static final Set<String> ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu",
          "menubar", "toolbar", "alert", "alertdialog");
  /** Words in class and id names that mark furniture ("related-stories", "share_bar", ...). */
  private static final Set<String> WORDS =
      Set.of(
          "ad", "ads", "advert", "advertisement", "adslot", "banner", "breadcrumb", "breadcrumbs",
          "comment", "comments", "cookie", "cookies", "disqus", "footer", "header", "masthead",
          "menu", "nav", "navbar", "navigation", "newsletter", "outbrain", "popular", "popup",
          "promo", "promotion", "recommended", "recommendations", "related", "rail", "share",
          "sharing", "sidebar", "social", "sponsored", "subscribe", "subscription", "taboola",
          "tags", "toolbar", "trending", "widget", "latest", "more", "signup", "modal",
          "skip", "print", "tts", "audio", "player", "listen", "caption", "credit",
          "byline", "author", "dateline", "timestamp", "meta", "toc", "pagination", "pager");
  private static final Set<String> CONTENT_TAGS = Set.of("article", "main");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");

  private Boilerplate() {}

  static boolean is(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    if (TAGS.contains(tag)) {
      return true;
    }
    if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
        || e.hasAttr("hidden")
        || e.attr("aria-hidden").equals("true")
        || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    // A furniture word on a wrapper of the article itself ("page-ad-margins" around everything)
    // does not make the article furniture.
    return (hasFurnitureWord(e.className()) || hasFurnitureWord(e.id()))
        && !CONTENT_TAGS.contains(tag)
        && e.selectFirst("article, main, [itemprop=articleBody]") == null;
  }

  private static boolean hasFurnitureWord(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String word : WORD_SPLIT.split(names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT))) {
      if (WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
