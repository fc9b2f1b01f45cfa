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
  private static final int WAL_ATTEMPTS = 200;
  private static final long WAL_RETRY_MILLIS = 50;

  @Override
  public void prepare(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      // First, so that two processes creating the same file wait for each other instead of failing.
      st.execute("PRAGMA busy_timeout=10000");
      walMode(st);
      // NORMAL is durable against a killed process in WAL mode; only a power loss can drop the
      // last commits, and those are re-ingested idempotently.
      st.execute("PRAGMA synchronous=NORMAL");
      st.execute("PRAGMA foreign_keys=ON");
    }
  }

  /**
   * Switching a new file to WAL needs the file to itself, and SQLite answers a process that asks
   * while another does the same with SQLITE_BUSY at once, without waiting for the busy timeout:
   * so ask again, for up to ten seconds. The mode sticks to the file; later opens find it set.
   */
  private static void walMode(Statement st) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        st.execute("PRAGMA journal_mode=WAL");
        return;
      } catch (SQLiteException e) {
        if (attempt >= WAL_ATTEMPTS || e.getResultCode().code != SQLiteErrorCode.SQLITE_BUSY.code) {
          throw e;
        }
        try {
          Thread.sleep(WAL_RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
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
