package org.currents.pipeline;

/** Told about each finished unit of work, so a terminal can draw progress. Thread safe. */
@FunctionalInterface
public interface ProgressListener {
  /**
   * @param stage the stage's short name ("ingest", "entities", ...)
   * @param done units finished so far in this stage
   * @param total units in this stage, or -1 when unknown
   */
  void progress(String stage, int done, int total);

  static ProgressListener silent() {
    return (stage, done, total) -> {};
  }
}
