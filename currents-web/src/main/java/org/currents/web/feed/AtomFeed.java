package org.currents.web.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.currents.model.Entity;
import org.currents.model.Story;
import org.currents.model.PortalEvent;
import org.currents.web.PortalSite;
import org.currents.web.html.Html;

/**
 * The Atom feeds (RFC 4287) of the latest events, and of each entity's and story's events: one entry per event, its summary as title and
 * its lead as summary, linking to the event page. Text is escaped as in HTML, which is valid XML.
 * Thread safe.
 */
public final class AtomFeed {
  /** Entries in the feed. */
  public static final int ENTRIES = 50;

  private final PortalSite site;

  public AtomFeed(PortalSite site) {
    this.site = site;
  }

  /** The feed of all events; {@code base} is the server's origin, e.g. {@code http://127.0.0.1:8080}. */
  public String latest(String base) {
    return feed(base, "Currents: latest events", "/", site.latest());
  }

  /** The feed of an entity's events. */
  public String entity(String base, Entity entity) {
    Set<PortalEvent> about = Set.copyOf(site.timeline(entity.canonicalName()));
    String page = Objects.requireNonNull(site.entityPath(entity.canonicalName()));
    return feed(base, "Currents: " + entity.canonicalName(), page, latestOf(about));
  }

  /** The feed of a story's events. */
  public String story(String base, Story story) {
    Set<String> ids = Set.copyOf(story.eventIds());
    List<PortalEvent> events = site.latest().stream().filter(e -> ids.contains(e.event().id())).toList();
    return feed(base, "Currents: " + story.name(), site.storyPath(story.id()), events);
  }

  private List<PortalEvent> latestOf(Set<PortalEvent> events) {
    return site.latest().stream().filter(events::contains).toList();
  }

  /** A feed of {@code events} (latest first) for the page at {@code page}, served at page + "/feed.atom". */
  private String feed(String base, String title, String page, List<PortalEvent> events) {
    Instant newest = events.stream().map(site::updated).filter(Objects::nonNull).findFirst().orElse(Instant.EPOCH);
    String self = page.equals("/") ? "/feed.atom" : page + "/feed.atom";
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("<title>").append(Html.text(title)).append("</title>\n")
        .append("<id>").append(Html.text(base + page)).append("</id>\n")
        .append("<link rel=\"self\" href=\"").append(Html.text(base + self)).append("\"/>\n")
        .append("<link href=\"").append(Html.text(base + page)).append("\"/>\n")
        .append("<updated>").append(newest).append("</updated>\n")
        .append("<author><name>Currents</name></author>\n");
    events.stream().limit(ENTRIES).forEach(e -> xml.append(entry(e, base)));
    return xml.append("</feed>\n").toString();
  }

  private String entry(PortalEvent e, String base) {
    Instant updated = site.updated(e);
    return "<entry>\n<title>" + Html.text(e.summary().sentence()) + "</title>\n"
        + "<id>urn:currents:event:" + Html.text(e.event().id()) + "</id>\n"
        + "<link href=\"" + Html.text(base + site.eventPath(e.event().id())) + "\"/>\n"
        + "<updated>" + (updated == null ? Instant.EPOCH : updated) + "</updated>\n"
        + "<summary>" + Html.text(e.summary().lead()) + "</summary>\n</entry>\n";
  }
}
