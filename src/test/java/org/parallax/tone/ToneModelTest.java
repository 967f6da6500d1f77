package org.parallax.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToneModelTest {
  private static final ToneModel MODEL = ToneModel.shipped();

  private static ToneModel.Tone toward(String sentence, String target) {
    int at = sentence.indexOf(target);
    return MODEL.predict(sentence, at, at + target.length());
  }

  @Test
  void theShippedModelReadsHostileFavourableAndPlainSentencesAsAReaderWould() {
    assertEquals("neg", toward("Critics blasted Trump for his disgraceful and dishonest attacks on a grieving family.",
        "Trump").label());
    assertEquals("pos", toward("Supporters praised Clinton as a brilliant, tireless and admired leader.", "Clinton")
        .label());
    assertEquals("neu", toward("Blinken will travel to Beijing next week, the State Department said on Monday.",
        "Blinken").label());
    ToneModel.Tone t = toward("Critics blasted Trump for his disgraceful attacks.", "Trump");
    assertEquals(1.0, t.probabilities()[0] + t.probabilities()[1] + t.probabilities()[2], 1e-9);
    assertTrue(t.score() < 0, "hostile: P(pos) - P(neg) below zero");
  }

  @Test
  void theModelFileRoundTrips() throws Exception {
    ToneModel small = new ToneModel(new double[] {0.1, 0.2, -0.3}, Map.of("w:good", new double[] {-1, 0, 1}));
    ToneModel back = ToneModel.read(new BufferedReader(new StringReader("# comment\n" + small.toTsv())));
    assertEquals(small.toTsv(), back.toTsv());
    assertEquals("pos", back.predict("A good day.", -1, -1).label());
  }

  @Test
  void featuresFlipANegatedWordKeepQuotedWordsApartAndNeverUseTheTargetsName() {
    Map<String, Double> plain = ToneFeatures.of("Smith is honest.", 0, 5);
    Map<String, Double> negated = ToneFeatures.of("Smith is not honest.", 0, 5);
    assertTrue(plain.get("val:all") > 0 && negated.get("val:all") < 0, plain + " / " + negated);
    Map<String, Double> quoted = ToneFeatures.of("Smith said the plan was \"a disaster\" for the city.", 0, 5);
    assertTrue(quoted.containsKey("q:disaster") && !quoted.containsKey("w:disaster"), quoted.toString());
    assertFalse(quoted.keySet().stream().anyMatch(k -> k.endsWith(":smith")), quoted.toString());
    assertEquals("attack", ToneFeatures.stem("attacks"));
  }
}
