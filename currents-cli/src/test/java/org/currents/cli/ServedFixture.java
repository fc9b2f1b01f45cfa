package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.currents.web.PortalServer;

/** The pipeline fixture and the hostile page, ingested into {@code dir} and served on a free loopback port. */
final class ServedFixture {
  private ServedFixture() {}

  static PortalServer serve(Path dir) {
    Path data = dir.resolve("data");
    Cli ingest = Cli.run("--data", data.toString(), "ingest",
        "src/test/resources/pipeline/input", "src/test/resources/hostile/hostile.html");
    assertEquals(0, ingest.exitCode(), ingest.err());
    Main main = new Main();
    main.data = data;
    return ServeCommand.start(main, 0, 50, new PrintWriter(new StringWriter(), true));
  }
}
