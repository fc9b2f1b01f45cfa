package org.currents.ingest;

import java.util.function.Consumer;
import org.currents.model.Ingested;
import org.currents.model.Outcome;

/**
 * Reads one source the user named (a file, a directory, {@code -} for stdin) and hands each page or
 * article it holds to {@code sink}, in a defined order. A bad page or record becomes a failed
 * outcome and reading goes on; only the source as a whole being unreadable ends it early (also as a
 * failed outcome).
 */
public interface InputReader {
  void read(String source, Consumer<Outcome<Ingested>> sink);
}
