package org.currents.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite file, and what only a file can get wrong. */
class SqliteStoreTest extends StoreContractTest {
  @TempDir Path dir;

  @Override
  StoreLocation freshLocation() {
    return StoreLocation.embedded(dir.resolve("data"));
  }

  @Test
  void aStoreFromBeforeVersion4KeepsItsSourcesInTheOrderAdded() throws Exception {
    StoreLocation location = freshLocation();
    try (Connection c = location.connect();
        Statement st = c.createStatement()) {
      for (String script : Migrations.SCRIPTS.subList(0, 3)) {
        for (String statement : Migrations.statements(Migrations.read(script))) {
          st.executeUpdate(statement);
        }
      }
      st.executeUpdate("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      st.executeUpdate("INSERT INTO schema_version (version) VALUES (3)");
      st.executeUpdate(
          "INSERT INTO source (location, added_at) VALUES"
              + " ('https://b.example/feed', '2024-01-01T10:00:00Z'),"
              + " ('https://a.example/feed', '2024-01-02T10:00:00Z')");
    }
    try (Stores stores = Stores.open(location)) {
      stores.sources().addSource("https://c.example/feed");
      assertEquals(
          List.of("https://b.example/feed", "https://a.example/feed", "https://c.example/feed"),
          stores.sources().sources().stream().map(SourceList.Source::location).toList());
    }
  }

  @Test
  void aFileThatIsNotADatabaseFailsClearlyAndIsLeftAlone() throws Exception {
    Path file = dir.resolve("data").resolve(StoreLocation.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "this is not a database, and it is the user's file", StandardCharsets.UTF_8);
    StoreException e = assertThrows(StoreException.class, this::open);
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertEquals(
        "this is not a database, and it is the user's file",
        Files.readString(file, StandardCharsets.UTF_8));
  }
}
