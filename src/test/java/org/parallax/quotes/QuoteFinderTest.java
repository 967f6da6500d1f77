package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder(3, 4);

  private static QuoteFinder.Quote only(List<QuoteFinder.Quote> quotes, String kind, String startsWith) {
    List<QuoteFinder.Quote> hits = quotes.stream()
        .filter(q -> q.kind().equals(kind) && q.text().startsWith(startsWith)).toList();
    assertEquals(1, hits.size(), () -> "one " + kind + " quotation starting '" + startsWith + "' in " + quotes);
    return hits.get(0);
  }

  @Test
  void directQuotationsGetTheirCueAndSpeakerBeforeOrAfterAndOffsetsCoverTheMarks() {
    String text = "WASHINGTON — Secretary of State Antony Blinken spoke to reporters on Friday.\n\n"
        + "“We are committed to maintaining lines of communication,” Blinken said.\n\n"
        + "Chinese Foreign Minister Wang Yi told him: \"The relationship is beginning to stabilize.\"\n\n"
        + "''It's a very difficult problem,'' said Sen. Bob Menendez, the committee's chairman.";
    List<QuoteFinder.Quote> quotes = finder.find(text);
    QuoteFinder.Quote blinken = only(quotes, "direct", "We are committed");
    assertEquals("We are committed to maintaining lines of communication,", blinken.text());
    assertEquals("said", blinken.cue());
    assertEquals("Blinken", blinken.speakerText());
    assertEquals("Antony Blinken", blinken.speaker(), "resolved to the fullest name the article gives");
    assertEquals(text.indexOf('“'), blinken.start());
    assertEquals(text.indexOf('”') + 1, blinken.end());
    assertEquals("Blinken", text.substring(blinken.speakerStart(), blinken.speakerEnd()));
    assertEquals("said", text.substring(blinken.cueStart(), blinken.cueEnd()));

    QuoteFinder.Quote wang = only(quotes, "direct", "The relationship");
    assertEquals("told", wang.cue());
    assertEquals("Wang Yi", wang.speaker());

    QuoteFinder.Quote menendez = only(quotes, "direct", "It's a very difficult");
    assertEquals("Sen. Bob Menendez", menendez.speakerText());
    assertEquals("Bob Menendez", menendez.speaker(), "the title is not part of the name");
  }

  @Test
  void aQuotedPhraseInsideTheOutletsOwnSentenceIsPartialAndScareQuotesAreTooShortToBeDirect() {
    String text = "President Joe Biden has called for “guardrails” to prevent the competition from spiraling.\n\n"
        + "Chinese President Xi Jinping has decried what he sees as the “comprehensive containment and suppression” "
        + "of his country by the U.S.";
    List<QuoteFinder.Quote> quotes = finder.find(text);
    assertEquals(2, quotes.stream().filter(q -> q.kind().equals("partial")).count(), quotes::toString);
    assertTrue(quotes.stream().noneMatch(q -> q.kind().equals("direct")), quotes::toString);
  }

  @Test
  void aQuotationOverSeveralParagraphsIsOneAndAnUnattributedOneContinuesThePreviousSpeaker() {
    String text = "Qin Gang said the two sides should work together.\n\n"
        + "“I hope that the US side will take practical actions to implement the consensus,\n\n"
        + "“and respect China's core concerns,” Qin said.\n\n"
        + "“We will watch what it does.”\n\n"
        + "Analysts were not convinced.";
    List<QuoteFinder.Quote> quotes = finder.find(text);
    QuoteFinder.Quote long1 = only(quotes, "direct", "I hope");
    assertEquals(2, long1.paragraphs());
    assertEquals("I hope that the US side will take practical actions to implement the consensus, and respect "
        + "China's core concerns,", long1.text());
    assertEquals("Qin Gang", long1.speaker());
    QuoteFinder.Quote next = only(quotes, "direct", "We will watch");
    assertEquals("Qin", next.speakerText(), "the speaker of the quotation just before, a paragraph up");
    assertEquals("Qin Gang", next.speaker());
  }

  @Test
  void aFamilyNameWrittenFirstResolvesToTheFullNameButAnOrganisationNamedAfterAPersonDoesNot() {
    String text = "Qin Gang met Blinken at the Clinton Foundation.\n\n\"We must respect each other,\" Qin said.\n\n"
        + "\"We are proud of the work,\" Clinton said.";
    List<QuoteFinder.Quote> quotes = finder.find(text);
    assertEquals("Qin Gang", only(quotes, "direct", "We must").speaker());
    assertEquals("Clinton", only(quotes, "direct", "We are proud").speaker());
  }

  @Test
  void pronounsResolveToTheNearestNamedSpeakerAndIndirectSpeechIsFound() {
    String text = "“The talks were candid,” Wang Yi said after the meeting. He added, “Both sides must show "
        + "sincerity.”\n\n"
        + "The State Department said that Blinken raised concerns about Taiwan and the South China Sea.\n\n"
        + "According to a readout of the call, the diplomats discussed open lines of communication.";
    List<QuoteFinder.Quote> quotes = finder.find(text);
    QuoteFinder.Quote added = only(quotes, "direct", "Both sides");
    assertEquals("He", added.speakerText());
    assertEquals("Wang Yi", added.speaker());
    QuoteFinder.Quote state = only(quotes, "indirect", "Blinken raised");
    assertEquals("The State Department", state.speakerText());
    assertEquals("said", state.cue());
    assertEquals("Blinken raised concerns about Taiwan and the South China Sea", state.text());
    QuoteFinder.Quote readout = only(quotes, "indirect", "the diplomats");
    assertEquals("According to", readout.cue());
    assertEquals("a readout of the call", readout.speakerText());
  }

  @Test
  void aPartialQuotationInsideIndirectSpeechIsThatSpeakers() {
    String text = "At the debate, Sanders said his staff “did the wrong thing” by looking at Clinton's data.";
    QuoteFinder.Quote partial = only(finder.find(text), "partial", "did the wrong");
    assertEquals("Sanders", partial.speakerText());
  }

  @Test
  void straightCurlyAndMisencodedMarksAndNoQuoteAtAll() {
    assertEquals(1, finder.find("\"I never said that. Okay?\" Trump told CNN.").size());
    assertEquals("”Fear. I am truly afraid of what comes next.”".length(),
        only(finder.find("”Fear. I am truly afraid of what comes next.” ― Karen Bobadilla."), "direct", "Fear")
            .end());
    assertEquals("Karen Bobadilla",
        only(finder.find("”Fear. I am truly afraid of what comes next.” ― Karen Bobadilla."), "direct", "Fear")
            .speaker());
    assertEquals(List.of(), finder.find("The senator's aide didn't comment on the bill's prospects."));
    assertEquals(List.of(), finder.find(null));
    QuoteFinder.Quote unknown = only(finder.find("Crowds chanted outside.\n\n“Lock her up! Lock her up!”"),
        "direct", "Lock");
    assertNull(unknown.speaker(), "no cue and no speaker before: unknown, not guessed");
  }

  @Test
  void speakerKeysGroupNameVariantsAndLeavePronounsOut() {
    assertEquals("steele", Names.key("Michael Steele"));
    assertEquals("steele", Names.key("Mr. Steele"));
    assertEquals("xi", Names.key("President Xi"));
    assertEquals("yi", Names.key("Chinese Foreign Minister Wang Yi"));
    assertEquals("White House", String.join(" ", Names.core("the White House")), "a name of titles is kept");
    assertEquals("the state department", Names.key("the State Department"));
    assertNull(Names.key("he"));
    assertNull(Names.key(null));
  }
}
