/**
 * Entities: mentions of people, organisations and places, with offsets into the article text, each
 * resolved to a canonical name. Finding works per article; one deterministic step afterwards
 * ({@link org.currents.entity.EntityFinder#joinAcrossArticles}) joins short names that the corpus
 * makes unambiguous. Never reads the store.
 *
 * <p>Canonical names within an article ({@link org.currents.entity.ArticleNames}) and across
 * articles ({@link org.currents.entity.CorpusNameResolver}) are shared by every finder, so an
 * optional tagger found through {@link org.currents.entity.EntityFinderProvider} (the GPL-3 CoreNLP
 * module) differs from the default only in the names it finds. Nothing here may depend on such a
 * tagger.
 */
@NullMarked
package org.currents.entity;

import org.jspecify.annotations.NullMarked;
