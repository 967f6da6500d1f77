package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.text.Lexicon;

class ClusterContrastTest {
  private static ClusterContrast.WordCount w(String outlet, String word, long count, int lists) {
    return new ClusterContrast.WordCount(outlet, word, word, count, 0.5, 1000.0, lists);
  }

  @Test
  void wordsBothEvaluativeListsMarkRankAboveWordsOneListMarksAboveTheRestWhateverTheirZ() {
    // "Right" writes the three words; "Left" writes none of them. By z alone: protest (9 uses) > weak (5) > vile (2).
    List<ClusterContrast.WordCount> counts = List.of(
        w("Right", "protest", 9, 0), w("Right", "weak", 5, 1), w("Right", "vile", 2, 2),
        w("Left", "march", 9, 0), w("Left", "crowd", 7, 0));
    List<ClusterContrast.Term> terms = new ClusterContrast(20, 1, 0.05, Map.of(), 2, 0).contrast(counts, List.of());
    List<String> right = terms.stream().filter(t -> t.outlet().equals("Right") && t.direction().equals("uses"))
        .map(ClusterContrast.Term::term).toList();
    assertEquals(List.of("vile", "weak", "protest"), right);
    assertEquals(2, terms.stream().filter(t -> t.term().equals("vile")).findFirst().orElseThrow().evaluativeLists());
  }

  @Test
  void theListsAreVadersValenceAndWordNetsAdjectivesAndAdverbsThatAreNeverNouns() {
    assertEquals(2, Lexicon.evaluativeLists("outrageous")); // VADER -2.0, and a WordNet adjective
    assertEquals(1, Lexicon.evaluativeLists("undocumented")); // WordNet adjective only
    assertEquals(0, Lexicon.evaluativeLists("police"));
    assertEquals(Integer.valueOf(2), Lexicon.evaluativeWords().get("illegal"));
  }
}
