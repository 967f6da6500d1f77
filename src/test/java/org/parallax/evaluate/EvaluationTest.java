package org.parallax.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.SparkTest;
import org.parallax.pipeline.BadInputException;

class EvaluationTest extends SparkTest {
  @TempDir
  Path tmp;

  private Path run(List<String[]> articleClusters) {
    Path run = tmp.resolve("run");
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add("cluster_id", DataTypes.StringType);
    spark.createDataFrame(articleClusters.stream().map(a -> RowFactory.create((Object[]) a)).toList(), schema)
        .write().parquet(run.resolve("articles").toString());
    return run;
  }

  /** The hand-computed case of ClusteringMetricsTest, with e missing from the run (a singleton then). */
  @Test
  void goldArticlesMissingFromTheRunAreSingletonsAndUnlabelledRunArticlesAreIgnored() throws Exception {
    Path run = run(List.of(new String[] {"a", "s1"}, new String[] {"b", "s1"}, new String[] {"c", "s2"},
        new String[] {"d", "s2"}, new String[] {"z", "s2"}));
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n", "{\"id\": \"a\", \"story\": 1, \"other\": {\"x\": 1}}",
        "{\"id\": \"b\", \"story\": 1}", "{\"id\": \"c\", \"story\": 1}", "{\"id\": \"d\", \"story\": 2}",
        "{\"id\": \"e\", \"story\": 2}", "{\"id\": \"f\"}", "{\"id\": \"b\", \"story\": 2}"));
    Evaluation.Result r = Evaluation.evaluate(spark, run.toString(), gold.toString(), "id", "story");
    assertEquals(5, r.goldArticles());
    assertEquals(1, r.missingFromRun());
    // predicted over gold articles: {a,b} {c,d} {e}; gold {a,b,c} {d,e}
    // B-cubed precision: all 1 except c 1/2, d 1/2 -> (1+1+.5+.5+1)/5 = 0.8
    // recall: a 2/3, b 2/3, c 1/3, d 1/2, e 1/2 -> 2.6667/5
    assertEquals(0.8, r.metrics().get("bcubed_precision"), 1e-9);
    assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 0.5 + 0.5) / 5, r.metrics().get("bcubed_recall"), 1e-9);
    assertEquals(3.0, r.metrics().get("predicted_clusters"));
    assertEquals(1.0, r.metrics().get("gold_records_without_id_or_label"), "f has no story");
    assertEquals(1.0, r.metrics().get("gold_duplicate_ids_skipped"), "the second record of b");

    Evaluation.write(spark, run.toString(), Evaluation.report(spark, r));
    assertEquals(0.8, spark.read().parquet(run.resolve("evaluation").toString())
        .filter("metric = 'bcubed_precision'").first().getDouble(1), 1e-9);
  }

  @Test
  void aGoldFileWithoutTheLabelFieldIsABadInputNamingIt() throws Exception {
    Path run = run(List.<String[]>of(new String[] {"a", "s1"}));
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\": \"a\", \"event\": 1}\n");
    BadInputException e = assertThrows(BadInputException.class,
        () -> Evaluation.evaluate(spark, run.toString(), gold.toString(), "id", "cluster_id"));
    assertEquals(true, e.getMessage().contains("'cluster_id'"), e.getMessage());
  }
}
