package org.currents.cli;

import java.io.PrintWriter;
import org.currents.pipeline.ProgressListener;

/**
 * Draws a one-line progress bar on stderr when it is a terminal, at most ten times a second;
 * prints nothing otherwise, so logs and pipes stay clean.
 */
final class TerminalProgress implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;

  TerminalProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static TerminalProgress forConsole(PrintWriter err) {
    return new TerminalProgress(err, System.console() != null);
  }

  @Override
  public synchronized void progress(String stage, int done, int total) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDraw < 100_000_000L && done != total)) {
      return;
    }
    lastDraw = now;
    StringBuilder line = new StringBuilder("\r").append(String.format("%-10s", stage));
    if (total > 0) {
      int filled = (int) ((long) WIDTH * done / total);
      line.append(" [").append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
      line.append(done).append('/').append(total);
    } else {
      line.append(' ').append(done);
    }
    err.print(line.append("   "));
    err.flush();
  }

  /** Ends the progress line so the next output starts on a fresh one. */
  synchronized void finish() {
    if (enabled && lastDraw != 0) {
      err.println();
      lastDraw = 0;
    }
  }
}
