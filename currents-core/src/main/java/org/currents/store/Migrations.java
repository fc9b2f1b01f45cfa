package org.currents.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: {@code V<n>__<name>.sql} resources applied in order, each in one
 * transaction together with the bump of {@code schema_version}, so a crash never leaves a half
 * migrated store.
 *
 * <p>Design decision: a dozen lines instead of Flyway, because the embedded store needs only
 * forward, in-order scripts; the same scripts are meant to serve other SQL stores later.
 */
final class Migrations {
  /** The scripts, in order; append, never edit a released one. */
  static final List<String> SCRIPTS =
      List.of("V1__articles.sql", "V2__provenance_sources.sql", "V3__events.sql");

  private Migrations() {}

  static void apply(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    }
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
      String sql = read(SCRIPTS.get(v - 1));
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement st = connection.createStatement()) {
        for (String part : sql.split(";\\s*\\n")) {
          if (!part.replaceAll("(?m)^--.*$", "").isBlank()) {
            st.executeUpdate(part);
          }
        }
        st.executeUpdate("DELETE FROM schema_version");
        st.executeUpdate("INSERT INTO schema_version (version) VALUES (" + v + ")");
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    }
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static String read(String script) {
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
