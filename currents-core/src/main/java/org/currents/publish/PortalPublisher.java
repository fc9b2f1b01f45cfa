package org.currents.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.currents.model.Portal;

/**
 * Writes a portal somewhere. The same portal gives the same bytes. Failing to write output is an
 * I/O error, not bad input, so it throws.
 */
public interface PortalPublisher {
  void publish(Portal portal, Path outDir) throws IOException;
}
