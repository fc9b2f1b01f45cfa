package org.currents.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import org.currents.testkit.TestPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a PostgreSQL server ({@link TestPostgres}: skipped, with the reason, when
 * none is named), each test in a fresh schema dropped afterwards.
 */
class PostgresqlStoreTest extends StoreContractTest {
  private @Nullable String url;

  @Override
  StoreLocation freshLocation() {
    url = TestPostgres.freshSchemaUrl("currents_test");
    return StoreLocation.parse(url);
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (url == null) {
      return; // skipped: no server
    }
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c = location.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void aWrongPasswordFailsNamingTheLocationButNotThePassword() {
    String wrong = url.replaceFirst("//([^:/@]+)(:[^@]*)?@", "//$1:not-the-password@");
    StoreException e =
        assertThrows(StoreException.class, () -> Stores.open(StoreLocation.parse(wrong)));
    assertTrue(e.getMessage().contains(StoreLocation.parse(wrong).toString()), e.getMessage());
    assertTrue(e.getMessage().contains("password authentication failed"), e.getMessage());
    assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
  }
}
