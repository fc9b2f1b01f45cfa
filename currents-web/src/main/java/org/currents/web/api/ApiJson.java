package org.currents.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.currents.model.Article;
import org.currents.model.Entity;
import org.currents.model.EventLink;
import org.currents.model.PortalEvent;
import org.currents.model.Provenance;
import org.currents.model.Story;
import org.currents.model.WeightedEntity;
import org.currents.web.PortalSite;
import org.currents.web.search.EventIndex;
import org.currents.web.search.Hit;
import org.currents.web.search.Hits;
import org.currents.web.search.SearchQuery;
import org.currents.web.search.Suggestions.Suggestion;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of {@code /api/v1}. Every list is a page: {@code {"total", "offset", "limit",
 * "next", <items>}} where {@code next} is the URL of the following page (the request's own URL
 * with the next offset) or null. Lists of events nested in a resource (an entity's, a story's, an
 * outlet's, a day's) are their own paged resources, linked by {@code events_url}. Field names are
 * snake_case, as in {@code currents extract} and {@code currents events}. Thread safe.
 */
public final class ApiJson {
  /** Most items one page returns, whatever the client asks. */
  public static final int MAX_LIMIT = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalSite site;

  public ApiJson(PortalSite site) {
    this.site = site;
  }

  /**
   * A window of a list: which items a request asked for, within bounds, and the request's URL
   * without {@code offset} and {@code limit}, from which the {@code next} link is made.
   */
  public record Window(int offset, int limit, String base) {
    public Window {
      if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException(
            "offset must be >= 0 and limit between 1 and " + MAX_LIMIT + ": " + offset + ", " + limit);
      }
      Objects.requireNonNull(base, "base");
    }

