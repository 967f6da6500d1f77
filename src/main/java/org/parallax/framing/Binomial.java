package org.parallax.framing;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * One-sided exact binomial tails: how surprising it is that an outlet wrote a word {@code k} times out of the
 * {@code n} times the story's outlets wrote it, when its share of the story's words is {@code p}.
 */
public final class Binomial {
  private Binomial() {}

  /** P(X >= k) for X ~ Binomial(n, p): the p-value of over-use. */
  public static double atLeast(long k, long n, double p) {
    if (k <= 0) {
      return 1.0;
    }
    if (k > n) {
      return 0.0;
    }
    return 1.0 - new BinomialDistribution(null, Math.toIntExact(n), clamp(p)).cumulativeProbability(
        Math.toIntExact(k - 1));
  }

  /** P(X <= k) for X ~ Binomial(n, p): the p-value of avoidance. */
  public static double atMost(long k, long n, double p) {
    if (k >= n) {
      return 1.0;
    }
    return new BinomialDistribution(null, Math.toIntExact(n), clamp(p)).cumulativeProbability(Math.toIntExact(k));
  }

  private static double clamp(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
