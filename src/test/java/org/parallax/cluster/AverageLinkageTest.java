package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.cluster.AverageLinkage.Edge;

class AverageLinkageTest {
  @Test
  void oneWeakBridgeDoesNotMergeTwoStories() {
    // Stories {0,1,2} and {3,4}; a single 0.35 bridge 2-3 would merge them under single linkage.
    List<Edge> edges = List.of(new Edge(0, 1, 0.7), new Edge(1, 2, 0.6), new Edge(0, 2, 0.5),
        new Edge(3, 4, 0.8), new Edge(2, 3, 0.35));
    assertArrayEquals(new int[] {0, 0, 0, 3, 3}, AverageLinkage.cluster(5, edges, 0.2));
  }

  @Test
  void missingPairsCountAsZeroInTheAverage() {
    // 2 is similar to 0 (0.3) but not to 1: average 0.15 < 0.2 keeps it out of {0,1}.
    List<Edge> edges = List.of(new Edge(0, 1, 0.9), new Edge(0, 2, 0.3));
    assertArrayEquals(new int[] {0, 0, 2}, AverageLinkage.cluster(3, edges, 0.2));
    // ... and with a second link 1-2 of 0.2 the average is 0.25: it joins.
    List<Edge> more = List.of(new Edge(0, 1, 0.9), new Edge(0, 2, 0.3), new Edge(1, 2, 0.2));
    assertArrayEquals(new int[] {0, 0, 0}, AverageLinkage.cluster(3, more, 0.2));
  }

  @Test
  void belowThresholdNothingMerges() {
    assertArrayEquals(new int[] {0, 1}, AverageLinkage.cluster(2, List.of(new Edge(0, 1, 0.19)), 0.2));
  }

  @Test
  void resultDoesNotDependOnEdgeOrder() {
    List<Edge> edges = new ArrayList<>(List.of(new Edge(0, 1, 0.5), new Edge(2, 3, 0.5), new Edge(1, 2, 0.5),
        new Edge(4, 5, 0.3), new Edge(3, 4, 0.21)));
    int[] first = AverageLinkage.cluster(6, edges, 0.2);
    Collections.reverse(edges);
    assertArrayEquals(first, AverageLinkage.cluster(6, edges, 0.2));
  }

  @Test
  void copiesAreMergedFirstWhateverTheirSimilarityAndCountInTheAverage() {
    // 0 and 1 are copies whose vectors differ (similarity 0.05, e.g. one was trimmed); 2 is close to 0 only.
    List<Edge> edges = List.of(new Edge(0, 1, 0.05, true), new Edge(0, 2, 0.3));
    assertArrayEquals(new int[] {0, 0, 2}, AverageLinkage.cluster(3, edges, 0.2),
        "2 joins the copy group only if its mean over both copies (0.15) reaches the threshold");
    assertArrayEquals(new int[] {0, 0, 0}, AverageLinkage.cluster(3, edges, 0.15));
    assertArrayEquals(new int[] {0, 1, 0}, AverageLinkage.cluster(3,
        List.of(new Edge(0, 1, 0.05), new Edge(0, 2, 0.3)), 0.2), "without the copy link 1 stays apart");
  }

  @Test
  void aClusterSpansAtMostTheTimeWindowButCopiesCarryTheirOriginalsTime() {
    // 0,1 on day 0; 2 on day 2; 3 on day 5, close in words to 2: 0-1-2 may form, 3 cannot join them (span 5 > 3)
    List<Edge> edges = List.of(new Edge(0, 1, 0.5), new Edge(1, 2, 0.5), new Edge(0, 2, 0.5), new Edge(2, 3, 0.9),
        new Edge(1, 3, 0.5), new Edge(0, 3, 0.5));
    double[] days = {0, 0, 2, 5};
    assertArrayEquals(new int[] {0, 0, 0, 0}, AverageLinkage.cluster(4, edges, 0.2, days, 0), "no limit");
    assertArrayEquals(new int[] {0, 0, 2, 2}, AverageLinkage.cluster(4, edges, 0.2, days, 3),
        "2-3 merge first (0.9); that pair then spans 3 days and cannot take 0 and 1 (span 5)");
    // 3 copies 0 (must-link): it joins 0 and 1 even though its similarity to 1 is unknown
    List<Edge> copy = List.of(new Edge(0, 1, 0.5), new Edge(0, 3, 0.95, true));
    assertArrayEquals(new int[] {0, 0, 2, 0}, AverageLinkage.cluster(4, copy, 0.2, new double[] {0, 1, 2, 0}, 3));
    double[] undated = {0, Double.NaN, 9, Double.NaN};
    assertArrayEquals(new int[] {0, 0, 2, 2}, AverageLinkage.cluster(4,
        List.of(new Edge(0, 1, 0.5), new Edge(2, 3, 0.5), new Edge(1, 2, 0.05)), 0.2, undated, 3),
        "undated articles join dated ones freely");
  }
}
