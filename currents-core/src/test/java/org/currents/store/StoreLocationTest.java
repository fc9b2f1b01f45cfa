package org.currents.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.currents.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

/** Reading store locations, and the messages a location that cannot be used gives. */
class StoreLocationTest {

  @Test
  void aPostgresqlUrlIsShownWithoutItsPassword() {
    assertEquals(
        "postgresql://currents@db.example:6543/news",
        StoreLocation.parse("postgresql://currents:s%40cret@db.example:6543/news").toString());
    assertEquals(
        "postgresql://db.example:5432/news?user=u&password=***&sslmode=require",
        StoreLocation.parse("jdbc:postgresql://db.example/news?user=u&password=p&sslmode=require")
            .toString());
    assertEquals(
        "postgresql://u@[::1]:5432/news", StoreLocation.parse("postgres://u@[::1]/news").toString());
  }

  @Test
  void theEmbeddedStoreIsShownAsItsFile() {
    assertEquals(
        Path.of("data", StoreLocation.FILE_NAME).toString(),
        StoreLocation.embedded(Path.of("data")).toString());
  }

  @Test
  void aBadUrlSaysWhatIsWrongWithoutThePassword() {
    for (String[] bad :
        new String[][] {
          {"mysql://u:secret@host/db", "unsupported database URL"},
          {"postgresql://u:secret@/db", "names no valid host"},
          {"postgresql://u:secret@host", "names no database"},
          {"postgresql://u:secret@host/db/more", "names no database"},
          {"postgresql://u:secret@host:port/db", "names no valid host"},
          {"postgresql://u:secret@host/db name", "not a database URL"},
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse(bad[0]));
      assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void aLocationSurvivesSerialisationAsWhatItWasMadeFrom() throws Exception {
    for (StoreLocation location :
        new StoreLocation[] {
          StoreLocation.embedded(Path.of("some", "data")),
          StoreLocation.parse("postgresql://u:secret@db.example:6543/news?currentSchema=s1")
        }) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(location);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        StoreLocation back = (StoreLocation) in.readObject();
        assertEquals(location.toString(), back.toString());
        assertEquals(location.dialect().getClass(), back.dialect().getClass());
      }
    }
  }

  @Test
  void anUnreachableServerFailsNamingTheLocation() throws Exception {
    int closedPort = TestPostgres.closedPort();
    StoreLocation nowhere = StoreLocation.parse("postgresql://u:secret@127.0.0.1:" + closedPort + "/db");
    StoreException e = assertThrows(StoreException.class, () -> Stores.open(nowhere));
    assertTrue(e.getMessage().startsWith("cannot open the store " + nowhere + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }
}
