package org.currents.link;

import java.util.List;
import java.util.Map;
import org.currents.model.Event;
import org.currents.model.EventLink;
import org.currents.model.Story;

/**
 * Threads events into stories. Every event belongs to at most one story; the same events and links
 * give the same stories with the same ids.
 */
public interface StoryFinder {
  List<Story> stories(List<Event> events, Map<String, List<EventLink>> links);
}
