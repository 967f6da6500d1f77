package org.parallax.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;

/**
 * Where {@code --config} is read from, before Spark starts:
 *
 * <ol>
 *   <li>a Hadoop URI ({@code hdfs://}, {@code s3a://}, {@code file:}...), through the Hadoop client configured
 *       as Spark would be (the classpath's HADOOP_CONF_DIR, spark.hadoop.* properties);
 *   <li>a local path, as given (on YARN a file shipped with {@code spark-submit --files} is in the driver's
 *       working folder under its own name);
 *   <li>else a file shipped with {@code spark-submit --files} under that name: spark-submit hands the driver
 *       the shipped files' URIs ({@code spark.files}, {@code spark.yarn.dist.files}), read from there.
 * </ol>
 */
public final class ConfigSource {
  private ConfigSource() {}

  /** The text of the configuration at {@code location}; a ConfigException naming it when there is none. */
  public static String read(String location) {
    if (hasScheme(location)) {
      return readUri(location, location);
    }
    Path local = Path.of(location);
    if (Files.isRegularFile(local)) {
      try {
        return Files.readString(local, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigException("cannot read configuration file " + location + ": " + e.getMessage());
      }
    }
    String shipped = shipped(local.getFileName() == null ? location : local.getFileName().toString());
    if (shipped != null) {
      return readUri(shipped, location + " (shipped with --files from " + shipped + ")");
    }
    throw new ConfigException("configuration file not found: " + location
        + "\n  valid examples: --config conf/parallax.yaml, --config hdfs:///conf/parallax.yaml, or spark-submit"
        + " --files my.yaml ... --config my.yaml");
  }

  /** True for "scheme:..." with a scheme of two or more letters (so "C:\\x" stays a path). */
  static boolean hasScheme(String location) {
    return location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*");
  }

  /** The URI of a file shipped with spark-submit --files whose name is {@code name}, or null. */
  static String shipped(String name) {
    List<String> uris = new ArrayList<>();
    for (String key : List.of("spark.files", "spark.yarn.dist.files")) {
      String v = System.getProperty(key);
      if (v != null && !v.isBlank()) {
        uris.addAll(List.of(v.split(",")));
      }
    }
    for (String u : uris) {
      String uri = u.trim();
      String path = uri.contains("#") ? uri.substring(uri.indexOf('#') + 1) : uri;
      if (path.endsWith("/" + name) || path.equals(name)) {
        return uri.contains("#") ? uri.substring(0, uri.indexOf('#')) : uri;
      }
    }
    return null;
  }

  private static String readUri(String uri, String shownAs) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(URI.create(uri));
      FileSystem fs = p.getFileSystem(org.parallax.spark.HadoopConf.beforeSpark());
      if (!fs.isFile(p)) {
        throw new ConfigException("configuration file not found: " + shownAs
            + "\n  valid example: --config hdfs:///conf/parallax.yaml");
      }
      try (InputStream in = fs.open(p)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read configuration file " + shownAs + ": " + e.getMessage());
    }
  }
}
