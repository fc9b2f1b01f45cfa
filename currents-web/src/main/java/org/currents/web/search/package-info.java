/**
 * Full-text search over events and their articles (Lucene, in memory). It indexes a built portal
 * and answers with event ids; pages and API render the hits. Trap: the query is a reader's text,
 * so it is parsed with Lucene's simple syntax, which never throws on bad input. Snippets are
 * highlighted only for the hits shown, from a short field indexed with offsets, never by
 * re-analysing article texts, with what does not depend on the query (texts, sentence boundaries)
 * prepared once per portal ({@code Snippets}); {@link org.currents.web.search.CachedEventSearch}
 * keeps the hits of recent queries for the life of the portal.
 */
@NullMarked
package org.currents.web.search;

import org.jspecify.annotations.NullMarked;
