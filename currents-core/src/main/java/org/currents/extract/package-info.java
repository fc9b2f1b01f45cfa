/**
 * Extraction: raw page bytes to an {@link org.currents.model.Article}. Decides the charset, parses
 * with a depth limit, keeps the article body and drops boilerplate (menus, "Latest Stories" rails,
 * text-to-speech widget lines), and reads metadata. Must not fetch anything or touch the store.
 */
@NullMarked
package org.currents.extract;

import org.jspecify.annotations.NullMarked;
