package org.currents.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.currents.model.Article;
import org.currents.model.EventLink;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.currents.model.WeightedEntity;

/**
 * One JSON object per event, in portal order: {@code {"event", "date", "summary", "summary_source", "lead",
 * "articles", "sources", "entities", "related": [{"event", "context"}]}}. {@code date} is null for
 * undated events; {@code summary_source} is the sentence the summary was rewritten from, as its
 * article wrote it; {@code articles} lists every source article, syndicated copies included, each
 * original followed by its copies; {@code sources} gives each one's outlet, URL, {@code
 * published} (ISO-8601 as precise as the page gave it, null when undated) and {@code copy_of}
 * (the original's id, null for an original), so the earliest copy can be told from the original.
 */
public final class EventsJsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventsJsonLines() {}

  public static void write(Portal portal, Writer out) throws IOException {
    Map<String, Story> storyOf = portal.storiesByEvent();
    for (PortalEvent e : portal.events()) {
      ObjectNode row = JSON.createObjectNode();
      row.put("event", e.event().id());
      row.put("date", e.event().date() == null ? null : e.event().date().toString());
      row.put("summary", e.summary().sentence());
      row.put("summary_source", e.summary().sourceText());
      row.put("lead", e.summary().lead());
      Story story = storyOf.get(e.event().id());
      row.put("story", story == null ? null : story.id());
      ArrayNode articles = row.putArray("articles");
      e.sourceArticleIds().forEach(articles::add);
      ArrayNode sources = row.putArray("sources");
      for (String id : e.sourceArticleIds()) {
        Article a = portal.articles().get(id);
        ObjectNode source = sources.addObject();
        source.put("article", id);
        source.put("outlet", a == null ? null : a.outlet());
        source.put("url", a == null ? null : a.url());
        source.put("published", a == null || a.published() == null ? null : a.published().iso());
        source.put("copy_of", portal.copyOf().get(id));
      }
      ArrayNode entities = row.putArray("entities");
      for (WeightedEntity w : e.event().entities()) {
        entities.add(w.canonicalName());
      }
      ArrayNode related = row.putArray("related");
      for (EventLink link : e.related()) {
        ObjectNode r = related.addObject();
        r.put("event", link.to());
        ArrayNode context = r.putArray("context");
        link.context().forEach(context::add);
      }
      out.write(JSON.writeValueAsString(row));
      out.write('\n');
    }
  }
}
