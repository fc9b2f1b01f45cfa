/**
 * Entities: mentions of people, organisations and places, with offsets into the article text, each
 * resolved to a canonical name. Finding works per article; one deterministic step afterwards
 * ({@link org.currents.entity.EntityFinder#joinAcrossArticles}) joins short names that the corpus
 * makes unambiguous. Never reads the store.
 */
@NullMarked
package org.currents.entity;

import org.jspecify.annotations.NullMarked;
