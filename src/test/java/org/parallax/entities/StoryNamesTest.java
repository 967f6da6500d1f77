package org.parallax.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One name per entity across a story's outlets. */
class StoryNamesTest {
  @Test
  void variantsAcrossOutletsMergeIntoTheFormWrittenMost() {
    Map<String, StoryNames.Entity> merged = StoryNames.merge(List.of(
        new StoryNames.Named("Xi Jinping", "person", 5), new StoryNames.Named("Xi", "person", 3),
        new StoryNames.Named("Biden", "person", 2), new StoryNames.Named("Joe Biden", "person", 1),
        new StoryNames.Named("Antony Blinken", "person", 9), new StoryNames.Named("Anthony Blinken", "person", 2),
        new StoryNames.Named("Hillary Clinton", "person", 4), new StoryNames.Named("Bill Clinton", "person", 2),
        new StoryNames.Named("RNC", "org", 2), new StoryNames.Named("Republican National Committee", "org", 1),
        new StoryNames.Named("Georgia", "place", 3), new StoryNames.Named("Georgia", "person", 1)));
    assertEquals("Xi Jinping", merged.get("Xi").name());
    assertEquals("Joe Biden", merged.get("Biden").name());
    assertEquals("Antony Blinken", merged.get("Anthony Blinken").name());
    assertEquals("Bill Clinton", merged.get("Bill Clinton").name());
    assertEquals("Republican National Committee", merged.get("RNC").name());
    assertEquals(new StoryNames.Entity("Georgia", "place"), merged.get("Georgia"));
  }

  @Test
  void firstNamesAreOnePersonsWhenEqualAnInitialOrOneLetterApart() {
    assertTrue(StoryNames.similar("Antony", "Anthony"));
    assertTrue(StoryNames.similar("J.", "Joe"));
    assertFalse(StoryNames.similar("Bill", "Hillary"));
    assertFalse(StoryNames.similar("Jeb", "Jen"));
  }
}
