package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.config.ParallaxConfig;
import org.parallax.similarity.SimilarityStage;

/** Local scaling: a weak neighbourhood's evidence is lifted, a dense one's lowered, the same on Spark and the driver. */
class LocalScalingTest extends SparkTest {
  private static ParallaxConfig.Cluster cfg(double power) {
    ParallaxConfig.Cluster c = new ParallaxConfig().cluster;
    c.scaleNeighbour = 2;
    c.scaleReference = 0.3;
    c.scalePower = power;
    c.scaleFloor = 0.15;
    c.threshold = 0.15;
    return c;
  }

  /**
   * Three excerpts of one story (a state's school COVID cases, three outlets, about 90 words each) whose pairs
   * all fall near the threshold, and two tight events of one kind (two earthquakes' reports) whose every
   * cross pair is as close as the excerpts' pairs.
   */
  private static List<AverageLinkage.Edge> edges() {
    List<AverageLinkage.Edge> e = new ArrayList<>(List.of(
        new AverageLinkage.Edge(0, 1, 0.122), new AverageLinkage.Edge(0, 2, 0.143),
        new AverageLinkage.Edge(1, 2, 0.164)));
    for (int i = 3; i < 9; i++) {
      for (int j = i + 1; j < 9; j++) {
        boolean sameEvent = (i < 6) == (j < 6);
        e.add(new AverageLinkage.Edge(i, j, sameEvent ? 0.5 : 0.17));
      }
    }
    return e;
  }

  private static int[] clusters(ParallaxConfig.Cluster cfg) {
    return AverageLinkage.cluster(9, LocalScaling.apply(9, edges(), cfg), cfg.threshold);
  }

  @Test
  void oneThresholdKeepsTheWeakStoryWholeAndTheTwoCloseEventsApart() {
    int[] unscaled = clusters(cfg(0));
    assertNotEquals(unscaled[0], unscaled[1], "without scaling the first excerpt falls off its story");
    assertEquals(unscaled[3], unscaled[6], "without scaling the two earthquakes are one cluster");

    int[] scaled = clusters(cfg(0.5));
    assertEquals(scaled[0], scaled[1]);
    assertEquals(scaled[0], scaled[2], "the three excerpts are one story");
    assertNotEquals(scaled[3], scaled[6], "the two earthquakes are two stories");
    assertEquals(scaled[3], scaled[5]);
    assertEquals(scaled[6], scaled[8]);
  }

  @Test
  void anArticlesScaleIsItsSecondStrongestLinkOrItsWeakestNeverBelowTheFloor() {
    ParallaxConfig.Cluster c = cfg(0.5);
    assertEquals(0.3, LocalScaling.scale(new double[] {0.1, 0.5, 0.3}, c), 1e-12);
    assertEquals(0.4, LocalScaling.scale(new double[] {0.4}, c), 1e-12, "fewer links than k: the weakest");
    assertEquals(0.15, LocalScaling.scale(new double[] {0.1, 0.5, 0.12}, c), 1e-12, "the floor");
    c.scaleNeighbour = 3;
    assertEquals(0.2, LocalScaling.scale(new double[] {0.2, 0.5, 0.3}, c), 1e-12);
    assertEquals(1.0, LocalScaling.factor(0.3, 0.3, cfg(0.5)), 1e-12, "at the reference: unchanged");
    assertEquals(Math.sqrt(2), LocalScaling.factor(0.15, 0.15, cfg(0.5)), 1e-12, "the floor bounds the lift");
    assertEquals(1.0, LocalScaling.factor(0.05, 0.9, cfg(0)), 1e-12, "power 0: off");
  }

  @Test
  void theClusterStageScalesInsideEachComponentAndReportsTheScaledEvidence() {
    List<AverageLinkage.Edge> edges = edges();
    StructType articleSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("published_at", DataTypes.TimestampType).add("outlet", DataTypes.StringType);
    List<Row> articleRows = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      articleRows.add(RowFactory.create("a" + i, java.sql.Timestamp.valueOf("2021-09-05 12:00:00"), "Outlet " + i));
    }
    StructType schema = new StructType().add(SimilarityStage.A, DataTypes.StringType)
        .add(SimilarityStage.B, DataTypes.StringType).add(Linking.LINK_SCORE, DataTypes.DoubleType)
        .add(Linking.IS_COPY, DataTypes.BooleanType).add(Linking.DAY_A, DataTypes.DoubleType)
        .add(Linking.DAY_B, DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    for (AverageLinkage.Edge e : edges) {
      rows.add(RowFactory.create("a" + e.a(), "a" + e.b(), e.similarity(), false, 18875.5, 18875.5));
    }
    Dataset<Row> linkable = spark.createDataFrame(rows, schema);
    Dataset<Row> clustered = ClusterStage.clustered(org.parallax.report.RunManifest.detached(),
        spark.createDataFrame(articleRows, articleSchema), linkable, cfg(0.5));

    Map<String, String> clusterOf = new TreeMap<>();
    for (Row r : clustered.collectAsList()) {
      clusterOf.put(r.getAs("article_id"), r.getAs(ClusterStage.CLUSTER_ID));
    }
    int[] driver = clusters(cfg(0.5));
    for (int i = 0; i < 9; i++) {
      for (int j = 0; j < 9; j++) {
        assertEquals(driver[i] == driver[j], clusterOf.get("a" + i).equals(clusterOf.get("a" + j)), i + "~" + j);
      }
    }
    Map<String, Double> reported = new TreeMap<>();
    for (Row r : ClusterStage.withCluster(linkable.drop(Linking.DAY_A, Linking.DAY_B), clustered, cfg(0.5))
        .collectAsList()) {
      reported.put(r.getAs(SimilarityStage.A) + "-" + r.getAs(SimilarityStage.B), r.getAs(Linking.LINK_SCORE));
    }
    assertEquals(edges.size(), reported.size(), "every pair reported, once");
    for (AverageLinkage.Edge e : LocalScaling.apply(9, edges, cfg(0.5))) {
      assertEquals(e.similarity(), reported.get("a" + e.a() + "-a" + e.b()), 1e-12, e.toString());
    }
    assertEquals(0.122 * Math.sqrt(2), reported.get("a0-a1"), 1e-12, "both scales 0.122, floored to 0.15: lifted");
    assertEquals(0.17 * Math.sqrt(0.3 / 0.5), reported.get("a3-a6"), 1e-12, "both scales 0.5: lowered");
  }
}
