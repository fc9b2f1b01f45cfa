package org.currents.cli;

import java.util.List;

/** Loads a server with concurrent clients for {@code currents bench serve}. */
interface LoadClient {
  /** The figures of one run. */
  record Load(double perSecond, double p50Millis, double p99Millis) {}

  /** What it is, for the report. */
  String name();

  /**
   * Keeps {@code connections} clients busy for {@code seconds}, each sending GET requests one
   * after another, cycling through {@code urls}; fails if any answer is not 200.
   */
  Load run(List<String> urls, int connections, int seconds) throws Exception;
}
