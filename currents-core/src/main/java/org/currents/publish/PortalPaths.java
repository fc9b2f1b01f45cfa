package org.currents.publish;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.currents.model.Entity;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.jspecify.annotations.Nullable;

/**
 * Where each page of a portal lives, as root-absolute paths in the seed's scheme: days at {@code
 * /news/2017/04/7/index.md}, events at {@code /news/2017/04/7/<slug>.md}, undated events under
 * {@code /news/undated/}, entities at {@code /entity/<slug>.md}, stories at {@code
 * /story/<slug>.md}.
 *
 * <p>Design decision: a slug comes from the summary (events) or the canonical name (entities), so
 * the same input always gives the same path; when two pages in one folder would collide, the later
 * one in portal order gets its id appended, which is just as stable.
 */
public final class PortalPaths {
  /** Slugs are cut to this many characters, as in the seed portal. */
  static final int MAX_SLUG = 128;

  private final Map<String, String> eventPaths = new HashMap<>();
  private final Map<String, String> entityPaths = new HashMap<>();
  private final Map<String, String> storyPaths = new HashMap<>();

  public PortalPaths(Portal portal) {
    Set<String> taken = new HashSet<>();
    for (PortalEvent e : portal.events()) {
      String dir = dayDirectory(e.event().date());
      String slug = slug(e.summary().sentence(), e.event().id());
      if (!taken.add(dir + slug)) {
        slug = slug + "-" + e.event().id();
        taken.add(dir + slug);
      }
      eventPaths.put(e.event().id(), dir + slug + ".md");
    }
    for (Entity entity : portal.entities()) {
      String slug = slug(entity.canonicalName(), "entity");
      if (!taken.add("/entity/" + slug)) {
        slug = slug + "-" + entity.type().name().toLowerCase(Locale.ROOT);
        taken.add("/entity/" + slug);
      }
      entityPaths.put(entity.canonicalName(), "/entity/" + slug + ".md");
    }
    for (Story story : portal.stories()) {
      String slug = slug(story.name(), story.id());
      if (!taken.add("/story/" + slug)) {
        slug = slug + "-" + story.id();
        taken.add("/story/" + slug);
      }
      storyPaths.put(story.id(), "/story/" + slug + ".md");
    }
  }

  /** The story page's path, e.g. {@code /story/tour-de-france.md}. */
  public String story(String storyId) {
    String path = storyPaths.get(storyId);
    if (path == null) {
      throw new IllegalArgumentException("no story " + storyId + " in this portal");
    }
    return path;
  }

  /** The event page's path, e.g. {@code /news/2017/04/7/dhs-drops-its-demand.md}. */
  public String event(String eventId) {
    String path = eventPaths.get(eventId);
    if (path == null) {
      throw new IllegalArgumentException("no event " + eventId + " in this portal");
    }
    return path;
  }

  /** The entity page's path, or null when the portal has no such entity. */
  public @Nullable String entity(String canonicalName) {
    return entityPaths.get(canonicalName);
  }

  /** The day page's path: {@code /news/2017/04/7/index.md}, or the undated index. */
  public static String day(@Nullable LocalDate date) {
    return dayDirectory(date) + "index.md";
  }

  /** A day as the seed writes it: {@code 2017-04-7} (month padded, day not). */
  public static String dayLabel(@Nullable LocalDate date) {
    if (date == null) {
      return "Undated";
    }
    return String.format(Locale.ROOT, "%d-%02d-%d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  private static String dayDirectory(@Nullable LocalDate date) {
    if (date == null) {
      return "/news/undated/";
    }
    return String.format(
        Locale.ROOT, "/news/%d/%02d/%d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Lower-case ASCII words joined by dashes, at most {@link #MAX_SLUG} characters. */
  public static String slug(String text, String fallback) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG);
    }
    slug = slug.replaceAll("-+$", "");
    return slug.isEmpty() ? fallback : slug;
  }
}
