/**
 * Deduplication: groups exact and near-duplicate copies of one story, naming the original. Never
 * drops an article: copies stay as sources of the group.
 */
@NullMarked
package org.currents.dedup;

import org.jspecify.annotations.NullMarked;
