package org.parallax.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private Path yaml(String text) throws IOException {
    Path p = dir.resolve("c.yaml");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aKeyThatMovedToTheStagesOwnSectionStillWorksUnderItsOldNameWithAWarning() {
    ParallaxConfig old = ConfigLoader.load(null, List.of("features.stop_words=german", "cluster.max_iterations=7"));
    assertEquals("german", old.features.stopWords);
    assertEquals("german", old.clean.stopWords, "cleaning keeps the stop words it used to take from features");
    assertEquals(7, old.copies.maxIterations);
    com.fasterxml.jackson.databind.node.ObjectNode tree = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .objectNode();
    tree.putObject("features").put("stop_words", "german");
    List<String> warnings = ConfigLoader.carryMoved(tree);
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("--set clean.stop_words=german"), warnings.get(0));

    ParallaxConfig both = ConfigLoader.load(null, List.of("features.stop_words=german", "clean.stop_words=french"));
    assertEquals("french", both.clean.stopWords, "once the new key is set, each stage reads its own");
    assertEquals("english", ConfigLoader.load(null, List.of()).clean.stopWords);
  }

  @Test
  void topicsKIsANumberOrAuto() {
    assertEquals(ParallaxConfig.Topics.AUTO, ConfigLoader.load(null, List.of("topics.k=auto")).topics.k);
    assertEquals(20, ConfigLoader.load(null, List.of("topics.k=20")).topics.k);
    ConfigException one = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of("topics.k=1")));
    assertTrue(one.getMessage().contains("topics.k") && one.getMessage().contains("2 or more"), one.getMessage());
    ConfigException word = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("topics.k=many")));
    assertTrue(word.getMessage().contains("topics.k") && word.getMessage().contains("auto"), word.getMessage());
  }

  @Test
  void noFileGivesTheDefaults() {
    ParallaxConfig c = ConfigLoader.load(null, List.of());
    assertEquals(0.15, c.cluster.threshold);
    assertEquals("date", c.input.fields.publishedAt);
    assertEquals(10, c.topics.k);
  }

  @Test
  void fileThenSetOverrides() throws IOException {
    Path f = yaml("cluster:\n  threshold: 0.3\ntopics:\n  k: 7\n");
    ParallaxConfig c = ConfigLoader.load(f, List.of("topics.k=12", "input.fields.published_at=pubdate",
        "features.sublinear_tf=false"));
    assertEquals(0.3, c.cluster.threshold);
    assertEquals(12, c.topics.k);
    assertEquals("pubdate", c.input.fields.publishedAt);
    assertFalse(c.features.sublinearTf);
  }

  @Test
  void unknownKeyInFileIsNamedWithASuggestion() throws IOException {
    Path f = yaml("cluster:\n  treshold: 0.3\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, List.of()));
    assertEquals("cluster.treshold", e.key());
    assertTrue(e.getMessage().contains("did you mean 'cluster.threshold'"), e.getMessage());
    assertTrue(e.getMessage().contains("valid example: --set cluster.threshold=0.15"), e.getMessage());
  }

  @Test
  void unknownSectionIsRejected() throws IOException {
    Path f = yaml("clustering:\n  threshold: 0.3\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, List.of()));
    assertEquals("clustering", e.key());
  }

  @Test
  void unknownSetKeyIsRejected() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("topics.kk=3")));
    assertEquals("topics.kk", e.key());
    assertTrue(e.getMessage().contains("topics.k"), e.getMessage());
  }

  @Test
  void outOfRangeNamesKeyRangeAndExample() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("cluster.threshold=1.7")));
    assertEquals("cluster.threshold", e.key());
    assertTrue(e.getMessage().contains("outside the allowed range [0.01, 1]"), e.getMessage());
    assertTrue(e.getMessage().contains("--set cluster.threshold=0.15"), e.getMessage());
  }

  @Test
  void wrongTypeIsRejected() throws IOException {
    Path f = yaml("topics:\n  k: many\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, List.of()));
    assertEquals("topics.k", e.key());
    assertTrue(e.getMessage().contains("expects a integer") || e.getMessage().contains("integer"), e.getMessage());
  }

  @Test
  void fractionForAnIntegerKeyIsRejectedNotTruncated() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("topics.k=2.5")));
    assertEquals("topics.k", e.key());
  }

  @Test
  void valueOutsideTheAllowedSetIsRejected() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("input.format=xml")));
    assertTrue(e.getMessage().contains("one of auto, jsonl, parquet, text"), e.getMessage());
  }

  @Test
  void setWithoutEqualsIsRejected() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("topics.k")));
    assertTrue(e.getMessage().contains("key=value"), e.getMessage());
  }

  @Test
  void missingFileIsReported() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(dir.resolve("nope.yaml"), List.of()));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void everyKeyHasADocLineAndItsDefaultPassesValidation() {
    for (ConfigKeys.Entry e : ConfigKeys.all()) {
      assertFalse(e.key().doc().isBlank(), e.path());
    }
    ConfigValidator.validate(new ParallaxConfig());
  }

  @Test
  void malformedYamlNamesLineAndColumn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("bad.yaml"),
        "cluster:\n  threshold: 0.2\n topics: [unclosed\n");
    ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
        () -> ConfigLoader.load(f, java.util.List.of()));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().matches("(?s).*at line \\d+, column \\d+.*"),
        e.getMessage());
  }

  @Test
  void aDuplicatedSectionOrKeyIsRejected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("dup.yaml"),
        "cluster:\n  threshold: 0.2\ntopics:\n  k: 5\ncluster:\n  threshold: 0.3\n");
    ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
        () -> ConfigLoader.load(f, java.util.List.of()));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Duplicate field 'cluster'")
        && e.getMessage().contains("line 5"), e.getMessage());
  }
}
