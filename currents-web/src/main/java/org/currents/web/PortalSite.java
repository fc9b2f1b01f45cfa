package org.currents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.currents.model.Article;
import org.currents.model.Entity;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.currents.publish.PortalPaths;
import org.jspecify.annotations.Nullable;

/**
 * A built {@link Portal} with the lookups the web needs: events by id and by page path, days in
 * order, entity and story pages by path, each entity's timeline. Paths are the Markdown portal's
 * ({@link PortalPaths}) without {@code .md}, so both portals link alike. Immutable and thread safe.
 */
public final class PortalSite {
  private final Portal portal;
  private final PortalPaths paths;
  private final Map<String, PortalEvent> eventsById = new LinkedHashMap<>();
  private final Map<String, PortalEvent> eventsByPath = new LinkedHashMap<>();
  private final Map<String, Entity> entitiesByPath = new LinkedHashMap<>();
  private final Map<String, Entity> entitiesByName = new LinkedHashMap<>();
  private final Map<String, Story> storiesByPath = new LinkedHashMap<>();
  private final Map<String, Story> storiesByEvent;
  private final Map<String, List<PortalEvent>> timelines = new LinkedHashMap<>();
  private final Map<@Nullable LocalDate, List<PortalEvent>> days = new LinkedHashMap<>();
  private final List<PortalEvent> latest;
  private final Map<String, String> outletPaths = new TreeMap<>();
  private final Map<String, String> outletsByPath = new LinkedHashMap<>();
  private final Map<String, List<PortalEvent>> coverage = new LinkedHashMap<>();
  private final Map<String, Story> storiesById = new LinkedHashMap<>();
  private final Map<String, List<String>> citedBy = new LinkedHashMap<>();
  private final Map<String, Integer> articlesByOutlet = new TreeMap<>();
  private final List<Article> articles;
  private final Map<String, @Nullable Instant> updated = new HashMap<>();

