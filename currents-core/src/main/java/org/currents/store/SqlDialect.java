package org.currents.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What really differs between the SQL databases the stores run on; everything else is one JDBC
 * store ({@link JdbcArticleStore}, {@link JdbcEventStore}) and one set of migrations. Stateless
 * and thread safe.
 *
 * <p>Design decision: the SQL the stores send is the subset both databases accept (including
 * {@code INSERT ... ON CONFLICT}), so the dialect holds no query text; it only prepares
 * connections, adapts the one non-portable DDL phrase of the migrations, serialises migrations and
 * recognises a unique-key violation.
 */
interface SqlDialect {

  /** Sets up a fresh connection (pragmas, timeouts) before anything else runs on it. */
  void prepare(Connection connection) throws SQLException;

  /**
   * The migration script as this database takes it. The scripts are written in SQLite's and
   * PostgreSQL's common SQL except for auto-increment keys, spelled {@code INTEGER PRIMARY KEY
   * AUTOINCREMENT} as in released SQLite stores.
   */
  String migration(String script);

  /**
   * Called first in the migration transaction: returns once this connection alone may migrate,
   * until the transaction ends, so two processes that start at once never both apply a script.
   */
  void lockSchema(Connection connection) throws SQLException;

  /** True when {@code e} says a row broke a primary key or unique constraint. */
  boolean isUniqueViolation(SQLException e);
}
