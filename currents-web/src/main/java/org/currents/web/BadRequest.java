package org.currents.web;

/**
 * A request parameter the portal cannot use (a day that is not a date, a page or limit out of
 * range): the client's mistake, answered with 400 and {@link #getMessage()} as the detail, which
 * must therefore say what was wrong without any internal state.
 */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadRequest(String detail) {
    super(detail, null, false, false);
  }
}
