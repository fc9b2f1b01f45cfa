package org.currents.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store's SQLite: WAL mode, and every transaction opened {@code IMMEDIATE} (see {@link
 * StoreLocation}), which takes the database's write lock at {@code BEGIN} and so already
 * serialises migrations between processes.
 */
final class SqliteDialect implements SqlDialect {

  @Override
  public void prepare(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      // First, so that two processes creating the same file wait for each other instead of failing.
      st.execute("PRAGMA busy_timeout=10000");
      st.execute("PRAGMA journal_mode=WAL");
      // NORMAL is durable against a killed process in WAL mode; only a power loss can drop the
      // last commits, and those are re-ingested idempotently.
      st.execute("PRAGMA synchronous=NORMAL");
      st.execute("PRAGMA foreign_keys=ON");
    }
  }

  @Override
  public String migration(String script) {
    return script;
  }

  @Override
  public void lockSchema(Connection connection) {
    // The IMMEDIATE transaction holds the write lock already.
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    return e instanceof SQLiteException s
        && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
            || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
  }
}
