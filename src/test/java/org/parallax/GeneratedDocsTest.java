package org.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.config.ConfigDocs;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ConfigValidator;
import org.parallax.config.ParallaxConfig;
import org.parallax.report.ReportDocs;

/**
 * The committed docs and default config are generated from the code; this fails when they drift.
 * Regenerate with: mvn test -Dtest=GeneratedDocsTest -Dparallax.regenerate=true
 */
class GeneratedDocsTest {
  private static final boolean REGENERATE = Boolean.getBoolean("parallax.regenerate");

  private static void check(String path, String expected) throws IOException {
    Path p = Path.of(path);
    if (REGENERATE) {
      Files.createDirectories(p.toAbsolutePath().getParent());
      Files.writeString(p, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(p, StandardCharsets.UTF_8),
        path + " is out of date: run mvn test -Dtest=GeneratedDocsTest -Dparallax.regenerate=true");
  }

  @Test
  void configurationReference() throws IOException {
    check("docs/configuration.md", ConfigDocs.markdown());
  }

  @Test
  void defaultConfigurationFile() throws IOException {
    check("conf/parallax.yaml", ConfigDocs.defaultYaml());
  }

  @Test
  void reportReference() throws IOException {
    check("docs/reports.md", ReportDocs.markdown());
  }

  @Test
  void shippedDefaultFileLoadsToTheDefaults() {
    ParallaxConfig fromFile = ConfigLoader.load(Path.of("conf/parallax.yaml"), List.of());
    ConfigValidator.validate(fromFile);
    assertEquals(ConfigLoader.toTree(new ParallaxConfig()), ConfigLoader.toTree(fromFile));
  }
}
