package org.currents.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.currents.model.Article;
import org.currents.model.Entity;
import org.currents.model.EventLink;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.currents.model.WeightedEntity;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown portal in the seed's format ({@code shared/seeds/003_ba0d677031a504ec.txt}): an
 * index of days, a page per day with previous/next links, a page per event (dated heading, summary
 * as title, lead, numbered sources and cover image, related events with their context), a
 * timeline page per entity and a page per story. Links are root-absolute, as in the seed. Thread safe.
 */
public final class MarkdownPortalWriter implements PortalPublisher {

  /** Removes the portal's own folders from a previous build in {@code out}, so no stale page survives. */
  public static void clean(Path out) throws IOException {
    for (String owned : new String[] {"news", "entity", "story", "index.md"}) {
      Path p = out.resolve(owned);
      if (!Files.exists(p)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  @Override
  public void publish(Portal portal, Path outDir) throws IOException {
    PortalPaths paths = new PortalPaths(portal);
    Map<String, PortalEvent> byId = new LinkedHashMap<>();
    portal.events().forEach(e -> byId.put(e.event().id(), e));
    Map<@Nullable LocalDate, List<PortalEvent>> days = new LinkedHashMap<>();
    for (PortalEvent e : portal.events()) {
      days.computeIfAbsent(e.event().date(), d -> new ArrayList<>()).add(e);
    }
    List<@Nullable LocalDate> dayOrder = new ArrayList<>(days.keySet());

    write(outDir, "/index.md", index(days, portal.stories(), paths));
    for (int i = 0; i < dayOrder.size(); i++) {
      LocalDate day = dayOrder.get(i);
      // Portal order is newest first: the previous day is the next one in the list.
      LocalDate previous = i + 1 < dayOrder.size() ? dayOrder.get(i + 1) : null;
      LocalDate next = i > 0 ? dayOrder.get(i - 1) : null;
      write(outDir, PortalPaths.day(day), dayPage(day, previous, next, days.get(day), paths));
    }
    Map<String, Story> storyOf = portal.storiesByEvent();
    for (PortalEvent e : portal.events()) {
      write(outDir, paths.event(e.event().id()), eventPage(e, portal, byId, storyOf.get(e.event().id()), paths));
    }
    for (Entity entity : portal.entities()) {
      String path = Objects.requireNonNull(paths.entity(entity.canonicalName()));
      write(outDir, path, entityPage(entity, portal, paths));
    }
    for (Story story : portal.stories()) {
      write(outDir, paths.story(story.id()), storyPage(story, byId, paths));
    }
    for (Map.Entry<String, String> moved : portal.redirects().entrySet()) {
      write(outDir, moved.getKey(), "# Moved\n\nThis event is now told on [its current page](" + moved.getValue() + ").\n");
    }
  }

  private static String storyPage(Story story, Map<String, PortalEvent> byId, PortalPaths paths) {
    StringBuilder md = new StringBuilder("# Story: ").append(inline(story.name())).append("\n\n");
    if (!story.entities().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String name : story.entities()) {
        String path = paths.entity(name);
        names.add(path == null ? inline(name) : link(name, path));
      }
      md.append("_About: ").append(String.join(", ", names)).append("_\n\n");
    }
    md.append("### Events:\n\n");
    for (String id : story.eventIds()) {
      PortalEvent e = byId.get(id);
      if (e != null) {
        md.append("- ")
            .append(PortalPaths.dayLabel(e.event().date()))
            .append(": ")
            .append(link(e.summary().sentence(), paths.event(id)))
            .append('\n');
      }
    }
    return md.toString();
  }

  private static String index(
      Map<@Nullable LocalDate, List<PortalEvent>> days, List<Story> stories, PortalPaths paths) {
    StringBuilder md = new StringBuilder("# Currents\n\n");
    if (!stories.isEmpty()) {
      md.append("### Stories:\n\n");
      for (Story story : stories) {
        md.append("- ")
            .append(link(story.name(), paths.story(story.id())))
            .append(" (")
            .append(story.eventIds().size())
            .append(" events)\n");
      }
      md.append('\n');
    }
    md.append("Events by day, newest first.\n\n");
    days.forEach(
        (day, events) ->
            md.append("- [")
                .append(PortalPaths.dayLabel(day))
                .append("](")
                .append(PortalPaths.day(day))
                .append(") ")
                .append(events.size())
                .append(events.size() == 1 ? " event\n" : " events\n"));
    return md.toString();
  }

  private static String dayPage(
      @Nullable LocalDate day,
      @Nullable LocalDate previous,
      @Nullable LocalDate next,
      List<PortalEvent> events,
      PortalPaths paths) {
    StringBuilder md = new StringBuilder("# ").append(PortalPaths.dayLabel(day)).append("\n\n");
    List<String> nav = new ArrayList<>();
    if (day != null && previous != null) {
      nav.add("Previous: " + link(PortalPaths.dayLabel(previous), PortalPaths.day(previous)));
    }
    nav.add(link("All days", "/index.md"));
    if (day != null && next != null) {
      nav.add("Next: " + link(PortalPaths.dayLabel(next), PortalPaths.day(next)));
    }
    md.append(String.join(" | ", nav)).append("\n\n");
    int n = 1;
    for (PortalEvent e : events) {
      int sources = e.sourceArticleIds().size();
      md.append(n++)
          .append(". ")
          .append(link(e.summary().sentence(), paths.event(e.event().id())))
          .append(" (")
          .append(sources)
          .append(sources == 1 ? " source)\n" : " sources)\n");
    }
    return md.toString();
  }

  private static String eventPage(
      PortalEvent e,
      Portal portal,
      Map<String, PortalEvent> byId,
      @Nullable Story story,
      PortalPaths paths) {
    LocalDate day = e.event().date();
    StringBuilder md = new StringBuilder("### ");
    md.append(link(PortalPaths.dayLabel(day), PortalPaths.day(day))).append("\n\n");
    md.append("# ").append(inline(e.summary().sentence())).append("\n\n");
    md.append(inline(e.summary().lead())).append("\n\n");
    Article from = portal.articles().get(e.summary().sourceArticleId());
    if (from != null) {
      // Provenance of the summary: which article and which of its sentences it came from, as written.
      md.append("_Summary from ")
          .append(from.url() == null ? inline(from.outlet()) : link(from.outlet(), from.url()))
          .append(", sentence ")
          .append(e.summary().sourceSentence() + 1)
          .append(": “")
          .append(inline(e.summary().sourceText()))
          .append("”_\n");
    }
    md.append("\n\n");
    md.append("### Source:\n\n");
    int n = 1;
    for (String id : e.sourceArticleIds()) {
      Article a = portal.articles().get(id);
      if (a == null) {
        continue;
      }
      md.append(n++).append(". ");
      md.append(a.url() == null ? inline(a.outlet()) : link(a.outlet(), a.url()));
      String originalId = portal.copyOf().get(id);
      Article original = originalId == null ? null : portal.articles().get(originalId);
      if (original != null) {
        md.append(" _(copy of ").append(inline(original.outlet())).append(")_");
      }
      md.append('\n');
    }
    if (e.summary().image() != null) {
      md.append(n).append(". ").append(link("Cover Image", e.summary().image())).append('\n');
    }
    if (!e.related().isEmpty()) {
      md.append("\n### Related:\n\n");
      int r = 1;
      for (EventLink link : e.related()) {
        PortalEvent other = byId.get(link.to());
        if (other == null) {
          continue;
        }
        md.append(r++)
            .append(". ")
            .append(link(other.summary().sentence(), paths.event(other.event().id())))
            .append(" _Context: ")
            .append(inline(String.join(", ", link.context())))
            .append("_\n");
      }
    }
    List<String> entityLinks = new ArrayList<>();
    for (WeightedEntity we : e.event().entities()) {
      String path = paths.entity(we.canonicalName());
      if (path != null) {
        entityLinks.add(link(we.canonicalName(), path));
      }
    }
    if (!entityLinks.isEmpty()) {
      md.append("\n### Entities:\n\n").append(String.join(", ", entityLinks)).append('\n');
    }
    if (story != null) {
      md.append("\n### Story:\n\n").append(link(story.name(), paths.story(story.id()))).append('\n');
    }
    return md.toString();
  }

  private static String entityPage(Entity entity, Portal portal, PortalPaths paths) {
    StringBuilder md = new StringBuilder("# ").append(inline(entity.canonicalName())).append("\n\n");
    md.append("_").append(inline(entity.description())).append("_\n\n");
    md.append("### Timeline:\n\n");
    List<PortalEvent> events =
        portal.events().stream()
            .filter(
                e ->
                    e.event().entities().stream()
                        .anyMatch(w -> w.canonicalName().equals(entity.canonicalName())))
            .sorted(
                Comparator.comparing(
                        (PortalEvent e) -> e.event().date(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                    .thenComparing(e -> e.event().id()))
            .toList();
    for (PortalEvent e : events) {
      md.append("- ")
          .append(PortalPaths.dayLabel(e.event().date()))
          .append(": ")
          .append(link(e.summary().sentence(), paths.event(e.event().id())))
          .append('\n');
    }
    return md.toString();
  }

  private static String link(String text, String target) {
    return "[" + inline(text).replace("[", "\\[").replace("]", "\\]") + "](" + target.replace(" ", "%20").replace(")", "%29") + ")";
  }

  /** Text from the web on one line, with Markdown's active characters at line start defused. */
  private static String inline(String text) {
    return text.replaceAll("\\s+", " ").trim().replace("<", "&lt;");
  }

  private static void write(Path outDir, String rootPath, String content) throws IOException {
    Path file = outDir.resolve(rootPath.substring(1));
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
