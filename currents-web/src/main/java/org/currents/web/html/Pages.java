package org.currents.web.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.currents.model.Article;
import org.currents.model.Entity;
import org.currents.model.EventLink;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.currents.model.WeightedEntity;
import org.currents.publish.PortalPaths;
import org.currents.web.PortalSite;
import org.currents.web.search.EventIndex;
import org.currents.web.search.Hit;
import org.currents.web.search.Hits;
import org.currents.web.search.SearchQuery;
import org.jspecify.annotations.Nullable;

/**
 * The portal's HTML pages, rendered on the server: they work without JavaScript (the one script,
 * search suggestions, only adds to a working form), fit a phone
 * (one column, a viewport meta tag), and use landmarks ({@code header}, {@code nav}, {@code main},
 * {@code footer}) and one {@code h1} per page. Every string from the web goes through {@link Html}.
 * Thread safe: it only reads the immutable site.
 */
public final class Pages {
  /** Events on the home page. */
  static final int HOME_EVENTS = 50;

  /** The one script a page may load: the search form's suggestions, a file of the site's own. */
  public static final String SUGGEST_SCRIPT = "<script src=\"/suggest.js\" defer></script>";

  /** Hits on one search page. */
  public static final int PAGE_OF_HITS = 20;

  /** Entities offered as suggestions on the search form: the most cited ones. */
  static final int SUGGESTIONS = 500;

  /** Everything after the main content of every page. */
  private static final String PAGE_END = "</main>\n"
      + "<footer><p>Built by Currents from the pages it was given. "
      + "<a href=\"/api/v1/events\">JSON API</a></p></footer>\n"
      + "</body>\n</html>\n";

  private static final byte[] PAGE_END_BYTES = PageBytes.encoded(PAGE_END);

  /** Room on a search page for what is not its form's end: the head, the fields, 20 hits with snippets. */
  private static final int SEARCH_PAGE_ROOM = 16_384;

  private final PortalSite site;
  private final Clock clock;
  /**
   * The search form's end, the same on every search page: its button and its datalists, the entity
   * list alone about 15 KB. Encoded once per portal, not per search.
   */
  private final byte[] searchFormEnd;
  /**
   * Each listed event's {@link #itemStart}, encoded the first time a search lists it: escaping these
   * links alone took 9% of a search page's CPU, encoding them more (JFR, 100k articles).
   */
  private final Map<String, byte[]> itemStarts = new ConcurrentHashMap<>();

  public Pages(PortalSite site, Clock clock) {
    this.site = site;
    this.clock = clock;
    // Once per portal, not per search: ranking every entity is a full scan.
    this.searchFormEnd = PageBytes.encoded("<button type=\"submit\">Search</button>\n"
        + datalist("words", List.of())
        + datalist("entities", site.portal().entities().stream()
            .sorted(Comparator.comparing((Entity en) -> -en.articleIds().size()).thenComparing(Entity::canonicalName))
            .limit(SUGGESTIONS).map(Entity::canonicalName).sorted().toList())
        + datalist("outlets", List.copyOf(site.outlets()))
        + "</form>\n" + SUGGEST_SCRIPT + "\n");
  }

  public String home() {
    StringBuilder body = new StringBuilder("<h1>Latest events</h1>\n<ol class=\"events\">\n");
    Instant now = clock.instant();
    site.latest().stream().limit(HOME_EVENTS).forEach(e -> body.append(eventItem(e, now)));
    body.append("</ol>\n");
    if (!site.portal().stories().isEmpty()) {
      body.append("<h2>Stories</h2>\n<ul>\n");
      for (Story s : site.portal().stories()) {
        body.append("<li>")
            .append(Html.link(s.name(), site.storyPath(s.id())))
            .append(" <span class=\"meta\">")
            .append(count(s.eventIds().size(), "event"))
            .append("</span></li>\n");
      }
      body.append("</ul>\n");
    }
    body.append("<h2>Days</h2>\n<ul class=\"days\">\n");
    for (LocalDate day : site.days()) {
      body.append("<li>")
          .append(Html.link(PortalPaths.dayLabel(day), PortalSite.dayPath(day)))
          .append(" <span class=\"meta\">")
          .append(count(site.eventsOn(day).size(), "event"))
          .append("</span></li>\n");
    }
    body.append("</ul>\n");
    return page("Currents: latest events", body.toString());
  }

