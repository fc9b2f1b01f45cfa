package org.currents.dedup;

import java.util.List;
import org.currents.model.Article;

/**
 * Groups exact and near-duplicate copies of the same story (syndicated wire copy, republished
 * pages). Input order is the defined order (publication, then id); the result is deterministic.
 */
public interface Deduplicator {
  /** Every article appears in exactly one group; singletons are groups of one. */
  List<DuplicateGroup> group(List<Article> articles);
}
