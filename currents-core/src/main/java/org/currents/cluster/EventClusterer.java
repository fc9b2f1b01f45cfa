package org.currents.cluster;

import java.util.List;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;

/**
 * Groups articles about the same happening into events. Input arrives in publication order (undated
 * articles last, then by id); the same input gives the same events with the same ids.
 */
public interface EventClusterer {
  List<Event> cluster(List<AnnotatedArticle> articlesInOrder);
}
