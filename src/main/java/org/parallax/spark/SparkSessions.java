package org.parallax.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the job's SparkSession with layered settings:
 *
 * <ol>
 *   <li>required settings are always applied (reports depend on them);
 *   <li>defaults ({@code parallax-spark-defaults.properties}) are applied only where nothing set the key, and
 *       on a local master also the local ones ({@code parallax-spark-local-defaults.properties}: loopback
 *       address, no web UI, no locality wait);
 *   <li>anything given to spark-submit ({@code --conf}, {@code spark-defaults.conf}) or as a
 *       {@code -Dspark.*} system property wins over the defaults.
 * </ol>
 */
public final class SparkSessions {
  /**
   * Settings the reports depend on: true instants in Parquet, read the same in every BI tool, and dates
   * written in the proleptic Gregorian calendar (no rebase to the hybrid Julian one, no failure on a
   * date before 1582).
   */
  public static final Map<String, String> REQUIRED = Map.of(
      "spark.sql.session.timeZone", "UTC",
      "spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS",
      "spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");

  private SparkSessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf(); // loads spark.* system properties (spark-submit's --conf)
    effectiveSettings(conf).forEach(conf::set);
    conf.setIfMissing("spark.app.name", appName);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** The settings Parallax applies on top of {@code existing}: required ones, and missing defaults. */
  public static Map<String, String> effectiveSettings(SparkConf existing) {
    Map<String, String> out = new TreeMap<>();
    Map<String, String> defaults = new TreeMap<>(defaults("parallax-spark-defaults.properties"));
    String master = existing.contains("spark.master") ? existing.get("spark.master") : defaults.get("spark.master");
    if (master != null && master.startsWith("local")) {
      defaults.putAll(defaults("parallax-spark-local-defaults.properties"));
    }
    for (Map.Entry<String, String> d : defaults.entrySet()) {
      if (!existing.contains(d.getKey())) {
        out.put(d.getKey(), d.getValue());
      }
    }
    out.putAll(REQUIRED);
    return out;
  }

  static Map<String, String> defaults(String resource) {
    Properties p = new Properties();
    try (InputStream in = SparkSessions.class.getResourceAsStream("/" + resource)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
    return m;
  }
}