    /** The following window's URL when {@code total} items go past this one, else null. */
    @Nullable String next(long total) {
      long end = (long) offset + limit;
      return end < total ? base + (base.contains("?") ? "&" : "?") + "offset=" + end + "&limit=" + limit : null;
    }
  }

  /** The latest events, as on the home page. */
  public String events(Window w) {
    return page("events", site.latest(), w, this::eventSummary);
  }

  /** A day's events ({@code day} null: the undated ones). */
  public String day(@Nullable LocalDate day, Window w) {
    return page("events", site.eventsOn(day), w, this::eventSummary);
  }

  /** The days that have events, newest first, undated last. */
  public String days(Window w) {
    return page("days", site.days(), w, day -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("day", day == null ? null : day.toString());
      json.put("path", PortalSite.dayPath(day));
      json.put("events", site.eventsOn(day).size());
      json.put("events_url", "/api/v1/days/" + (day == null ? "undated" : day.toString()) + "/events");
      return json;
    });
  }

  /** Search hits, best first, each with its highlighted snippet (HTML, escaped but for {@code <mark>}). */
  public String search(SearchQuery query, Hits hits, Window w) {
    List<Map<String, Object>> events = new ArrayList<>();
    for (Hit hit : hits.hits()) {
      site.event(hit.eventId()).ifPresent(e -> {
        Map<String, Object> json = eventSummary(e);
        json.put("snippet", hit.snippetHtml());
        events.add(json);
      });
    }
    Map<String, Object> json = window(hits.total(), w);
    // Ranks stop at MAX_RANK: no next window that would ask past it.
    if ((long) w.offset() + 2L * w.limit() > EventIndex.MAX_RANK) {
      json.put("next", null);
    }
    json.put("query", query.text());
    json.put("events", events);
    return write(json);
  }

  /** Completions of what a reader typed, best first: {@code {"query", "suggestions": [{"text", "kind", "path"}]}}. */
  public String suggestions(String typed, List<Suggestion> found) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", typed);
    json.put("suggestions", found.stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", s.text());
      m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      m.put("path", s.path());
      return m;
    }).toList());
    return write(json);
  }

  public String event(PortalEvent e) {
    Map<String, Object> json = eventSummary(e);
    json.put("lead", e.summary().lead());
    json.put("image", e.summary().image());
    Map<String, Object> from = new LinkedHashMap<>();
    from.put("article", e.summary().sourceArticleId());
    from.put("sentence", e.summary().sourceSentence());
    from.put("text", e.summary().sourceText());
    json.put("summary_from", from);
    Set<String> members = Set.copyOf(e.event().articleIds());
    List<Map<String, Object>> sources = new ArrayList<>();
    for (String id : e.sourceArticleIds()) {
      Article a = site.article(id);
      if (a != null) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("outlet", a.outlet());
        s.put("title", a.title());
        s.put("url", a.url());
        s.put("published", a.published() == null ? null : a.published().iso());
        s.put("syndicated", !members.contains(id));
        sources.add(s);
      }
    }
    json.put("sources", sources);
    List<Map<String, Object>> entities = new ArrayList<>();
    for (WeightedEntity w : e.event().entities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", w.canonicalName());
      m.put("type", w.type().name().toLowerCase(Locale.ROOT));
      m.put("weight", w.weight());
      entities.add(m);
    }
    json.put("entities", entities);
    List<Map<String, Object>> related = new ArrayList<>();
    for (EventLink link : e.related()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event", link.to());
      m.put("score", link.score());
      m.put("context", link.context());
      related.add(m);
    }
    json.put("related", related);
    json.put("story", site.storyOf(e.event().id()).map(Story::id).orElse(null));
    return write(json);
  }

  public String entities(Window w) {
    return page("entities", site.portal().entities(), w, this::entitySummary);
  }

  /** One entity with its aliases; its events are paged at {@code events_url}. */
  public String entity(Entity entity) {
    Map<String, Object> json = entitySummary(entity);
    json.put("aliases", entity.aliases());
    json.put("events", site.timeline(entity.canonicalName()).size());
    json.put("events_url", "/api/v1/entities/" + segment(entity.canonicalName()) + "/events");
    return write(json);
  }

  /** The events about an entity, oldest first. */
  public String entityEvents(Entity entity, Window w) {
    return page("events", site.timeline(entity.canonicalName()), w, this::eventSummary);
  }

  public String stories(Window w) {
    return page("stories", site.portal().stories(), w, this::storyJson);
  }

  public String story(Story s) {
    return write(storyJson(s));
  }

  /** A story's events, earliest first. */
  public String storyEvents(Story s, Window w) {
    List<PortalEvent> events = s.eventIds().stream().map(site::event).flatMap(Optional::stream).toList();
    return page("events", events, w, this::eventSummary);
  }

  /** Articles, newest first, without their texts. */
  public String articles(Window w) {
    return page("articles", site.articles(), w, this::articleSummary);
  }

  /** One article in full, with where it came from and the events that cite it. */
  public String article(Article a) {
    Map<String, Object> json = articleSummary(a);
    json.put("byline", a.byline());
    json.put("language", a.language());
    json.put("image", a.image());
    json.put("date_source", a.published() == null ? null : a.published().source().name().toLowerCase(Locale.ROOT));
    json.put("copy_of", site.portal().copyOf().get(a.id()));
    json.put("text", a.text());
    Provenance p = a.provenance();
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("source", p.source());
    provenance.put("fetched_url", p.fetchedUrl());
    provenance.put("fetched_at", p.fetchedAt().toString());
    provenance.put("content_hash", p.contentHash());
    provenance.put("kind", p.origin().kind());
    provenance.put("location", p.origin().location());
    provenance.put("record", p.origin().record());
    provenance.put("http_status", p.origin().httpStatus());
    json.put("provenance", provenance);
    json.put("events", site.eventsCiting(a.id()));
    return write(json);
  }

  /** The outlets that sources of events come from, by name. */
  public String outlets(Window w) {
    return page("outlets", List.copyOf(site.outlets()), w, name -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("name", name);
      json.put("path", site.outletPath(name));
      json.put("articles", site.articleCount(name));
      json.put("events", site.coveredBy(name).size());
      json.put("events_url", "/api/v1/outlets/" + segment(name) + "/events");
      return json;
    });
  }

  /** What an outlet covered: its events, latest first. */
  public String outletEvents(String outlet, Window w) {
    return page("events", site.coveredBy(outlet), w, this::eventSummary);
  }

  private Map<String, Object> storyJson(Story s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", s.id());
    json.put("name", s.name());
    json.put("path", site.storyPath(s.id()));
    json.put("entities", s.entities());
    json.put("events", s.eventIds());
    json.put("events_url", "/api/v1/stories/" + segment(s.id()) + "/events");
    return json;
  }

  private Map<String, Object> articleSummary(Article a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", a.id());
    json.put("outlet", a.outlet());
    json.put("title", a.title());
    json.put("url", a.url());
    json.put("published", a.published() == null ? null : a.published().iso());
    json.put("events", site.eventsCiting(a.id()).size());
    return json;
  }

  private Map<String, Object> eventSummary(PortalEvent e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.event().id());
    json.put("date", e.event().date() == null ? null : e.event().date().toString());
    Instant updated = site.updated(e);
    json.put("updated", updated == null ? null : updated.toString());
    json.put("summary", e.summary().sentence());
    json.put("path", site.eventPath(e.event().id()));
    json.put("sources", e.sourceArticleIds().size());
    return json;
  }

  private Map<String, Object> entitySummary(Entity entity) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", entity.canonicalName());
    json.put("type", entity.type().name().toLowerCase(Locale.ROOT));
    json.put("path", site.entityPath(entity.canonicalName()));
    json.put("articles", entity.articleIds().size());
    return json;
  }

  private static <T> String page(String key, List<T> all, Window w, Function<T, Map<String, Object>> item) {
    int from = Math.min(w.offset(), all.size());
    int to = Math.min(all.size(), from + w.limit());
    Map<String, Object> json = window(all.size(), w);
    json.put(key, all.subList(from, to).stream().map(item).toList());
    return write(json);
  }

  /** The fields every page shares: {@code total}, {@code offset}, {@code limit}, {@code next}. */
  private static Map<String, Object> window(long total, Window w) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", total);
    json.put("offset", w.offset());
    json.put("limit", w.limit());
    json.put("next", w.next(total));
    return json;
  }

  /** A name as one URL path segment. */
  private static String segment(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String write(Object json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      // Maps of strings, numbers and lists always serialise: a failure here is a programming error.
      throw new IllegalStateException(e);
    }
  }
}
