/**
 * Storage: articles and failed inputs, behind {@link org.currents.store.ArticleStore}. The embedded
 * default is one SQLite file in WAL mode with versioned migrations. Writes are transactional, so a
 * killed process never leaves half an article; re-adding a stored article is a no-op reported as a
 * duplicate. Store failures (not bad input) throw {@link org.currents.store.StoreException}.
 */
@NullMarked
package org.currents.store;

import org.jspecify.annotations.NullMarked;
