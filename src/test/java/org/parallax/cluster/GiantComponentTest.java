package org.parallax.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sin;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;
import org.parallax.report.ManifestFields.Count;
import org.parallax.report.RunManifest;
import org.parallax.similarity.SimilarityStage;

/**
 * A chain of 50,000 near-duplicate-ish articles (each similar to the next, as a feed of templated items
 * would be) is one connected component larger than cluster.max_component_articles (40,000 by default): the
 * cluster stage cuts it into blocks of that many in publication order instead of clustering it in one
 * task, and says so.
 */
@Tag("slow")
class GiantComponentTest extends SparkTest {
  private static final int N = 50_000;

  @Test
  void aChainOfFiftyThousandArticlesIsSplitIntoBlocks() {
    // article i, published i * 100 s after the first; linked to article i + 1 with a cosine in 0.3-0.7.
    Dataset<Row> ids = spark.range(N).select(col("id"), format_string("a%05d", col("id")).as("article_id"),
        timestamp_seconds(col("id").multiply(100)).as("published_at"));
    Dataset<Row> articles = ids.select(col("article_id"), col("published_at"), lit("Wire").as("outlet"));
    Dataset<Row> linkable = spark.range(N - 1).select(
        format_string("a%05d", col("id")).as(SimilarityStage.A),
        format_string("a%05d", col("id").plus(1)).as(SimilarityStage.B),
        lit(0.5).plus(sin(col("id")).multiply(0.2)).as(SimilarityStage.SIMILARITY),
        lit(false).as(Linking.IS_COPY),
        lit(0.5).plus(sin(col("id")).multiply(0.2)).as(Linking.LINK_SCORE),
        col("id").multiply(100).divide(86400.0).as(Linking.DAY_A),
        col("id").plus(1).multiply(100).divide(86400.0).as(Linking.DAY_B),
        lit(100 / 86400.0).as(SimilarityStage.DAYS_APART));
    ParallaxConfig cfg = new ParallaxConfig();
    RunManifest manifest = RunManifest.detached();

    List<Row> clustered = ClusterStage.assign(manifest, articles, linkable, cfg.cluster)
        .select("article_id", ClusterStage.CLUSTER_ID).collectAsList();

    assertEquals(1L, manifest.countOrNull(Count.COMPONENTS));
    assertEquals((long) N, manifest.countOrNull(Count.LARGEST_COMPONENT_ARTICLES));
    assertEquals(1L, manifest.countOrNull(Count.COMPONENTS_SPLIT));
    assertEquals(N, clustered.size(), "every article keeps exactly one row");
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (Row r : clustered) {
      clusterOf.put(r.getAs("article_id"), r.getAs(ClusterStage.CLUSTER_ID));
      sizes.merge(r.getAs(ClusterStage.CLUSTER_ID), 1, Integer::sum);
    }
    assertEquals(N, clusterOf.size());
    int block = cfg.cluster.maxComponentArticles;
    // Blocks of 40,000 in publication order (articles 0-39,999 and 40,000-49,999): the link between the last
    // of one block and the first of the next is cut, so those two never share a cluster, while links inside
    // a block still cluster.
    assertEquals(40_000, block, "the shipped default");
    for (int edge = block; edge < N; edge += block) {
      assertNotEquals(clusterOf.get(String.format("a%05d", edge - 1)), clusterOf.get(String.format("a%05d", edge)),
          "articles " + (edge - 1) + " and " + edge + " are in different blocks");
    }
    long multi = sizes.values().stream().filter(s -> s >= 2).count();
    assertTrue(multi > N / 10, "average linkage still links inside the blocks: " + multi + " clusters of 2+");
    assertTrue(sizes.values().stream().allMatch(s -> s <= block), "no cluster larger than a block");
  }

  @Test
  void aComponentOfStorySizeIsNotSplit() {
    Dataset<Row> articles = spark.range(3).select(format_string("b%d", col("id")).as("article_id"),
        timestamp_seconds(col("id")).as("published_at"), lit("Wire").as("outlet"));
    Dataset<Row> linkable = spark.range(2).select(
        format_string("b%d", col("id")).as(SimilarityStage.A),
        format_string("b%d", col("id").plus(1)).as(SimilarityStage.B),
        lit(0.9).as(SimilarityStage.SIMILARITY), lit(false).as(Linking.IS_COPY), lit(0.9).as(Linking.LINK_SCORE),
        lit(0.0).as(Linking.DAY_A), lit(0.0).as(Linking.DAY_B), lit(0.0).as(SimilarityStage.DAYS_APART));
    RunManifest manifest = RunManifest.detached();
    List<Row> clustered = ClusterStage.assign(manifest, articles, linkable, new ParallaxConfig().cluster)
        .select(ClusterStage.CLUSTER_ID).distinct().collectAsList();
    assertEquals(0L, manifest.countOrNull(Count.COMPONENTS_SPLIT));
    assertEquals(3L, manifest.countOrNull(Count.LARGEST_COMPONENT_ARTICLES));
    assertEquals(1, clustered.size(), "the three articles are one story");
  }
}
