package org.currents.store;

import java.util.List;

/**
 * The managed list of sources that {@code currents watch} polls, with what happened the last time
 * each was read. Safe for use from one thread at a time.
 */
public interface SourceList {

  /** A listed source and its last read ({@code lastStatus} null while never read). */
  record Source(
      String location,
      String addedAt,
      @org.jspecify.annotations.Nullable String lastReadAt,
      @org.jspecify.annotations.Nullable String lastStatus,
      @org.jspecify.annotations.Nullable String lastDetail) {}

  /** Adds {@code location}; returns false when it is already listed. */
  boolean addSource(String location);

  /** Removes {@code location}; returns false when it was not listed. */
  boolean removeSource(String location);

  /** Every listed source, in the order added. */
  List<Source> sources();

  /** Records the outcome of reading {@code location}: {@code ok} or a problem code, with detail. */
  void recordRead(String location, String status, String detail);
}
