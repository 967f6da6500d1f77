package org.parallax;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parallax.spark.SparkSessions;

/** One local SparkSession per test class: local[2], no UI, few shuffle partitions. */
public abstract class SparkTest {
  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    SparkSession.Builder b = SparkSession.builder().master("local[2]").appName("parallax-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1");
    SparkSessions.REQUIRED.forEach(b::config);
    spark = b.getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }
}
