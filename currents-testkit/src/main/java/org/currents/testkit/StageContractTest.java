package org.currents.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract every stage honours, inherited by each stage's test (after Lucene's
 * BaseTokenStreamTestCase): the same input gives the same output, the input is not mutated, empty
 * input is handled, and concurrent calls give the same results as sequential ones.
 *
 * <p>Subclasses supply the stage as a function, sample inputs (real ones), an empty input, and a
 * fingerprint that captures every observable part of an input (for the no-mutation check) and of an
 * output (for equality; records' own {@code equals} usually suffices via {@code toString}).
 *
 * @param <I> stage input
 * @param <O> stage output
 */
public abstract class StageContractTest<I, O> {

  /** Runs the stage under test on one input. */
  protected abstract O run(I input);

  /** Real inputs for the stage, at least one. */
  protected abstract List<I> sampleInputs();

  /** The stage's empty input (an empty page, an empty list, ...). */
  protected abstract I emptyInput();

  /** Everything observable about an input or output, as text (arrays included). */
  protected String fingerprint(Object value) {
    return String.valueOf(value);
  }

  @Test
  void sameInputGivesSameOutput() {
    for (I input : sampleInputs()) {
      assertEquals(fingerprint(run(input)), fingerprint(run(input)), "stage is not deterministic");
    }
  }

  @Test
  void inputIsNotMutated() {
    for (I input : sampleInputs()) {
      String before = fingerprint(input);
      run(input);
      assertEquals(before, fingerprint(input), "stage changed its input");
    }
  }

  @Test
  void emptyInputIsHandled() {
    O out = assertDoesNotThrow(() -> run(emptyInput()), "empty input threw");
    assertFalse(fingerprint(out).isEmpty());
  }

  @Test
  void concurrentCallsMatchSequentialOnes() throws Exception {
    List<I> inputs = sampleInputs();
    List<String> sequential = new ArrayList<>();
    for (I input : inputs) {
      sequential.add(fingerprint(run(input)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<String>> futures = new ArrayList<>();
        for (I input : inputs) {
          futures.add(pool.submit(() -> fingerprint(run(input))));
        }
        for (int i = 0; i < inputs.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get(), "concurrent call differs");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
