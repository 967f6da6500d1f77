package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link (UPGMA) agglomerative clustering on a sparse similarity graph: a pair that is not in the
 * graph has similarity 0. Two clusters merge while the mean similarity over all their member pairs is
 * at least the threshold. Must-link edges (copies of one text) are merged first, whatever their
 * similarity. With vertex times, two clusters never merge when the result would span more than
 * {@code maxSpan} (a cannot-link on time; undated vertices carry no time; callers give a copy its
 * original's time). Memory and time grow with the edges, not with the square of the vertices.
 * Deterministic: ties go to the pair with the smaller vertex numbers.
 */
public final class AverageLinkage {
  /** One weighted edge between vertices {@code a} and {@code b} (0-based, a != b). */
  public record Edge(int a, int b, double similarity, boolean mustLink) {
    public Edge(int a, int b, double similarity) {
      this(a, b, similarity, false);
    }
  }

  private record Candidate(double average, int a, int b, int versionA, int versionB) {}

  private final List<Map<Integer, Double>> sums;
  private final int[] size;
  private final int[] version;
  private final int[] parent;
  private final double[] lo;
  private final double[] hi;
  private final PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.average() != y.average()
      ? Double.compare(y.average(), x.average())
      : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));

  private AverageLinkage(int n, List<Edge> edges, double[] times) {
    sums = new ArrayList<>(n);
    size = new int[n];
    version = new int[n];
    parent = new int[n];
    lo = times.clone();
    hi = times.clone();
    for (int i = 0; i < n; i++) {
      sums.add(new HashMap<>());
      size[i] = 1;
      parent[i] = i;
    }
    for (Edge e : edges) {
      sums.get(e.a()).merge(e.b(), e.similarity(), Double::sum);
      sums.get(e.b()).merge(e.a(), e.similarity(), Double::sum);
    }
  }

  /**
   * Cluster label (the smallest vertex number of the cluster) for each of {@code n} vertices.
   */
  public static int[] cluster(int n, List<Edge> edges, double threshold) {
    double[] undated = new double[n];
    java.util.Arrays.fill(undated, Double.NaN);
    return cluster(n, edges, threshold, undated, 0);
  }

  /**
   * As {@link #cluster(int, List, double)}, with each vertex's time (in days; NaN when unknown) and the
   * largest time span a cluster may have (0 = no limit).
   */
  public static int[] cluster(int n, List<Edge> edges, double threshold, double[] times, double maxSpan) {
    AverageLinkage g = new AverageLinkage(n, edges, times);
    for (Edge e : edges) {
      if (e.mustLink()) {
        int a = g.root(e.a());
        int b = g.root(e.b());
        if (a != b) {
          g.merge(Math.min(a, b), Math.max(a, b), false);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (g.parent[i] == i) {
        for (Map.Entry<Integer, Double> e : g.sums.get(i).entrySet()) {
          if (i < e.getKey()) {
            g.queue.add(new Candidate(e.getValue() / ((double) g.size[i] * g.size[e.getKey()]), i, e.getKey(),
                g.version[i], g.version[e.getKey()]));
          }
        }
      }
    }
    while (!g.queue.isEmpty()) {
      Candidate c = g.queue.poll();
      if (c.average() < threshold) {
        break;
      }
      if (g.parent[c.a()] != c.a() || g.parent[c.b()] != c.b() || g.version[c.a()] != c.versionA()
          || g.version[c.b()] != c.versionB()) {
        continue;
      }
      if (maxSpan > 0 && g.span(c.a(), c.b()) > maxSpan) {
        continue; // cannot-link: the merged cluster would cover too long a time
      }
      g.merge(Math.min(c.a(), c.b()), Math.max(c.a(), c.b()), true);
    }
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = g.root(i);
    }
    return label;
  }

  /** Time span of the union of clusters a and b (0 when fewer than one of them is dated). */
  private double span(int a, int b) {
    double l = ignoringNaN(lo[a], lo[b], Math::min);
    return Double.isNaN(l) ? 0 : ignoringNaN(hi[a], hi[b], Math::max) - l;
  }

  private static double ignoringNaN(double x, double y, java.util.function.DoubleBinaryOperator op) {
    return Double.isNaN(x) ? y : Double.isNaN(y) ? x : op.applyAsDouble(x, y);
  }

  private int root(int v) {
    int r = v;
    while (parent[r] != r) {
      r = parent[r];
    }
    return r;
  }

  /** Merges cluster {@code gone} into {@code keep} (both roots, keep &lt; gone); optionally queues new averages. */
  private void merge(int keep, int gone, boolean enqueue) {
    Map<Integer, Double> merged = sums.get(keep);
    merged.remove(gone);
    for (Map.Entry<Integer, Double> e : sums.get(gone).entrySet()) {
      int other = e.getKey();
      if (other == keep) {
        continue;
      }
      merged.merge(other, e.getValue(), Double::sum);
      Map<Integer, Double> otherSums = sums.get(other);
      otherSums.remove(gone);
      otherSums.merge(keep, e.getValue(), Double::sum);
    }
    sums.set(gone, null);
    lo[keep] = ignoringNaN(lo[keep], lo[gone], Math::min);
    hi[keep] = ignoringNaN(hi[keep], hi[gone], Math::max);
    parent[gone] = keep;
    size[keep] += size[gone];
    version[keep]++;
    if (enqueue) {
      for (Map.Entry<Integer, Double> e : merged.entrySet()) {
        int other = e.getKey();
        double average = e.getValue() / ((double) size[keep] * size[other]);
        int a = Math.min(keep, other);
        int b = Math.max(keep, other);
        queue.add(new Candidate(average, a, b, version[a], version[b]));
      }
    }
  }
}
