package org.parallax.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.text.Lexicon;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(Lexicon.stopWords());

  @Test
  void sentencesKeepExactOffsetsAndDoNotBreakAfterAbbreviations() {
    String text = "TAIPEI, Taiwan (AP) — U.S. Secretary of State Antony Blinken met Mr. Qin on Wednesday. "
        + "He said: “We are committed.”\n\nSen. J. Smith of Washington, D.C. disagreed!  Was it 5 p.m. Tuesday? Yes.";
    List<SentenceSplitter.Sentence> s = splitter.split(text);
    assertEquals(List.of(
        "TAIPEI, Taiwan (AP) — U.S. Secretary of State Antony Blinken met Mr. Qin on Wednesday.",
        "He said: “We are committed.”",
        "Sen. J. Smith of Washington, D.C. disagreed!",
        "Was it 5 p.m. Tuesday?",
        "Yes."), s.stream().map(SentenceSplitter.Sentence::text).toList());
    for (SentenceSplitter.Sentence one : s) {
      assertEquals(one.text(), text.substring(one.start(), one.end()));
    }
  }

  @Test
  void contentWordsAreLowerCaseWithoutStopWordsAndCapitalisedOnesAreNames() {
    SentenceSplitter.Sentence s = new SentenceSplitter(Set.of("the", "of", "in", "us")).split(
        "The children of illegal immigrants met Blinken in the U.S. capital.").get(0);
    // "u.s" folds to "us", a stop word, so the spelling variant never becomes a content word.
    assertEquals(List.of("children", "illegal", "immigrants", "met", "blinken", "capital"), s.terms());
    assertEquals(List.of("blinken"), s.names());
    assertEquals("us", SentenceSplitter.fold("u.s"));
    assertEquals("email", SentenceSplitter.fold("e-mail"));
  }

  @Test
  void blankAndMissingTextsHaveNoSentences() {
    assertEquals(0, splitter.split(null).size());
    assertEquals(0, splitter.split(" \n\n  ").size());
  }
}
