package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parallax.config.ParallaxConfig;

class JsonLineParserTest {
  private final JsonLineParser parser = new JsonLineParser(new ParallaxConfig.Fields());

  @Test
  void readsTheDefaultCorpusFields() {
    JsonLineParser.Parsed p = parser.parse("{\"id\": \"a1\", \"outlet\": \"Fox News\", \"url\": \"http://x\", "
        + "\"date\": \"2010-07-02\", \"title\": \"T\", \"text\": \"Body\", \"cluster_id\": \"c\"}");
    assertNull(p.reason());
    assertEquals("a1", p.id());
    assertEquals("Fox News", p.outlet());
    assertEquals("2010-07-02", p.publishedRaw());
    assertEquals("Body", p.text());
  }

  @Test
  void numericIdIsAccepted() {
    assertEquals("17", parser.parse("{\"id\": 17, \"text\": \"x\"}").id());
  }

  @Test
  void truncatedJsonIsMalformedWithAColumn() {
    JsonLineParser.Parsed p = parser.parse("{\"id\": \"a\", \"text\": \"Blinken arrived");
    assertEquals("malformed_json", p.reason());
    assertTrue(p.detail().contains("column"), p.detail());
  }

  @Test
  void arrayIsNotARecord() {
    assertEquals("malformed_json", parser.parse("[1, 2]").reason());
  }

  @Test
  void objectAsTextIsAWrongType() {
    JsonLineParser.Parsed p = parser.parse("{\"id\": \"a\", \"text\": {\"body\": \"x\"}}");
    assertEquals("wrong_type", p.reason());
    assertEquals("field 'text' is an object, expected a string", p.detail());
  }

  @Test
  void numberAsTitleIsAWrongType() {
    assertEquals("wrong_type", parser.parse("{\"id\": \"a\", \"title\": 3, \"text\": \"x\"}").reason());
  }

  @Test
  void blankLineIsAnEmptyRecord() {
    assertEquals("empty_record", parser.parse("   ").reason());
  }

  @Test
  void customFieldNamesAreHonoured() {
    ParallaxConfig.Fields f = new ParallaxConfig.Fields();
    f.text = "body";
    f.publishedAt = "published";
    JsonLineParser.Parsed p = new JsonLineParser(f).parse("{\"id\": \"a\", \"body\": \"B\", \"published\": \"2020-01-01\"}");
    assertEquals("B", p.text());
    assertEquals("2020-01-01", p.publishedRaw());
  }

  @Test
  void concatenatedObjectsAreOneRecordEachAndGarbageIsNeverIgnored() {
    JsonLineParser p = new JsonLineParser(new org.parallax.config.ParallaxConfig.Fields());
    java.util.List<JsonLineParser.Parsed> two = p.parseAll("{\"id\": \"a\", \"text\": \"x\"} {\"id\": \"b\", \"text\": \"y\"}");
    assertEquals(java.util.List.of("a", "b"), two.stream().map(JsonLineParser.Parsed::id).toList());
    for (String bad : java.util.List.of("{\"id\": \"a\", \"text\": \"x\"} garbage", "{\"id\": \"a\", \"text\": \"x\"} 42",
        "{\"id\": \"a\", \"text\": \"x\"}[1]", "{\"id\": \"a\", \"text\": \"x\"}}")) {
      java.util.List<JsonLineParser.Parsed> r = p.parseAll(bad);
      assertEquals(1, r.size(), bad);
      assertEquals("malformed_json", r.get(0).reason(), bad);
    }
  }
}
