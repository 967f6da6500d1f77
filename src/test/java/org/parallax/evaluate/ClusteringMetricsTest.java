package org.parallax.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed cases. */
class ClusteringMetricsTest {
  /**
   * Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}. Cells: (P1,G1)=2, (P2,G1)=1, (P2,G2)=2.
   * B-cubed precision per article: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15; recall by symmetry 11/15.
   * Pairs: predicted {ab, cd, ce, de} = 4, gold {ab, ac, bc, de} = 4, shared {ab, de} = 2.
   * ARI: expected = 4*4/10 = 1.6, max = 4 -> (2 - 1.6) / (4 - 1.6) = 1/6.
   * NMI: H = -(0.6 ln 0.6 + 0.4 ln 0.4) = 0.6730117 for both;
   * MI = 0.4 ln(10/6) + 0.2 ln(5/9) + 0.4 ln(10/6) = 0.2911032 -> 0.4325381.
   */
  @Test
  void aSmallCaseComputedByHand() {
    ClusteringMetrics m = new ClusteringMetrics();
    m.cell(2, 2, 3);
    m.cell(1, 3, 3);
    m.cell(2, 3, 2);
    m.predictedCluster(2);
    m.predictedCluster(3);
    m.goldCluster(3);
    m.goldCluster(2);
    Map<String, Double> v = m.values();
    assertEquals(11.0 / 15, v.get("bcubed_precision"), 1e-9);
    assertEquals(11.0 / 15, v.get("bcubed_recall"), 1e-9);
    assertEquals(11.0 / 15, v.get("bcubed_f1"), 1e-9);
    assertEquals(0.5, v.get("pairwise_precision"), 1e-9);
    assertEquals(0.5, v.get("pairwise_recall"), 1e-9);
    assertEquals(1.0 / 6, v.get("adjusted_rand_index"), 1e-9);
    assertEquals(0.4325381, v.get("nmi"), 1e-6);
    assertEquals(5.0, v.get("articles"));
    assertEquals(2.0, v.get("correct_pairs"));
  }

  /** Everything in one predicted cluster: precision drops, recall is perfect. */
  @Test
  void oneBigClusterHasPerfectRecallAndPoorPrecision() {
    ClusteringMetrics m = new ClusteringMetrics();
    // gold {a,b} {c,d}; predicted {a,b,c,d}
    m.cell(2, 4, 2);
    m.cell(2, 4, 2);
    m.predictedCluster(4);
    m.goldCluster(2);
    m.goldCluster(2);
    Map<String, Double> v = m.values();
    assertEquals(0.5, v.get("bcubed_precision"), 1e-9);
    assertEquals(1.0, v.get("bcubed_recall"), 1e-9);
    assertEquals(2.0 / 3, v.get("bcubed_f1"), 1e-9);
    assertEquals(2.0 / 6, v.get("pairwise_precision"), 1e-9);
    assertEquals(1.0, v.get("pairwise_recall"), 1e-9);
    // expected = 6 * 2 / 6 = 2, max = (6 + 2) / 2 = 4 -> (2 - 2) / (4 - 2) = 0
    assertEquals(0.0, v.get("adjusted_rand_index"), 1e-9);
    assertEquals(0.0, v.get("nmi"), 1e-9);
  }

  @Test
  void identicalClusteringsScoreOne() {
    ClusteringMetrics m = new ClusteringMetrics();
    m.cell(3, 3, 3);
    m.cell(1, 1, 1);
    m.predictedCluster(3);
    m.predictedCluster(1);
    m.goldCluster(3);
    m.goldCluster(1);
    for (String k : new String[] {"bcubed_f1", "pairwise_f1", "adjusted_rand_index", "nmi"}) {
      assertEquals(1.0, m.values().get(k), 1e-9, k);
    }
  }
}
