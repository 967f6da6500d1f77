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

  @Test
  void aLocalMasterListensOnLoopbackWithoutUiOrLocalityWaitUnlessAskedTo() {
    Map<String, String> laptop = SparkSessions.effectiveSettings(new SparkConf(false));
    assertEquals("127.0.0.1", laptop.get("spark.driver.bindAddress"));
    assertEquals("127.0.0.1", laptop.get("spark.driver.host"));
    assertEquals("false", laptop.get("spark.ui.enabled"));
    assertEquals("0", laptop.get("spark.locality.wait"));
    Map<String, String> asked = SparkSessions.effectiveSettings(new SparkConf(false).set("spark.master", "local[2]")
        .set("spark.ui.enabled", "true"));
    assertFalse(asked.containsKey("spark.ui.enabled"), "the user's UI wins");
    assertEquals("0", asked.get("spark.locality.wait"));
    Map<String, String> cluster = SparkSessions.effectiveSettings(new SparkConf(false).set("spark.master",
        "spark://10.0.0.5:7077"));
    for (String key : List.of("spark.driver.bindAddress", "spark.driver.host", "spark.ui.enabled",
        "spark.locality.wait")) {
      assertFalse(cluster.containsKey(key), key + " is the cluster's business");
    }
  }

  /** conf/jvm.options is the one list of JVM flags; it must stay Spark's own list. */
  @Test
  void jvmOptionsFileIsSparksModuleOptions() throws Exception {
    List<String> ours = Files.readAllLines(Path.of("conf/jvm.options")).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertEquals(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()), ours);
  }
}
