package org.currents.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Versioned schema migrations: {@code V<n>__<name>.sql} resources applied in order, all pending
 * ones in one transaction together with the bump of {@code schema_version}, so a crash never
 * leaves a half migrated store. The transaction starts with the dialect's schema lock, so two
 * processes that open a new store at once migrate it once, one after the other.
 *
 * <p>Design decision: a few dozen lines instead of Flyway, because the stores need only forward,
 * in-order scripts; one set of scripts serves every SQL store, in the SQL they share (see {@link
 * SqlDialect#migration} for the one phrase that differs).
 */
final class Migrations {
  /** The scripts, in order; append, never edit a released one. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__articles.sql",
          "V2__provenance_sources.sql",
          "V3__events.sql",
          "V4__source_order.sql");

  private Migrations() {}

  static void apply(Connection connection, SqlDialect dialect) throws SQLException {
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      dialect.lockSchema(connection);
      st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int current = currentVersion(connection);
      if (current > SCRIPTS.size()) {
        throw new SQLException(
            "the store has schema version "
                + current
                + " but this Currents knows only "
                + SCRIPTS.size()
                + "; use a newer Currents");
      }
      for (int v = current + 1; v <= SCRIPTS.size(); v++) {
        for (String statement : statements(dialect.migration(read(SCRIPTS.get(v - 1))))) {
          st.executeUpdate(statement);
        }
      }
      if (current < SCRIPTS.size()) {
        st.executeUpdate("DELETE FROM schema_version");
        st.executeUpdate("INSERT INTO schema_version (version) VALUES (" + SCRIPTS.size() + ")");
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** The statements of a script: split at semicolons that end a line, comment-only parts left out. */
  static List<String> statements(String sql) {
    return Arrays.stream(sql.split(";\\s*\\n"))
        .filter(part -> !part.replaceAll("(?m)^--.*$", "").isBlank())
        .toList();
  }

  /** The text of the migration script {@code script}. */
  static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the jar: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + script, e);
    }
  }
}
