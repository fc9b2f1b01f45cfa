package org.currents.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a stage returns for one input: a value (possibly with warnings), a skip (the input is fine
 * but yields nothing, e.g. a duplicate) or a failure with its {@link Problem}. Stages never throw for
 * bad input; they return a {@code Failed} outcome and the run goes on.
 *
 * @param <T> the value type
 */
@SuppressWarnings("serial") // a value travels (to a distributed engine's workers) only if it is serializable itself
public sealed interface Outcome<T> extends Serializable {

  /** A value, with warnings about what was odd but recoverable. */
  record Ok<T>(T value, List<String> warnings) implements Outcome<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }
  }

  /** Nothing to produce, for a reason that is not an error. */
  record Skipped<T>(Problem reason) implements Outcome<T> {
    public Skipped {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Problem problem() {
      return reason;
    }
  }

  /** The input could not be processed. */
  record Failed<T>(Problem problem) implements Outcome<T> {
    public Failed {
      Objects.requireNonNull(problem, "problem");
    }
  }

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value, List.of());
  }

  static <T> Outcome<T> ok(T value, List<String> warnings) {
    return new Ok<>(value, warnings);
  }

  static <T> Outcome<T> skipped(ProblemCode code, String input, String detail) {
    return new Skipped<>(new Problem(code, input, detail));
  }

  static <T> Outcome<T> failed(ProblemCode code, String input, String detail) {
    return new Failed<>(new Problem(code, input, detail));
  }

  /** The label under which a run counts this outcome: {@code ok}, or the problem code's id. */
  default String label() {
    if (this instanceof Ok<T>) {
      return "ok";
    } else if (this instanceof Skipped<T> s) {
      return s.reason().code().id();
    } else {
      return ((Failed<T>) this).problem().code().id();
    }
  }

  /** The problem of a failure or the reason of a skip; null for a value. */
  default @Nullable Problem problem() {
    return null;
  }

  /** Applies {@code f} to an ok value; skips and failures pass through unchanged. */
  default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()), ok.warnings());
    } else if (this instanceof Skipped<T> s) {
      return new Skipped<>(s.reason());
    } else {
      return new Failed<>(((Failed<T>) this).problem());
    }
  }
}
