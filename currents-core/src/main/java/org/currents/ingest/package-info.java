/**
 * Ingest: reads the sources a user names into {@link org.currents.model.RawPage}s (to be extracted)
 * or ready {@link org.currents.model.Article}s (JSON Lines data sets, feed entries with their full
 * text), keeping provenance ({@link org.currents.model.Origin}: feed, sitemap, WARC record, URL,
 * HTTP status). {@link org.currents.ingest.DetectingInputReader} tells sources apart by their
 * first bytes (WARC, RSS, Atom, JSON Feed, sitemap, sitemap index) and fetches URLs through
 * {@link org.currents.ingest.fetch}. Readers report bad files, records and fetches as failed
 * outcomes and go on; they never extract articles from HTML pages themselves.
 */
@NullMarked
package org.currents.ingest;

import org.jspecify.annotations.NullMarked;
