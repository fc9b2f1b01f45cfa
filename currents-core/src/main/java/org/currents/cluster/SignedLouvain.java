package org.currents.cluster;

import java.util.Arrays;

/**
 * Communities of a graph whose edges weigh for (positive) or against (negative) putting their two
 * ends together: the partition that maximises the sum of the weights inside communities
 * (correlation clustering), found by Louvain's method (Blondel et al. 2008): nodes move one at a
 * time to the neighbouring community they add the most to, or leave to stand alone, until no move
 * gains; then each community becomes one node and the moves start again, until a level moves
 * nothing.
 *
 * <p>Unlike modularity, the objective has no term for the whole graph's size, so a community's
 * fate depends only on its own edges: one large event is not cut up because the batch grew, and
 * pairs never compared count for nothing. Deterministic: nodes are visited in index order and, of
 * equal gains, the community met first in the node's edge list is taken. Thread safe: all state is
 * local to a call.
 */
final class SignedLouvain {
  /** Gains below this are rounding, not a reason to move. */
  private static final double EPSILON = 1e-9;
  /** A level stops after this many sweeps even if nodes still move (each sweep gains). */
  private static final int MAX_SWEEPS = 64;

  private SignedLouvain() {}

  /**
   * A graph in compressed rows: node {@code i}'s edges are {@code targets[offsets[i] ..
   * offsets[i + 1])} with {@code weights} at the same positions; each edge is listed from both ends.
   */
  record Graph(int[] offsets, int[] targets, float[] weights) {
    int nodes() {
      return offsets.length - 1;
    }
  }

  /** The community of each node, numbered from 0 in the order of each community's first node. */
  static int[] communities(Graph graph) {
    int n = graph.nodes();
    int[] communityOf = new int[n];
    for (int i = 0; i < n; i++) {
      communityOf[i] = i;
    }
    Graph level = graph;
    while (true) {
      int[] moved = localMoves(level);
      if (moved == null) {
        break;
      }
      int[] dense = numberInOrder(moved);
      for (int i = 0; i < n; i++) {
        communityOf[i] = dense[communityOf[i]];
      }
      level = aggregate(level, dense);
    }
    return numberInOrder(communityOf);
  }

  /** The community of each node after moving nodes until none gains; null when none moved. */
  private static int[] localMoves(Graph g) {
    int n = g.nodes();
    int[] community = new int[n];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      community[i] = i;
      size[i] = 1;
    }
    // Labels no node holds: a node leaving a shared community to stand alone takes one.
    int[] free = new int[n];
    int freeCount = 0;
    double[] weightTo = new double[n];
    boolean[] seen = new boolean[n];
    int[] touched = new int[n];
    boolean anyMove = false;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        int touchedCount = 0;
        for (int e = g.offsets[i]; e < g.offsets[i + 1]; e++) {
          int j = g.targets[e];
          if (j == i) {
            continue;
          }
          int c = community[j];
          if (!seen[c]) {
            seen[c] = true;
            touched[touchedCount++] = c;
          }
          weightTo[c] += g.weights[e];
        }
        int own = community[i];
        double stay = weightTo[own];
        int best = own;
        double bestWeight = stay;
        for (int t = 0; t < touchedCount; t++) {
          int c = touched[t];
          if (c != own && weightTo[c] > bestWeight + EPSILON) {
            best = c;
            bestWeight = weightTo[c];
          }
        }
        // Standing alone weighs 0: better than a community every tie to which costs.
        boolean alone = size[own] > 1 && bestWeight < -EPSILON;
        for (int t = 0; t < touchedCount; t++) {
          weightTo[touched[t]] = 0;
          seen[touched[t]] = false;
        }
        if (alone) {
          best = free[--freeCount];
        }
        if (best != own) {
          size[own]--;
          if (size[own] == 0) {
            free[freeCount++] = own;
          }
          community[i] = best;
          size[best]++;
          moved = true;
          anyMove = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    return anyMove ? community : null;
  }

  /** Labels renumbered from 0 in the order of their first node. */
  private static int[] numberInOrder(int[] labels) {
    int[] number = new int[labels.length];
    Arrays.fill(number, -1);
    int next = 0;
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (number[labels[i]] < 0) {
        number[labels[i]] = next++;
      }
      out[i] = number[labels[i]];
    }
    return out;
  }

  /** One node per community (labels from 0), edges between communities summed, inner ones dropped. */
  private static Graph aggregate(Graph g, int[] community) {
    int n = g.nodes();
    int m = 0;
    for (int c : community) {
      m = Math.max(m, c + 1);
    }
    // Nodes grouped by community (counting sort), so each community's edges are summed at once.
    int[] start = new int[m + 1];
    for (int c : community) {
      start[c + 1]++;
    }
    for (int c = 0; c < m; c++) {
      start[c + 1] += start[c];
    }
    int[] members = new int[n];
    int[] fill = Arrays.copyOf(start, m);
    for (int i = 0; i < n; i++) {
      members[fill[community[i]]++] = i;
    }
    double[] weightTo = new double[m];
    boolean[] seen = new boolean[m];
    int[] touched = new int[m];
    int[] offsets = new int[m + 1];
    int[] targets = new int[Math.max(1, g.targets.length)];
    float[] weights = new float[targets.length];
    int edges = 0;
    for (int c = 0; c < m; c++) {
      int touchedCount = 0;
      for (int k = start[c]; k < start[c + 1]; k++) {
        int i = members[k];
        for (int e = g.offsets[i]; e < g.offsets[i + 1]; e++) {
          int d = community[g.targets[e]];
          if (d == c) {
            continue;
          }
          if (!seen[d]) {
            seen[d] = true;
            touched[touchedCount++] = d;
          }
          weightTo[d] += g.weights[e];
        }
      }
      Arrays.sort(touched, 0, touchedCount);
      for (int t = 0; t < touchedCount; t++) {
        int d = touched[t];
        targets[edges] = d;
        weights[edges] = (float) weightTo[d];
        edges++;
        weightTo[d] = 0;
        seen[d] = false;
      }
      offsets[c + 1] = edges;
    }
    return new Graph(offsets, Arrays.copyOf(targets, edges), Arrays.copyOf(weights, edges));
  }
}