  public PortalSite(Portal portal) {
    this.portal = Objects.requireNonNull(portal, "portal");
    this.paths = new PortalPaths(portal);
    this.storiesByEvent = portal.storiesByEvent();
    for (PortalEvent e : portal.events()) {
      eventsById.put(e.event().id(), e);
      updated.put(e.event().id(), newestReport(e));
      eventsByPath.put(eventPath(e.event().id()), e);
      days.computeIfAbsent(e.event().date(), d -> new ArrayList<>()).add(e);
      e.event().entities().forEach(
          w -> timelines.computeIfAbsent(w.canonicalName(), k -> new ArrayList<>()).add(e));
    }
    for (Entity entity : portal.entities()) {
      entitiesByName.put(entity.canonicalName(), entity);
      String path = entityPath(entity.canonicalName());
      if (path != null) {
        entitiesByPath.put(path, entity);
      }
    }
    portal.stories().forEach(s -> {
      storiesByPath.put(storyPath(s.id()), s);
      storiesById.put(s.id(), s);
    });
    articles = portal.articles().values().stream().sorted(NEWEST_FIRST).toList();
    articles.forEach(a -> articlesByOutlet.merge(a.outlet(), 1, Integer::sum));
    timelines.replaceAll((name, events) -> events.stream().sorted(TIMELINE_ORDER).toList());
    days.replaceAll((day, events) -> List.copyOf(events));
    latest =
        portal.events().stream()
            .sorted(
                Comparator.comparing(
                        this::updated, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                    .thenComparing(e -> e.event().id()))
            .toList();
    for (PortalEvent e : latest) {
      for (String id : e.sourceArticleIds()) {
        citedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(e.event().id());
        Article a = portal.articles().get(id);
        if (a != null) {
          List<PortalEvent> covered = coverage.computeIfAbsent(a.outlet(), k -> new ArrayList<>());
          if (!covered.contains(e)) {
            covered.add(e);
          }
        }
      }
    }
    // Outlets in name order, so a slug clash always resolves the same way.
    new TreeMap<>(coverage).keySet().forEach(name -> {
      String base = "/outlet/" + PortalPaths.slug(name, "outlet");
      String path = base;
      for (int n = 2; outletsByPath.containsKey(path); n++) {
        path = base + "-" + n;
      }
      outletsByPath.put(path, name);
      outletPaths.put(name, path);
    });
    coverage.replaceAll((name, events) -> List.copyOf(events));
    citedBy.replaceAll((id, events) -> List.copyOf(events));
  }

  /** Newest publication first, undated last, then by id: a stable order for the article list. */
  private static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(
              (Article a) -> a.published() == null ? null : a.published().instantForOrdering(),
              Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
          .thenComparing(Article::id);

  /** Oldest first, undated last: how a timeline reads. */
  private static final Comparator<PortalEvent> TIMELINE_ORDER =
      Comparator.comparing(
              (PortalEvent e) -> e.event().date(),
              Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(e -> e.event().id());

  public Portal portal() {
    return portal;
  }

  /** Events, most recently updated first, undated last. */
  public List<PortalEvent> latest() {
    return latest;
  }

  /** The story an event belongs to, if any. */
  public Optional<Story> storyOf(String eventId) {
    return Optional.ofNullable(storiesByEvent.get(eventId));
  }

  public Optional<PortalEvent> event(String id) {
    return Optional.ofNullable(eventsById.get(id));
  }

  public Optional<PortalEvent> eventAt(String path) {
    return Optional.ofNullable(eventsByPath.get(path));
  }

  public Optional<Entity> entity(String canonicalName) {
    return Optional.ofNullable(entitiesByName.get(canonicalName));
  }

  public Optional<Entity> entityAt(String path) {
    return Optional.ofNullable(entitiesByPath.get(path));
  }

  public Optional<Story> storyAt(String path) {
    return Optional.ofNullable(storiesByPath.get(path));
  }

  /** The days that have events, newest first, undated last. */
  public List<@Nullable LocalDate> days() {
    // Not List.copyOf: the undated day is a null key.
    return Collections.unmodifiableList(new ArrayList<>(days.keySet()));
  }

  /** Whether {@code day} (null: undated) has events; without copying {@link #days()}. */
  public boolean hasDay(@Nullable LocalDate day) {
    return days.containsKey(day);
  }

  public List<PortalEvent> eventsOn(@Nullable LocalDate day) {
    return days.getOrDefault(day, List.of());
  }

  /** The events about an entity, oldest first. */
  public List<PortalEvent> timeline(String canonicalName) {
    return timelines.getOrDefault(canonicalName, List.of());
  }

  /** The outlets that have articles in the portal, by name. */
  public Set<String> outlets() {
    return Collections.unmodifiableSet(outletPaths.keySet());
  }

  /** The outlet whose page is at {@code path}. */
  public Optional<String> outletAt(String path) {
    return Optional.ofNullable(outletsByPath.get(path));
  }

  /** An outlet's page, e.g. {@code /outlet/bbc-news}; outlets come from {@link Article#outlet()}. */
  public String outletPath(String outlet) {
    String path = outletPaths.get(outlet);
    if (path == null) {
      throw new IllegalArgumentException("no outlet " + outlet + " in this portal");
    }
    return path;
  }

  /** The events an outlet covered, latest first. */
  public List<PortalEvent> coveredBy(String outlet) {
    return coverage.getOrDefault(outlet, List.of());
  }

  /** Every article, newest publication first, undated last. */
  public List<Article> articles() {
    return articles;
  }

  /** The events that cite an article among their sources, latest first. */
  public List<String> eventsCiting(String articleId) {
    return citedBy.getOrDefault(articleId, List.of());
  }

  /** How many stored articles an outlet has, cited or not; 0 for an unknown outlet. */
  public int articleCount(String outlet) {
    return articlesByOutlet.getOrDefault(outlet, 0);
  }

  public Optional<Story> story(String id) {
    return Optional.ofNullable(storiesById.get(id));
  }

  public @Nullable Article article(String id) {
    return portal.articles().get(id);
  }

  public String eventPath(String eventId) {
    return web(paths.event(eventId));
  }

  public @Nullable String entityPath(String canonicalName) {
    String path = paths.entity(canonicalName);
    return path == null ? null : web(path);
  }

  public String storyPath(String storyId) {
    return web(paths.story(storyId));
  }

  /** A day's page, e.g. {@code /news/2017/04/7}, or {@code /news/undated}. */
  public static String dayPath(@Nullable LocalDate day) {
    return web(PortalPaths.day(day));
  }

  /** Where an old event page now lives, if it moved. */
  public Optional<String> redirect(String path) {
    return Optional.ofNullable(portal.redirects().get(path + ".md")).map(PortalSite::web);
  }

  /**
   * When an event was last reported: its newest source article's publication (a day without a
   * time counts as its start, in UTC), or null when no source has a date. Computed once per event
   * at construction: pages ask for it on every list item.
   */
  public @Nullable Instant updated(PortalEvent e) {
    return updated.get(e.event().id());
  }

  private @Nullable Instant newestReport(PortalEvent e) {
    Instant newest = null;
    for (String id : e.sourceArticleIds()) {
      Article a = portal.articles().get(id);
      if (a != null && a.published() != null) {
        Instant at = a.published().instantForOrdering();
        newest = newest == null || at.isAfter(newest) ? at : newest;
      }
    }
    if (newest == null && e.event().date() != null) {
      newest = e.event().date().atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return newest;
  }

  /** A Markdown portal path as a web path: no {@code .md}, no trailing {@code /index}. */
  private static String web(String markdownPath) {
    String path = markdownPath.endsWith(".md") ? markdownPath.substring(0, markdownPath.length() - 3) : markdownPath;
    return path.endsWith("/index") ? path.substring(0, path.length() - "/index".length()) : path;
  }
}
