package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  @Test
  void requiredSettingsAlwaysApply() {
    SparkConf given = new SparkConf(false).set("spark.sql.session.timeZone", "Europe/Paris");
    Map<String, String> s = SparkSessions.effectiveSettings(given);
    assertEquals("UTC", s.get("spark.sql.session.timeZone"));
    assertEquals("TIMESTAMP_MICROS", s.get("spark.sql.parquet.outputTimestampType"));
  }

  @Test
  void defaultsApplyOnlyWhereNothingIsSet() {
    SparkConf given = new SparkConf(false).set("spark.master", "yarn").set("spark.sql.shuffle.partitions", "400");
    Map<String, String> s = SparkSessions.effectiveSettings(given);
    assertFalse(s.containsKey("spark.master"), "spark-submit's master must win");
    assertFalse(s.containsKey("spark.sql.shuffle.partitions"));
    Map<String, String> none = SparkSessions.effectiveSettings(new SparkConf(false));
    assertEquals("local[*]", none.get("spark.master"));
    assertEquals("16", none.get("spark.sql.shuffle.partitions"));
  }

  /** conf/jvm.options is the one list of JVM flags; it must stay Spark's own list. */
  @Test
  void jvmOptionsFileIsSparksModuleOptions() throws Exception {
    List<String> ours = Files.readAllLines(Path.of("conf/jvm.options")).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertEquals(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()), ours);
  }
}
