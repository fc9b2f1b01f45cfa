package org.currents.summarize;

import java.util.List;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;
import org.currents.model.Outcome;
import org.currents.model.Summary;

/**
 * Writes an event's one-sentence summary and picks its lead sentence and cover image from its
 * articles (given in the event's order). Thread safe and deterministic.
 */
public interface EventSummarizer {
  Outcome<Summary> summarize(Event event, List<AnnotatedArticle> articles);
}
