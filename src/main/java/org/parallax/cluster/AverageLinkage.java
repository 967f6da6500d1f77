package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link (UPGMA) agglomerative clustering on a sparse similarity graph: a pair that is not in the
 * graph has similarity 0. Two clusters merge while the mean similarity over all their member pairs is
 * at least the threshold. Memory and time grow with the edges, not with the square of the vertices.
 * Deterministic: ties go to the pair with the smaller vertex numbers.
 */
public final class AverageLinkage {
  private AverageLinkage() {}

  /** One weighted edge between vertices {@code a} and {@code b} (0-based, a != b). */
  public record Edge(int a, int b, double similarity) {}

  private record Candidate(double average, int a, int b, int versionA, int versionB) {}

  /**
   * Cluster label (the smallest vertex number of the cluster) for each of {@code n} vertices.
   */
  public static int[] cluster(int n, List<Edge> edges, double threshold) {
    List<Map<Integer, Double>> sums = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sums.add(new HashMap<>());
    }
    for (Edge e : edges) {
      sums.get(e.a()).merge(e.b(), e.similarity(), Double::sum);
      sums.get(e.b()).merge(e.a(), e.similarity(), Double::sum);
    }
    int[] size = new int[n];
    int[] version = new int[n];
    int[] parent = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      parent[i] = i;
      alive[i] = true;
    }
    PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.average() != y.average()
        ? Double.compare(y.average(), x.average())
        : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
    for (int i = 0; i < n; i++) {
      for (Map.Entry<Integer, Double> e : sums.get(i).entrySet()) {
        if (i < e.getKey()) {
          queue.add(new Candidate(e.getValue(), i, e.getKey(), 0, 0));
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      if (c.average() < threshold) {
        break;
      }
      if (!alive[c.a()] || !alive[c.b()] || version[c.a()] != c.versionA() || version[c.b()] != c.versionB()) {
        continue;
      }
      int keep = Math.min(c.a(), c.b());
      int gone = Math.max(c.a(), c.b());
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
      alive[gone] = false;
      parent[gone] = keep;
      size[keep] += size[gone];
      version[keep]++;
      for (Map.Entry<Integer, Double> e : merged.entrySet()) {
        int other = e.getKey();
        double average = e.getValue() / ((double) size[keep] * size[other]);
        int a = Math.min(keep, other);
        int b = Math.max(keep, other);
        queue.add(new Candidate(average, a, b, version[a], version[b]));
      }
    }
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) {
        r = parent[r];
      }
      label[i] = r;
    }
    return label;
  }
}
