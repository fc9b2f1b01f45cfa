/**
 * Ingest: reads the sources a user names into {@link org.currents.model.RawPage}s (to be extracted)
 * or ready {@link org.currents.model.Article}s (JSON Lines data sets), keeping provenance. Readers
 * report bad files and rows as failed outcomes and go on; they never parse HTML themselves.
 */
@NullMarked
package org.currents.ingest;

import org.jspecify.annotations.NullMarked;
