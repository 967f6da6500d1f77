package org.parallax.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story page from a hand-made story: outlets side by side, evidence highlighted, text escaped, a timeline. */
class StoryPageTest {
  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }

  private static StoryView story() {
    StoryView.Side fox = new StoryView.Side("Fox News", "Biden's <border> crisis", 2, null, "lean=right", -0.4, -0.1,
        "A rancher said the crossings doubled.", null,
        List.of(new StoryView.Term("uses", 1, "illegal aliens", "Officials counted illegal  aliens at the border.",
            "Fox News", null), new StoryView.Term("avoids", 1, "migrants", "Migrants waited at the bridge.", "NYT",
            "illegal aliens")),
        List.of(new StoryView.Voice("Greg Abbott", 2, "We are overwhelmed")),
        List.of(new StoryView.Entity("Joe Biden", 5, -0.5, false), new StoryView.Entity("Greg Abbott", 0, null, true)));
    StoryView.Side nyt = new StoryView.Side("NYT", "Migrants wait at the bridge", 1, null, null, null, 0.1, null,
        "Officials counted arrivals.", List.of(), List.of(), List.of());
    return new StoryView("s0123456789ab", "Border crossings", 3, 2, at("2019-03-01T10:00:00Z"),
        at("2019-03-02T12:00:00Z"), true, List.of(fox, nyt),
        List.of(new StoryView.Article("a1", "Fox News", "Crisis", at("2019-03-01T10:00:00Z"), "https://fox/x?a=1&b=2"),
            new StoryView.Article("a2", "Fox News", "More", at("2019-03-02T12:00:00Z"), null),
            new StoryView.Article("n1", "NYT", "Wait", at("2019-03-01T18:00:00Z"), null)),
        List.of(new StoryView.Topic("Fox News", 3, "border, wall, crossings", 0.6, 0.2)));
  }

  @Test
  void showsEachOutletsSideWithItsEvidence() {
    String html = StoryPage.render(story());
    assertEquals(2, html.split("<section class=\"outlet\"").length - 1);
    assertTrue(html.indexOf("data-outlet=\"Fox News\"") < html.indexOf("data-outlet=\"NYT\""), "most articles first");
    assertTrue(html.contains("Biden&#39;s &lt;border&gt; crisis"), "headlines are escaped");
    assertFalse(html.contains("<border>"));
    assertTrue(html.contains("Officials counted <mark>illegal  aliens</mark> at the border."), "a two-word term, "
        + "across the sentence's own spacing");
    assertTrue(html.contains("<mark>Migrants</mark> waited") && html.contains("&mdash; NYT"),
        "an avoided word is shown in the other outlet's sentence, named");
    assertTrue(html.contains("(writes <b>illegal aliens</b> instead)"));
    assertTrue(html.contains("<i>left out</i>") && html.contains("-0.50 hostile"));
    assertTrue(html.contains("href=\"https://fox/x?a=1&amp;b=2\""));
    assertTrue(html.contains("<span class=\"flag\">blindspot</span>"));
    assertTrue(html.contains("2019-03-01 to 2019-03-02"));
    assertTrue(html.contains("<td>Fox News</td><td>3: border, wall, crossings</td><td>60%</td><td>20%</td>"));
  }

  @Test
  void theTimelineHasARowPerOutletAndADotPerDatedArticle() {
    String svg = StoryPage.timeline(story().articles());
    assertEquals(3, svg.split("<circle").length - 1);
    assertEquals(2, svg.split("<line").length - 1);
    assertTrue(svg.contains("cx=\"170.0\"") && svg.contains("cx=\"890.0\""), "first and last at the ends: " + svg);
    assertTrue(StoryPage.timeline(List.of(new StoryView.Article("u", "Blog", null, null, null)))
        .contains("No article of the story is dated"));
  }

  @Test
  void fileNamesAreSafe() {
    assertEquals("story-s0123456789ab.html", StoryPage.fileName("s0123456789ab"));
    assertEquals("story-s1_2.html", StoryPage.fileName("s1/2"));
  }
}