  public String day(@Nullable LocalDate day) {
    List<@Nullable LocalDate> days = site.days();
    int i = days.indexOf(day);
    StringBuilder body = new StringBuilder("<h1>").append(Html.text(PortalPaths.dayLabel(day))).append("</h1>\n");
    body.append("<nav aria-label=\"Days\" class=\"pager\">");
    // Days are newest first: the previous day is the next one in the list.
    if (day != null && i + 1 < days.size() && days.get(i + 1) != null) {
      LocalDate previous = days.get(i + 1);
      body.append(Html.link("← " + PortalPaths.dayLabel(previous), PortalSite.dayPath(previous))).append(' ');
    }
    body.append(Html.link("All days", "/"));
    if (day != null && i > 0) {
      LocalDate next = days.get(i - 1);
      body.append(' ').append(Html.link(PortalPaths.dayLabel(next) + " →", PortalSite.dayPath(next)));
    }
    body.append("</nav>\n<ol class=\"events\">\n");
    Instant now = clock.instant();
    site.eventsOn(day).forEach(e -> body.append(eventItem(e, now)));
    body.append("</ol>\n");
    return page(PortalPaths.dayLabel(day) + " – Currents", body.toString());
  }

  public String event(PortalEvent e) {
    LocalDate day = e.event().date();
    StringBuilder body = new StringBuilder("<article>\n<p class=\"meta\">");
    body.append(Html.link(PortalPaths.dayLabel(day), PortalSite.dayPath(day)));
    Instant updated = site.updated(e);
    if (updated != null) {
      body.append(" · <time datetime=\"").append(updated).append("\">")
          .append(RelativeTime.ago(updated, clock.instant())).append("</time>");
    }
    body.append("</p>\n<h1>").append(Html.text(e.summary().sentence())).append("</h1>\n");
    String image = Html.webUrl(e.summary().image());
    if (image != null) {
      body.append("<img class=\"cover\" src=\"").append(Html.text(image))
          .append("\" alt=\"Cover image: ").append(Html.text(e.summary().sentence())).append("\">\n");
    }
    body.append("<p class=\"lead\">").append(Html.text(e.summary().lead())).append("</p>\n");
    Article from = site.article(e.summary().sourceArticleId());
    if (from != null) {
      body.append("<p class=\"meta\">Summary from ")
          .append(Html.externalLink(from.title() == null ? from.outlet() : from.outlet() + ": " + from.title(), from.url()))
          .append(", sentence ").append(e.summary().sourceSentence() + 1)
          .append(": <q>").append(Html.text(e.summary().sourceText())).append("</q></p>\n");
    }
    body.append(sources(e));
    body.append(related(e));
    body.append(entities(e));
    site.storyOf(e.event().id()).ifPresent(
        s -> body.append("<h2>Story</h2>\n<p>").append(Html.link(s.name(), site.storyPath(s.id()))).append("</p>\n"));
    body.append("</article>\n");
    return page(e.summary().sentence() + " – Currents", body.toString());
  }

  private String sources(PortalEvent e) {
    Set<String> members = Set.copyOf(e.event().articleIds());
    StringBuilder html = new StringBuilder("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (String id : e.sourceArticleIds()) {
      Article a = site.article(id);
      if (a == null) {
        continue;
      }
      html.append("<li>").append(Html.link(a.outlet(), site.outletPath(a.outlet()))).append(": ")
          .append(Html.externalLink(a.title() == null ? "article" : a.title(), a.url()));
      if (a.published() != null) {
        html.append(" <span class=\"meta\">").append(Html.text(a.published().iso())).append("</span>");
      }
      if (!members.contains(id)) {
        String originalId = site.portal().copyOf().get(id);
        Article original = originalId == null ? null : site.article(originalId);
        html.append(" <span class=\"meta\">(syndicated copy")
            .append(original == null || original.outlet() == null ? "" : " of " + Html.text(original.outlet()))
            .append(")</span>");
      }
      html.append("</li>\n");
    }
    return html.append("</ol>\n").toString();
  }

