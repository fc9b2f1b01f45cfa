package org.currents.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server that store tests run against, named by the environment: {@code
 * CURRENTS_TEST_POSTGRES=postgresql://user:password@host:port/database} ({@code .ci/run} starts
 * one on loopback and sets it). Without it a test is skipped with the reason shown, unless {@code
 * CURRENTS_REQUIRE_POSTGRES=1}, which makes it fail instead, so CI cannot pass by skipping.
 */
public final class TestPostgres {
  /** The variable that names the server. */
  public static final String SERVER = "CURRENTS_TEST_POSTGRES";

  /** The variable that turns a missing server from a skip into a failure. */
  public static final String REQUIRED = "CURRENTS_REQUIRE_POSTGRES";

  private TestPostgres() {}

  /** A loopback port that nothing listens on (it was free a moment ago): an unreachable server. */
  public static int closedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The server's URL with a {@code currentSchema} no other test uses ({@code prefix} and a random
   * suffix): the stores create that schema on first open, so each test sees only its own rows.
   * Skips (or fails, when required) the calling test when no server is named.
   */
  public static String freshSchemaUrl(String prefix) {
    String server = System.getenv(SERVER);
    if (server == null || server.isBlank()) {
      String why = SERVER + " is not set, so there is no PostgreSQL server to test against";
      if ("1".equals(System.getenv(REQUIRED))) {
        Assertions.fail(why + ", and " + REQUIRED + "=1 requires one");
      }
      Assumptions.abort(why + " (see .ci/run for how CI starts one)");
    }
    String schema =
        prefix.toLowerCase(Locale.ROOT)
            + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
