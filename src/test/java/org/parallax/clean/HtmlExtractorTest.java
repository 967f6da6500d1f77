package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  @Test
  void mainTextWithoutNavigationAdsCommentsOrLinkLists() throws Exception {
    String html = Files.readString(Path.of("src/test/resources/html/article.html"));
    assertTrue(HtmlExtractor.looksLikeHtml(html));
    HtmlExtractor.Extracted e = HtmlExtractor.extract(html);
    List<String> lines = List.of(e.text().split("\n"));
    assertEquals("Blinken and Xi meet in Beijing as tensions simmer", lines.get(0));
    assertTrue(lines.get(1).startsWith("BEIJING (AP) — U.S. Secretary of State Antony Blinken met"), lines.get(1));
    assertTrue(e.text().contains("which he described as substantive and constructive."));
    assertTrue(e.text().contains("negative factors were still increasing"), "inline links stay in body text");
    for (String chrome : List.of("Home", "SkyDeals", "Share on", "Tiny piece", "Markets rally", "cheap watches",
        "All rights reserved", "window.dataLayer", "Sport")) {
      assertFalse(e.text().contains(chrome), chrome + " in: " + e.text());
    }
    assertEquals(4, lines.size(), e.text());
    assertEquals("Blinken and Xi meet in Beijing as tensions simmer", e.title());
    assertEquals("Daily Courier", e.siteName());
    assertEquals("2024-04-26T14:05:00Z", e.publishedTime());
  }

  @Test
  void plainTextIsNotMistakenForHtml() {
    assertFalse(HtmlExtractor.looksLikeHtml("Blinken said the talks were <very> constructive, and 3 > 2."));
    assertTrue(HtmlExtractor.looksLikeHtml("<p>A paragraph from a JSON field.</p><p>Another.</p>"));
  }
}
