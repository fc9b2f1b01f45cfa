package org.currents.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A typed problem: what went wrong ({@code code}), with which input ({@code input}: a path, URL or
 * record id as the user gave it) and a readable {@code detail} that names the cause.
 */
public record Problem(ProblemCode code, String input, String detail) implements Serializable {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return input + ": " + code.id() + ": " + detail;
  }
}
