/**
 * Deduplication: groups exact and near-duplicate copies of one story, naming the original. Never
 * drops an article: copies stay as sources of the group. {@link
 * org.currents.dedup.NearDuplicateIndex} is the streaming core (linear memory, bounded work per
 * text); {@link org.currents.dedup.MinHashDeduplicator} adds site-furniture removal, exact
 * confirmation and the choice of the original. Trap: grouping is transitive, so anything that lets
 * two stories share text (furniture, captions) can chain many stories into one group.
 */
@NullMarked
package org.currents.dedup;

import org.jspecify.annotations.NullMarked;
