package org.currents.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
