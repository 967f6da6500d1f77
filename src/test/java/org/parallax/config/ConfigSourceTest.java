package org.parallax.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --config from a local path, a Hadoop URI, or a file shipped with spark-submit --files. */
class ConfigSourceTest {
  @TempDir
  Path tmp;

  @Test
  void readsALocalPathAndAHadoopUri() throws Exception {
    Path file = Files.writeString(tmp.resolve("night.yaml"), "cluster:\n  threshold: 0.2\n");
    assertEquals(0.2, ConfigLoader.loadFrom(file.toString(), List.of()).cluster.threshold, 1e-12);
    assertEquals(0.2, ConfigLoader.loadFrom(file.toUri().toString(), List.of()).cluster.threshold, 1e-12);
  }

  @Test
  void aFileShippedWithFilesIsFoundByItsNameWhereverTheDriverRuns() throws Exception {
    Path shipped = Files.writeString(tmp.resolve("shipped-parallax.yaml"), "topics:\n  k: 7\n");
    String before = System.getProperty("spark.files");
    System.setProperty("spark.files", "file:/elsewhere/other.txt," + shipped.toUri());
    try {
      // the driver's working folder has no such file: spark-submit's spark.files says where it came from
      assertEquals(7, ConfigLoader.loadFrom("shipped-parallax.yaml", List.of()).topics.k);
    } finally {
      if (before == null) {
        System.clearProperty("spark.files");
      } else {
        System.setProperty("spark.files", before);
      }
    }
  }

  @Test
  void aMissingConfigurationNamesItselfAndShowsEveryWayToGiveOne() {
    ConfigException local = assertThrows(ConfigException.class,
        () -> ConfigLoader.loadFrom("no-such-parallax.yaml", List.of()));
    assertTrue(local.getMessage().contains("configuration file not found: no-such-parallax.yaml"), local.getMessage());
    assertTrue(local.getMessage().contains("--files my.yaml"), local.getMessage());
    ConfigException uri = assertThrows(ConfigException.class,
        () -> ConfigLoader.loadFrom(tmp.resolve("gone.yaml").toUri().toString(), List.of()));
    assertTrue(uri.getMessage().contains("configuration file not found: file:"), uri.getMessage());
  }

  @Test
  void windowsDrivePathsAreNotUris() {
    assertTrue(ConfigSource.hasScheme("hdfs:///conf/p.yaml"));
    assertTrue(ConfigSource.hasScheme("s3a://bucket/p.yaml"));
    assertEquals(false, ConfigSource.hasScheme("C:\\conf\\p.yaml"));
    assertEquals(false, ConfigSource.hasScheme("conf/parallax.yaml"));
  }
}
