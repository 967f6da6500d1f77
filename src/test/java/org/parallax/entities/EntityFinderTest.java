package org.parallax.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names found by rules and known names, on sentences written like the seeds' and BASIL's. */
class EntityFinderTest {
  private static final EntityFinder FINDER = new EntityFinder(KnownNames.shipped());

  private static List<String> found(String title, String text) {
    return FINDER.find(title, text).stream().map(m -> m.part() + ":" + m.kind() + ":" + m.name() + "<" + m.written()
        + ">").toList();
  }

  @Test
  void titlesAreLeftOffAndAPersonIsNamedByTheFullestNameTheArticleGives() {
    assertEquals(List.of("body:place:United States<U.S.>", "body:person:Antony Blinken<Antony Blinken>",
        "body:person:Xi Jinping<Xi Jinping>", "body:place:Beijing<Beijing>",
        "body:person:Antony Blinken<Blinken>", "body:person:Xi Jinping<Xi>"),
        found(null, "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Friday. "
            + "Blinken told Mr. Xi that the talks were useful."));
  }

  @Test
  void possessivesSplitANameAndOrganisationsAreKnownOrNamedByTheirWords() {
    assertEquals(List.of("body:place:China<China>", "body:org:Foreign Ministry<Foreign Ministry>",
        "body:person:Wang Wenbin<Wang Wenbin>", "body:org:State Department<State Department>",
        "body:org:NATO<NATO>"),
        found(null, "China's Foreign Ministry Spokesperson Wang Wenbin rejected the State Department "
            + "statement and criticised NATO."));
  }

  @Test
  void aSingleWordIsAPersonOnlyWhenItSpeaksOrCompletesANameAndSentenceStartsAreNotNames() {
    assertEquals(List.of("body:person:Qin<Qin>", "body:place:United States<US>"),
        found(null, "Qin told his US counterpart in a phone call to respect core concerns. Officials said little. "
            + "Meanwhile the officials waited."));
    // "Officials" and "Meanwhile" start sentences and are written lower-case elsewhere; "Tuesday" is a day.
    assertEquals(List.of(), found(null, "Officials met on Tuesday. Meanwhile, officials and others met again."));
  }

  @Test
  void theHeadlineIsReadForTheBodysNamesAndKnownOnesNotForItsCapitals() {
    List<String> found = found("Blinken's Talks in Beijing Echo Xi Jinping's Unity Call",
        "Secretary of State Antony Blinken met Xi Jinping in Beijing.");
    assertEquals(List.of("title:person:Antony Blinken<Blinken>", "title:place:Beijing<Beijing>",
        "title:person:Xi Jinping<Xi Jinping>"), found.subList(0, 3));
    assertEquals(6, found.size());
  }

  @Test
  void aHeadingInTheBodyIsReadLikeAHeadlineAndQuotedMentionsAreMarked() {
    List<EntityFinder.Mention> found = FINDER.find(null, "Senator John Smith criticised the plan on Monday.\n"
        + "Smith Slams Plan As Critics Gather Outside Statehouse\n"
        + "“Washington has failed us,” Smith said. Critics say the plan slams the door on them; they gather "
        + "outside the statehouse every week.");
    assertEquals(List.of("John Smith", "John Smith", "Washington", "John Smith"),
        found.stream().map(EntityFinder.Mention::name).toList());
    assertTrue(found.get(2).quoted());
    assertFalse(found.get(3).quoted());
  }

  @Test
  void titleCaseIsTheSentenceOfCapitalisedLongWordsOnly() {
    java.util.Set<String> lowerCase = java.util.Set.of("sends", "tensions", "amid", "meets");
    assertTrue(EntityFinder.isTitleCase("US Sends Antony Blinken to China Amid Tensions", lowerCase));
    assertFalse(EntityFinder.isTitleCase("U.S. Secretary of State Antony Blinken meets with Chinese President Xi",
        lowerCase));
    assertFalse(EntityFinder.isTitleCase("Secretary Antony Blinken Met Chinese President Xi Jinping", lowerCase));
  }
}
