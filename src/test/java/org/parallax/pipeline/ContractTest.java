package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;
import org.parallax.clean.CleanStage;
import org.parallax.cluster.ClusterStage;
import org.parallax.config.ParallaxConfig;

/** Stage boundaries: a missing declared column or a leaked internal one stops the run, naming both. */
class ContractTest extends SparkTest {
  private Dataset<Row> rows(StructType schema) {
    return spark.createDataFrame(List.of(RowFactory.create(new Object[schema.size()])), schema);
  }

  @Test
  void aDatasetWithTheDeclaredColumnsPasses() {
    Dataset<Row> ok = rows(new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType));
    assertSame(ok, Contract.of("s", "d", "a", "b").check(ok));
  }

  @Test
  void aMissingColumnAndALeakedInternalOneAreNamed() {
    Dataset<Row> bad = rows(new StructType().add("a", DataTypes.StringType).add("_rank", DataTypes.IntegerType));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Contract.of("copies", "members", "a", "copy_of").check(bad));
    assertEquals("stage copies, dataset members breaks its contract: lacks copy_of; leaks internal column(s) "
        + "_rank; has a, _rank", e.getMessage());
  }

  @Test
  void aPipelineStartedFromArticlesChecksThemAtOnce() {
    Dataset<Row> noText = rows(new StructType().add("article_id", DataTypes.StringType));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Pipeline.onArticles(spark, new ParallaxConfig(), noText));
    assertTrue(e.getMessage().startsWith("stage clean, dataset articles breaks its contract: lacks outlet, url, "
        + "published_at, title, text"), e.getMessage());
  }

  @Test
  void laterContractsExtendTheArticlesOnes() {
    assertTrue(ClusterStage.ARTICLES.columns().containsAll(CleanStage.ARTICLES.columns()));
    assertTrue(ClusterStage.ARTICLES.columns().contains(ClusterStage.CLUSTER_ID));
    Dataset<Row> articles = articles(rows(new StructType().add("article_id", DataTypes.StringType)
        .add("text", DataTypes.StringType)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.onArticles(spark, new ParallaxConfig(), articles).through("reports"));
    assertTrue(e.getMessage().contains("stages: [ingest, clean, window, features, similarity, copies, cluster, stories, sentences, "
        + "quotes, entities, topics, framing, groups, reports]"), e.getMessage());
  }
}
