package org.currents.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedLouvainTest {
  @Test
  void twoTightGroupsTiedAgainstEachOtherStayApart() {
    // 0-1-2 and 3-4-5 tied for, every cross pair but one tied against; 6 tied only against.
    Edges g = new Edges(7);
    g.tie(0, 1, 0.5).tie(1, 2, 0.5).tie(0, 2, 0.4);
    g.tie(3, 4, 0.5).tie(4, 5, 0.5).tie(3, 5, 0.4);
    g.tie(2, 3, 0.2).tie(0, 3, -0.3).tie(1, 4, -0.3).tie(2, 5, -0.3);
    g.tie(6, 0, -0.1).tie(6, 5, -0.2);
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2}, SignedLouvain.communities(g.graph()));
  }

  /** Communities that no single node's move would join are joined a level up. */
  @Test
  void aLevelUpJoinsCommunitiesNoSingleMoveWould() {
    // Pairs 0-1 and 2-3 tied strongly: no node gains by leaving its pair, the two pairs together do.
    Edges g = new Edges(4);
    g.tie(0, 1, 1.0).tie(2, 3, 1.0);
    g.tie(0, 2, 0.3).tie(0, 3, 0.3).tie(1, 2, 0.3).tie(1, 3, -0.1);
    assertArrayEquals(new int[] {0, 0, 0, 0}, SignedLouvain.communities(g.graph()));
  }

  /** The objective has no term for the graph's size: a long chain of ties for stays whole. */
  @Test
  void aLargeCommunityIsNotCutForItsSize() {
    int n = 2000;
    Edges g = new Edges(n);
    for (int i = 1; i < n; i++) {
      g.tie(i - 1, i, 0.05);
    }
    int[] expected = new int[n];
    assertArrayEquals(expected, SignedLouvain.communities(g.graph()));
  }

  /** Undirected ties, listed from both ends in index order. */
  private static final class Edges {
    private final List<List<double[]>> out = new ArrayList<>();

    Edges(int n) {
      for (int i = 0; i < n; i++) {
        out.add(new ArrayList<>());
      }
    }

    Edges tie(int a, int b, double w) {
      out.get(a).add(new double[] {b, w});
      out.get(b).add(new double[] {a, w});
      return this;
    }

    SignedLouvain.Graph graph() {
      int n = out.size();
      int[] offsets = new int[n + 1];
      List<double[]> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.get(i).sort((x, y) -> Double.compare(x[0], y[0]));
        all.addAll(out.get(i));
        offsets[i + 1] = all.size();
      }
      int[] targets = new int[all.size()];
      float[] weights = new float[all.size()];
      for (int e = 0; e < all.size(); e++) {
        targets[e] = (int) all.get(e)[0];
        weights[e] = (float) all.get(e)[1];
      }
      return new SignedLouvain.Graph(offsets, targets, weights);
    }
  }
}
