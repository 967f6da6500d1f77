package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.sentences.SentenceSplitter;
import org.parallax.text.Lexicon;

class StatementsTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(Lexicon.stopWords());
  private static final String[] CORE = {
      "The Supreme Court ruled on Monday that the state may enforce the new voting law during the appeal.",
      "The law requires voters to show a government photo identification card at polling stations.",
      "Civil rights groups argued the requirement would keep hundreds of thousands of elderly voters away.",
      "The governor praised the ruling and promised that free identification cards would reach every county."};

  private static List<ClusterContrast.Sentence> article(String id, String outlet, List<String> sentences) {
    List<ClusterContrast.Sentence> out = new ArrayList<>();
    String text = String.join(" ", sentences);
    int i = 0;
    for (SentenceSplitter.Sentence s : SPLITTER.split(text)) {
      out.add(new ClusterContrast.Sentence(id, outlet, i++, s.start(), s.end(), s.text(), s.terms()));
    }
    return out;
  }

  @Test
  void aCoreSentenceOneOutletLeavesOutAndAnAddedOneAreFound() {
    List<ClusterContrast.Sentence> story = new ArrayList<>();
    story.addAll(article("a", "Times", List.of(CORE)));
    // The Post rewords the second statement, and adds one of its own.
    story.addAll(article("b", "Post", List.of(CORE[0],
        "Under the law, voters must show a photo identification card issued by the government at the polls.",
        CORE[2], CORE[3],
        "A retired teacher in Dallas said she waited four hours at the licence office for her new card.")));
    // Fox leaves out the civil rights groups' objection.
    story.addAll(article("c", "Fox", List.of(CORE[0], CORE[1], CORE[3])));
    List<Statements.Statement> found = new Statements(5, 3, 0.5, 0.5, 10).find(story);

    List<Statements.Statement> omitted = found.stream().filter(s -> s.kind().equals(Statements.OMITTED)).toList();
    assertEquals(1, omitted.size(), found.toString());
    assertEquals("Fox", omitted.get(0).outlet());
    assertEquals(CORE[2], omitted.get(0).sentence().text());
    assertEquals(2, omitted.get(0).outletsCarrying());

    List<Statements.Statement> unique = found.stream().filter(s -> s.kind().equals(Statements.UNIQUE)).toList();
    assertEquals(1, unique.size(), found.toString());
    assertEquals("Post", unique.get(0).outlet());
    assertTrue(unique.get(0).sentence().text().startsWith("A retired teacher"));

    // Four core statements, each shown once; the reworded one is matched, so carried by all three.
    List<Statements.Statement> core = found.stream().filter(s -> s.kind().equals(Statements.CORE)).toList();
    assertEquals(4, core.size(), core.toString());
    assertEquals(3, core.stream().filter(s -> s.outletsCarrying() == 3).count());
    assertTrue(core.stream().allMatch(s -> s.outletsInStory() == 3));
  }
}
