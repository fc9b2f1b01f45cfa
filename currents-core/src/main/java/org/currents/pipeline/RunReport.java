package org.currents.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.currents.model.Outcome;
import org.currents.model.Problem;

/**
 * What a run did: how many outcomes of each kind ({@code ok} or a problem code) per stage, and the
 * problems themselves. Mutable while the run builds it; not thread safe.
 */
public final class RunReport {
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> failures = new TreeMap<>();

  /** Counts {@code outcome} under {@code stage}; keeps its problem if it has one. */
  public void count(String stage, Outcome<?> outcome) {
    counts.computeIfAbsent(stage, s -> new TreeMap<>()).merge(outcome.label(), 1, Integer::sum);
    if (outcome instanceof Outcome.Failed<?> f) {
      problems.add(f.problem());
      failures.merge(stage, 1, Integer::sum);
    } else if (outcome instanceof Outcome.Skipped<?> s) {
      problems.add(s.reason());
    }
  }

  /** Counts {@code n} plain results under {@code stage} and {@code label}. */
  public void count(String stage, String label, int n) {
    counts.computeIfAbsent(stage, s -> new TreeMap<>()).merge(label, n, Integer::sum);
  }

  /** Stage to (label to count), both sorted by name. */
  public Map<String, Map<String, Integer>> counts() {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    counts.forEach((stage, labels) -> copy.put(stage, Map.copyOf(labels)));
    return copy;
  }

  public int count(String stage, String label) {
    return counts.getOrDefault(stage, Map.of()).getOrDefault(label, 0);
  }

  /** Failed and skipped inputs, in the order met. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * True when some input of {@code stage} failed. Skips are not failures: a duplicate, a redirect
   * record in a WARC file or a page that holds no article is input passed over as it should be.
   */
  public boolean anyFailed(String stage) {
    return failures.getOrDefault(stage, 0) > 0;
  }

  /** One line per stage: {@code ingest: ok 12, duplicate 3, binary 1}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    counts.forEach(
        (stage, labels) -> {
          StringBuilder line = new StringBuilder(stage).append(':');
          String sep = " ";
          for (Map.Entry<String, Integer> e : labels.entrySet()) {
            line.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
          }
          lines.add(line.toString());
        });
    return lines;
  }
}
