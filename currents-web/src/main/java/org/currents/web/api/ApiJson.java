package org.currents.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.currents.model.Article;
import org.currents.model.Entity;
import org.currents.model.EventLink;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.currents.model.WeightedEntity;
import org.currents.web.PortalSite;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of {@code /api/v1}. Lists are pages: {@code {"total", "offset", "limit", "next",
 * <items>}} where {@code next} is the URL of the following page or null. Field names are
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

  /** A window of a list: which items a request asked for, within bounds. */
  public record Window(int offset, int limit) {
    public Window {
      if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException(
            "offset must be >= 0 and limit between 1 and " + MAX_LIMIT + ": " + offset + ", " + limit);
      }
    }
  }

  /** The latest events, as on the home page. */
  public String events(Window w) {
    return page("/api/v1/events", "events", site.latest(), w, this::eventSummary);
  }

  /** Search hits, best first: {@code {"query", "events": [...]}}. */
  public String search(String query, List<PortalEvent> hits) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", query);
    json.put("events", hits.stream().map(this::eventSummary).toList());
    return write(json);
  }

  public String event(PortalEvent e) {
    Map<String, Object> json = eventSummary(e);
    json.put("lead", e.summary().lead());
    json.put("image", e.summary().image());
    Map<String, Object> from = new LinkedHashMap<>();
    from.put("article", e.summary().sourceArticleId());
    from.put("sentence", e.summary().sourceSentence());
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
      m.put("type", w.type().name().toLowerCase(java.util.Locale.ROOT));
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
    return page("/api/v1/entities", "entities", site.portal().entities(), w, this::entitySummary);
  }

  public String entity(Entity entity) {
    Map<String, Object> json = entitySummary(entity);
    json.put("aliases", entity.aliases());
    json.put("events", site.timeline(entity.canonicalName()).stream().map(this::eventSummary).toList());
    return write(json);
  }

  public String stories(Window w) {
    return page("/api/v1/stories", "stories", site.portal().stories(), w, this::story);
  }

  private Map<String, Object> story(Story s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", s.id());
    json.put("name", s.name());
    json.put("path", site.storyPath(s.id()));
    json.put("entities", s.entities());
    json.put("events", s.eventIds());
    return json;
  }

  private Map<String, Object> eventSummary(PortalEvent e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.event().id());
    json.put("date", e.event().date() == null ? null : e.event().date().toString());
    java.time.Instant updated = site.updated(e);
    json.put("updated", updated == null ? null : updated.toString());
    json.put("summary", e.summary().sentence());
    json.put("path", site.eventPath(e.event().id()));
    json.put("sources", e.sourceArticleIds().size());
    return json;
  }

  private Map<String, Object> entitySummary(Entity entity) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", entity.canonicalName());
    json.put("type", entity.type().name().toLowerCase(java.util.Locale.ROOT));
    json.put("path", site.entityPath(entity.canonicalName()));
    json.put("articles", entity.articleIds().size());
    return json;
  }

  private static <T> String page(
      String base, String key, List<T> all, Window w, java.util.function.Function<T, Map<String, Object>> item) {
    int from = Math.min(w.offset(), all.size());
    int to = Math.min(all.size(), from + w.limit());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", all.size());
    json.put("offset", w.offset());
    json.put("limit", w.limit());
    @Nullable String next = to < all.size() ? base + "?offset=" + to + "&limit=" + w.limit() : null;
    json.put("next", next);
    json.put(key, all.subList(from, to).stream().map(item).toList());
    return write(json);
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
