package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalScoreTest {
  private static LabelledArticle.Line body(String t) {
    return new LabelledArticle.Line(t, null);
  }

  private static LabelledArticle.Line chrome(String t) {
    return new LabelledArticle.Line(t, "share");
  }

  @Test
  void alignsKeptLinesInOrderAndCountsEachOutcome() {
    LabelledArticle a = new LabelledArticle("a", "X", null, List.of(chrome("Share on X"), body("First  body line."),
        body("Second body line."), chrome("Read more"), body("First body line."), chrome("Print")));
    RemovalScore s = new RemovalScore();
    // kept: the first body line (whitespace normalised), its later duplicate, and "Print"; "Second" was removed
    s.add(a, "First body line.\nFirst body line.\nPrint");
    assertEquals(3, s.bodyLines());
    assertEquals(3, s.chromeLines());
    assertEquals(2.0 / 3, s.recall(), 1e-9, "Share on X and Read more removed; Print kept");
    assertEquals(2.0 / 3, s.precision(), 1e-9, "2 of the 3 removed lines were chrome");
    assertEquals(0, s.unaligned());
    assertEquals(List.of(3L, 1L), List.of(s.byKind().get("body")[0], s.byKind().get("body")[1]));
  }

  @Test
  void keptTextThatMatchesNoLabelledLineIsCountedAsUnaligned() {
    LabelledArticle a = new LabelledArticle("a", "X", null, List.of(body("One.")));
    RemovalScore s = new RemovalScore();
    s.add(a, "Something else.");
    assertEquals(1, s.unaligned());
    assertEquals(0.0, s.precision(), 1e-9);
  }
}
