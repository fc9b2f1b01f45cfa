/**
 * Storage: articles and failed inputs ({@link org.currents.store.ArticleStore}), the managed
 * sources ({@link org.currents.store.SourceList}), the fetcher's memory ({@link
 * org.currents.store.FetchMemory}) and the events of the latest build ({@link
 * org.currents.store.EventStore}). {@link org.currents.store.Stores#open} is the only way to open
 * them, at a {@link org.currents.store.StoreLocation}: the embedded default, one SQLite file in WAL
 * mode, or a PostgreSQL database shared by many processes and machines. Both run the same JDBC
 * code and the same versioned migrations; a small {@code SqlDialect} holds what differs.
 *
 * <p>Writes are transactional, so a killed process never leaves half an article; re-adding a
 * stored article is a no-op reported as a duplicate, also when another process added it a moment
 * before. Store failures (not bad input) throw {@link org.currents.store.StoreException}, whose
 * message names the location (never its password). Traps: never sort by a server's text collation
 * (it is not SQLite's binary order), and keep the migration scripts in the SQL both databases
 * share.
 */
@NullMarked
package org.currents.store;

import org.jspecify.annotations.NullMarked;
