package org.currents.ingest.fetch;

import org.currents.model.Outcome;

/**
 * Fetches one URL. A fetch never throws for a bad URL or server: it returns a failed outcome
 * ({@code fetch-failed}, {@code blocked}, {@code too-large}) or a {@code not-modified} skip.
 * Implementations are thread safe.
 */
public interface PageFetcher {
  Outcome<Fetched> fetch(String url);
}
