package org.currents.web.feed;

import java.time.Instant;
import org.currents.model.PortalEvent;
import org.currents.web.PortalSite;
import org.currents.web.html.Html;

/**
 * The Atom feed (RFC 4287) of the latest events: one entry per event, its summary as title and
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

  /** The feed; {@code base} is the server's origin, e.g. {@code http://127.0.0.1:8080}. */
  public String latest(String base) {
    Instant newest = site.latest().stream().map(site::updated).filter(java.util.Objects::nonNull)
        .findFirst().orElse(Instant.EPOCH);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("<title>Currents: latest events</title>\n")
        .append("<id>").append(Html.text(base)).append("/</id>\n")
        .append("<link rel=\"self\" href=\"").append(Html.text(base)).append("/feed.atom\"/>\n")
        .append("<link href=\"").append(Html.text(base)).append("/\"/>\n")
        .append("<updated>").append(newest).append("</updated>\n")
        .append("<author><name>Currents</name></author>\n");
    site.latest().stream().limit(ENTRIES).forEach(e -> xml.append(entry(e, base)));
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
