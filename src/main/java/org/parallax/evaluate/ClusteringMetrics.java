package org.parallax.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Agreement between a predicted clustering and a gold one, from their contingency table: B-cubed
 * precision, recall and F1 (Bagga &amp; Baldwin 1998), pairwise precision, recall and F1, the adjusted
 * Rand index (Hubert &amp; Arabie 1985) and normalised mutual information (arithmetic-mean normalisation,
 * as scikit-learn's default). Fed cell by cell, so the table never has to be held in memory.
 *
 * <p>Conventions: a ratio whose denominator is 0 is 1 (no predicted pairs means no wrong pair); ARI and
 * NMI are 1 when both clusterings are trivial in the same way.
 */
public final class ClusteringMetrics {
  private long n;
  private long goldTotal;
  private double bcubedPrecisionSum;
  private double bcubedRecallSum;
  private double pairsTogetherBoth;
  private double pairsPredicted;
  private double pairsGold;
  private double mutualInformationSum;
  private double predictedEntropySum;
  private double goldEntropySum;
  private long predictedClusters;
  private long goldClusters;

  /** One non-empty cell: {@code nij} articles in predicted cluster i (size ai) and gold cluster j (size bj). */
  public void cell(long nij, long ai, long bj) {
    n += nij;
    bcubedPrecisionSum += (double) nij * nij / ai;
    bcubedRecallSum += (double) nij * nij / bj;
    pairsTogetherBoth += pairs(nij);
    mutualInformationSum += nij * Math.log((double) nij / ((double) ai * bj));
  }

  /** One predicted cluster, with its size counted over the evaluated articles. */
  public void predictedCluster(long ai) {
    predictedClusters++;
    pairsPredicted += pairs(ai);
    predictedEntropySum += ai * Math.log(ai);
  }

  /** One gold cluster. */
  public void goldCluster(long bj) {
    goldClusters++;
    goldTotal += bj;
    pairsGold += pairs(bj);
    goldEntropySum += bj * Math.log(bj);
  }

  private static double pairs(long k) {
    return k * (k - 1) / 2.0;
  }

  /** Metric name to value, in report order. */
  public Map<String, Double> values() {
    if (n != goldTotal) {
      throw new IllegalStateException("contingency cells cover " + n + " articles, gold clusters " + goldTotal);
    }
    Map<String, Double> m = new LinkedHashMap<>();
    double bp = n == 0 ? 1 : bcubedPrecisionSum / n;
    double br = n == 0 ? 1 : bcubedRecallSum / n;
    m.put("bcubed_precision", bp);
    m.put("bcubed_recall", br);
    m.put("bcubed_f1", f1(bp, br));
    double pp = pairsPredicted == 0 ? 1 : pairsTogetherBoth / pairsPredicted;
    double pr = pairsGold == 0 ? 1 : pairsTogetherBoth / pairsGold;
    m.put("pairwise_precision", pp);
    m.put("pairwise_recall", pr);
    m.put("pairwise_f1", f1(pp, pr));
    m.put("adjusted_rand_index", ari());
    m.put("nmi", nmi());
    m.put("articles", (double) n);
    m.put("predicted_clusters", (double) predictedClusters);
    m.put("gold_clusters", (double) goldClusters);
    m.put("predicted_pairs", pairsPredicted);
    m.put("gold_pairs", pairsGold);
    m.put("correct_pairs", pairsTogetherBoth);
    return m;
  }

  private double ari() {
    double all = pairs(n);
    if (all == 0) {
      return 1;
    }
    double expected = pairsPredicted * pairsGold / all;
    double max = (pairsPredicted + pairsGold) / 2;
    return max == expected ? 1 : (pairsTogetherBoth - expected) / (max - expected);
  }

  private double nmi() {
    if (n == 0) {
      return 1;
    }
    double logN = Math.log(n);
    // H = log N - (1/N) sum a log a;  MI = (1/N) sum nij log(nij / (ai bj)) + log N
    double hPredicted = logN - predictedEntropySum / n;
    double hGold = logN - goldEntropySum / n;
    double mi = mutualInformationSum / n + logN;
    if (hPredicted < 1e-12 && hGold < 1e-12) {
      return 1;
    }
    double mean = (hPredicted + hGold) / 2;
    return mean < 1e-12 ? 0 : Math.max(0, Math.min(1, mi / mean));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
