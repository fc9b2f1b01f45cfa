package org.currents.store;

/**
 * The store itself failed (disk full, corrupt file, locked database). Unlike bad input, this stops
 * the run: continuing would lose data silently.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
