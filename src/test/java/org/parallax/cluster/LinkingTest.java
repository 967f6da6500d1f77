package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parallax.config.ParallaxConfig;

/** The evidence a pair brings to average linkage: text, title, days apart. */
class LinkingTest {
  private static ParallaxConfig.Cluster cfg() {
    ParallaxConfig.Cluster c = new ParallaxConfig().cluster;
    c.titleWeight = 0.7;
    c.dateDecay = 0.4;
    c.dateDecayAfterDays = 1;
    c.maxDaysApart = 3;
    return c;
  }

  @Test
  void aCloseTitleRaisesWeakTextEvidenceButNeverLowersStrongText() {
    assertEquals(0.56, Linking.score(0.10, 0.8, 0.0, cfg()), 1e-12, "0.7 x the titles' 0.8");
    assertEquals(0.30, Linking.score(0.30, 0.2, 0.0, cfg()), 1e-12, "the text's cosine is higher");
    assertEquals(0.10, Linking.score(0.10, null, 0.0, cfg()), 1e-12, "no title: the text alone");
    ParallaxConfig.Cluster off = cfg();
    off.titleWeight = 0;
    assertEquals(0.10, Linking.score(0.10, 0.8, 0.0, off), 1e-12, "title_weight 0 turns titles off");
  }

  @Test
  void evidenceDecaysLinearlyBeyondTheFreeDaysUpToTheWindow() {
    assertEquals(0.50, Linking.score(0.5, null, 1.0, cfg()), 1e-12, "within a day: untouched");
    assertEquals(0.50 * 0.8, Linking.score(0.5, null, 2.0, cfg()), 1e-12, "half way to the window: -20%");
    assertEquals(0.50 * 0.6, Linking.score(0.5, null, 3.0, cfg()), 1e-12, "at the window: -40%");
    assertEquals(0.50 * 0.6, Linking.score(0.5, null, 30.0, cfg()), 1e-12, "copies beyond it: no further");
    assertEquals(0.50, Linking.score(0.5, null, null, cfg()), 1e-12, "undated: untouched");
    ParallaxConfig.Cluster noWindow = cfg();
    noWindow.maxDaysApart = 0;
    assertEquals(0.50, Linking.score(0.5, null, 3.0, noWindow), 1e-12, "no window: no decay");
  }
}
