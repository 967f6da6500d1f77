package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserCheckTest {
  /** The index's rows as Chromium dumps them once the page's script drew them. */
  private static final String DOM = """
      <table><tbody id="rows"><tr data-story="s0030ec5bee7b"><td><a href="story-s0030ec5bee7b.html">White House
      Releases Benghazi Emails</a></td><td>3</td><td>3</td></tr>
      <tr data-story="s032962e60c02" class="blind"><td><a href="story-s032962e60c02.html">Democrats Plan to
      Filibuster</a></td><td>3</td></tr></tbody></table>
      <p>data-story="notanid"</p>""";

  @Test
  void readsTheDrawnRowsWithTheirText() {
    List<String[]> rows = BrowserCheck.rows(DOM);
    assertEquals(2, rows.size());
    assertEquals("s0030ec5bee7b", rows.get(0)[0]);
    assertEquals("s032962e60c02", rows.get(1)[0]);
    assertEquals("White House Releases Benghazi Emails 3 3",
        rows.get(0)[1].replaceAll("\\s+", " ").strip());
  }

  @Test
  void filtersByTheRowsLongestWord() {
    assertEquals("benghazi", BrowserCheck.filterWord(" White House Releases Benghazi Emails 3 3 "));
    // Ties go to the alphabetically first word; digits and short words never count.
    assertEquals("beta", BrowserCheck.filterWord("zeta beta 12345 a"));
    assertEquals("", BrowserCheck.filterWord("3 3 a b"));
  }
}