  private String related(PortalEvent e) {
    if (e.related().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<h2>Related</h2>\n<ol>\n");
    for (EventLink link : e.related()) {
      site.event(link.to()).ifPresent(
          other -> html.append("<li>")
              .append(Html.link(other.summary().sentence(), site.eventPath(link.to())))
              .append(" <span class=\"meta\">Context: ")
              .append(Html.text(String.join(", ", link.context())))
              .append("</span></li>\n"));
    }
    return html.append("</ol>\n").toString();
  }

  private String entities(PortalEvent e) {
    List<String> links = new ArrayList<>();
    for (WeightedEntity w : e.event().entities()) {
      String path = site.entityPath(w.canonicalName());
      if (path != null) {
        links.add(Html.link(w.canonicalName(), path));
      }
    }
    if (links.isEmpty()) {
      return "";
    }
    return "<h2>Entities</h2>\n<p>" + String.join(", ", links) + "</p>\n";
  }

  /** What an outlet covered: its events, latest first, with the outlet's own headline for each. */
  public String outlet(String outlet) {
    StringBuilder body = new StringBuilder("<h1>").append(Html.text(outlet)).append("</h1>\n");
    List<PortalEvent> covered = site.coveredBy(outlet);
    body.append("<p class=\"meta\">").append(count(covered.size(), "event")).append(" covered</p>\n")
        .append("<ol class=\"events\">\n");
    Instant now = clock.instant();
    covered.forEach(e -> body.append(eventItem(e, now)));
    body.append("</ol>\n");
    return page(outlet + " – Currents", body.toString());
  }

  public String entity(Entity entity) {
    StringBuilder body = new StringBuilder("<h1>").append(Html.text(entity.canonicalName())).append("</h1>\n");
    body.append("<p class=\"meta\">").append(Html.text(entity.description())).append("</p>\n<h2>Timeline</h2>\n");
    List<PortalEvent> timeline = site.timeline(entity.canonicalName());
    body.append(CoverageChart.svg("Coverage of " + entity.canonicalName() + " over time",
        timeline.stream().map(e -> e.event().date()).filter(Objects::nonNull).toList()));
    body.append("<ol class=\"timeline\">\n");
    String path = Objects.requireNonNull(site.entityPath(entity.canonicalName()));
    for (PortalEvent e : timeline) {
      body.append("<li><span class=\"meta\">")
          .append(Html.text(PortalPaths.dayLabel(e.event().date())))
          .append("</span> ")
          .append(Html.link(e.summary().sentence(), site.eventPath(e.event().id())))
          .append("</li>\n");
    }
    body.append("</ol>\n").append(feedLink(path));
    return page(entity.canonicalName() + " – Currents", body.toString(), path + "/feed.atom", entity.canonicalName());
  }

  public String story(Story story) {
    StringBuilder body = new StringBuilder("<h1>Story: ").append(Html.text(story.name())).append("</h1>\n");
    List<String> about = new ArrayList<>();
    for (String name : story.entities()) {
      String path = site.entityPath(name);
      about.add(path == null ? Html.text(name) : Html.link(name, path));
    }
    if (!about.isEmpty()) {
      body.append("<p class=\"meta\">About: ").append(String.join(", ", about)).append("</p>\n");
    }
    body.append("<ol class=\"timeline\">\n");
    for (String id : story.eventIds()) {
      site.event(id).ifPresent(
          e -> body.append("<li><span class=\"meta\">")
              .append(Html.text(PortalPaths.dayLabel(e.event().date())))
              .append("</span> ")
              .append(Html.link(e.summary().sentence(), site.eventPath(id)))
              .append("</li>\n"));
    }
    body.append("</ol>\n").append(feedLink(site.storyPath(story.id())));
    return page("Story: " + story.name() + " – Currents", body.toString(),
        site.storyPath(story.id()) + "/feed.atom", story.name());
  }

  /**
   * The search page: the form with its filters, then one page of hits (number {@code page}, from
   * 1), best first, with links to the pages before and after. The words field offers completions
   * as the reader types when scripts run ({@code /suggest.js} fills its datalist from {@code
   * /api/v1/suggest}); without them it is a plain form.
   */
  public byte[] search(SearchQuery query, Hits found, int page) {
    // Written as bytes: the constant parts are encoded once, and nothing is built twice.
    PageBytes out = new PageBytes(searchFormEnd.length + SEARCH_PAGE_ROOM)
        .append(head(query.text().isBlank() ? "Search – Currents" : query.text() + " – Search – Currents"))
        .append("<h1>Search</h1>\n")
        .append("<form action=\"/search\" method=\"get\" role=\"search\" class=\"search\">\n")
        .append(field("q", "Words", "type=\"search\" list=\"words\" autocomplete=\"off\"", query.text()))
        .append(field("from", "From day", "type=\"date\"", query.from() == null ? "" : query.from().toString()))
        .append(field("to", "To day", "type=\"date\"", query.to() == null ? "" : query.to().toString()))
        .append(field("entity", "About (entity)", "type=\"text\" list=\"entities\"", Objects.requireNonNullElse(query.entity(), "")))
        .append(field("outlet", "Outlet", "type=\"text\" list=\"outlets\"", Objects.requireNonNullElse(query.outlet(), "")))
        .append(searchFormEnd);
    if (!query.isEmpty()) {
      out.append("<p class=\"meta\">").append(count(found.total(), "event")).append(" found.</p>\n")
          .append("<ol class=\"events\" start=\"").append((page - 1) * PAGE_OF_HITS + 1).append("\">\n");
      Instant now = clock.instant();
      for (Hit hit : found.hits()) {
        // The snippet is escaped by the index's formatter; only its <mark> tags are markup.
        site.event(hit.eventId()).ifPresent(e -> out
            .append(itemStarts.computeIfAbsent(e.event().id(), id -> PageBytes.encoded(itemStart(e))))
            .append(itemRest(e, now, hit.snippetHtml())));
      }
      out.append("</ol>\n").append(searchPager(query, found.total(), page));
    }
    return out.append(PAGE_END_BYTES).toByteArray();
  }

  private static String searchPager(SearchQuery query, long total, int page) {
    boolean more = (long) page * PAGE_OF_HITS < total && page * PAGE_OF_HITS < EventIndex.MAX_RANK;
    if (page == 1 && !more) {
      return "";
    }
    StringBuilder nav = new StringBuilder("<nav aria-label=\"Result pages\" class=\"pager\">");
    if (page > 1) {
      nav.append(Html.link("← Previous page", searchUrl(query, page - 1))).append(' ');
    }
    nav.append("Page ").append(page);
    if (more) {
      nav.append(' ').append(Html.link("Next page →", searchUrl(query, page + 1)));
    }
    return nav.append("</nav>\n").toString();
  }

  private static String searchUrl(SearchQuery query, int page) {
    StringJoiner url = new StringJoiner("&", "/search?", "");
    url.add("q=" + encode(query.text()));
    if (query.from() != null) {
      url.add("from=" + query.from());
    }
    if (query.to() != null) {
      url.add("to=" + query.to());
    }
    if (query.entity() != null) {
      url.add("entity=" + encode(query.entity()));
    }
    if (query.outlet() != null) {
      url.add("outlet=" + encode(query.outlet()));
    }
    return url.add("page=" + page).toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Suggestions as you type, without JavaScript: the browser offers a datalist's options. */
  private static String datalist(String id, List<String> options) {
    StringBuilder html = new StringBuilder("<datalist id=\"").append(id).append("\">");
    options.forEach(o -> html.append("<option value=\"").append(Html.text(o)).append("\">"));
    return html.append("</datalist>\n").toString();
  }

  /** A labelled input; {@code attributes} are ours (type, list), only {@code value} comes from the reader. */
  private static String field(String name, String label, String attributes, String value) {
    return "<p><label for=\"" + name + "\">" + label + "</label> <input id=\"" + name + "\" name=\"" + name
        + "\" " + attributes + " value=\"" + Html.text(value) + "\"></p>\n";
  }

  /**
   * The page for a failed request: what happened in words a reader understands, and {@code detail}
   * (which parameter was wrong) when the request was at fault. Never an exception or stack trace.
   */
  public String error(int status, @Nullable String detail) {
    String title = switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      default -> "Something went wrong";
    };
    String what = switch (status) {
      case 400 -> "The address asks for something the portal cannot read"
          + (detail == null ? "." : ": " + Html.text(detail) + ".");
      case 404 -> "There is no page here.";
      default -> "The portal failed to answer this request. It has been logged; please try again later.";
    };
    return page(title + " – Currents", "<h1>" + title + "</h1>\n<p>" + what + "</p>\n<p>"
        + Html.link("See the latest events", "/") + " or " + Html.link("search", "/search") + ".</p>\n");
  }

  /** An event in a list of events: its link, its relative time as of {@code now}, its sources. */
  private String eventItem(PortalEvent e, Instant now) {
    return itemStart(e) + itemRest(e, now, null);
  }

  /** What starts an event's list item and never changes: its link, with the summary escaped. */
  private String itemStart(PortalEvent e) {
    return "<li>" + Html.link(e.summary().sentence(), site.eventPath(e.event().id())) + " <span class=\"meta\">";
  }

  /**
   * The rest of an event's list item: its relative time as of {@code now}, its sources, and
   * {@code snippetHtml} (already HTML) when there is one.
   */
  private String itemRest(PortalEvent e, Instant now, @Nullable String snippetHtml) {
    StringBuilder li = new StringBuilder();
    Instant updated = site.updated(e);
    if (updated != null) {
      li.append("<time datetime=\"").append(updated).append("\">")
          .append(RelativeTime.ago(updated, now)).append("</time> · ");
    }
    li.append(count(e.sourceArticleIds().size(), "source")).append("</span>");
    if (snippetHtml != null) {
      li.append("<br><span class=\"snippet\">").append(snippetHtml).append("</span>");
    }
    return li.append("</li>\n").toString();
  }

  private static String feedLink(String page) {
    return "<p>" + Html.link("Follow these events (Atom feed)", page + "/feed.atom") + "</p>\n";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String page(String title, String main) {
    return page(title, main, "/feed.atom", "Latest events");
  }

  /** A page whose feed link points to {@code feed}, titled {@code feedTitle}. */
  private static String page(String title, String main, String feed, String feedTitle) {
    return head(title, feed, feedTitle) + main + PAGE_END;
  }

  private static String head(String title) {
    return head(title, "/feed.atom", "Latest events");
  }

  /** Everything a page has before its main content, up to the opening {@code main} tag. */
  private static String head(String title, String feed, String feedTitle) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.text(title) + "</title>\n"
        + "<link rel=\"stylesheet\" href=\"/style.css\">\n"
        + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + Html.text(feedTitle)
        + "\" href=\"" + Html.text(feed) + "\">\n"
        + "</head>\n<body>\n"
        + "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
        + "<header><nav aria-label=\"Site\"><a href=\"/\" class=\"brand\">Currents</a> "
        + "<a href=\"/search\">Search</a> <a href=\"/feed.atom\">Feed</a></nav></header>\n"
        + "<main id=\"main\">\n";
  }
}
