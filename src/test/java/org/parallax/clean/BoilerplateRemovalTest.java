package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.junit.jupiter.api.Test;

/** The seeds' chrome goes, their bodies stay: the expectations of issue 3, without any sidecar. */
class BoilerplateRemovalTest {
  private static final Set<String> STOP = new HashSet<>(List.of(StopWordsRemover.loadDefaultStopWords("english")));

  private static BoilerplateRemoval.Result seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("sample/seeds"))) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      String text = TextCleaner.clean(EncodingRepair.repair(Files.readString(p)).text());
      return BoilerplateRemoval.apply(text, Set.of(), STOP);
    }
  }

  @Test
  void almasirahLosesItsBlurbAtBothEndsAndTheCopyrightLine() throws IOException {
    BoilerplateRemoval.Result r = seed("000");
    assertTrue(r.text().startsWith("Qin told his US counterpart"), r.text());
    assertTrue(r.text().endsWith("shot down by the American military."), r.text());
    assertFalse(r.text().contains("English version of Almasirah"));
    assertFalse(r.text().contains("copyright"));
    assertEquals(2, r.removed(BoilerplateRemoval.Kind.REPEATED));
  }

  @Test
  void aggregatorKeepsBlinkensQuotesAndLosesEveryTeaser() throws IOException {
    BoilerplateRemoval.Result r = seed("001");
    assertTrue(r.text().contains("“We are committed to maintaining and strengthening lines of communication"));
    assertTrue(r.text().contains("to end its dangerous behavior and engage in dialogue.”"));
    assertTrue(r.text().contains("State Department spokesperson Matthew Miller said in a statement."));
    assertFalse(r.text().contains("Read more"), r.text());
    assertFalse(r.text().contains("Yair Lapid"));
    assertFalse(r.text().contains("accept Beijing's rise"));
    assertEquals(12, r.removed(BoilerplateRemoval.Kind.LINK_LIST));
  }

  @Test
  void republishedCopyKeepsItsBodyAndLosesBreadcrumbAndHeadlineLists() throws IOException {
    BoilerplateRemoval.Result r = seed("002");
    assertTrue(r.text().contains("Beijing — U.S. Secretary of State Antony Blinken met Friday with Chinese President"));
    assertTrue(r.text().endsWith("Russian President Vladimir Putin announced he would visit China in May."), r.text());
    for (String chrome : List.of("Current:Home >", "Scoot flight", "Usher concert", "Love Island", "Wally Amos",
        "Concorde", "groundhog", "Theodore Roosevelt", "Related", "Ranking", "Recommendation", "veryGood",
        "- Fentanyl", "Tiny piece of technology")) {
      assertFalse(r.text().contains(chrome), chrome);
    }
    assertEquals(1, r.removed(BoilerplateRemoval.Kind.BREADCRUMB));
  }

  @Test
  void apAndTheBlogKeepEveryLine() throws IOException {
    for (String prefix : List.of("003", "004")) {
      BoilerplateRemoval.Result r = seed(prefix);
      assertEquals(0, java.util.Arrays.stream(r.removed()).sum(), prefix + ": " + r.lineKinds());
    }
  }

  @Test
  void linesRecurringAcrossTheOutletAreRemoved() {
    String text = "Subscribe to our newsletter for the latest updates from our newsroom every morning.\n"
        + "The council voted on Tuesday to close the library, citing a budget gap of two million dollars "
        + "that the mayor said could not be bridged without cuts to other services in the city.";
    BoilerplateRemoval.Result r = BoilerplateRemoval.apply(text,
        Set.of(BoilerplateRemoval.fingerprint("Subscribe  to our newsletter for the latest updates from our newsroom "
            + "every morning.")), STOP);
    assertTrue(r.text().startsWith("The council voted"), r.text());
    assertEquals(1, r.removed(BoilerplateRemoval.Kind.REPEATED));
  }

  @Test
  void aShortArticleWithoutLongParagraphsIsNotEmptied() {
    String text = "Markets fell sharply on Monday.\nThe index lost three percent.\nTraders blamed rates.";
    assertEquals(text, BoilerplateRemoval.apply(text, Set.of(), STOP).text());
  }

  @Test
  void shortProseParagraphsBetweenLinkListsAreBodyAndTheHeadlineStays() {
    String text = String.join("\n",
        "Home » Politics » Congress",
        "Obama, Boehner meet on fiscal crisis for first time in weeks",
        "President Obama was heading to Detroit Monday afternoon to continue campaigning for tax hikes on top "
            + "earners, a day after a face-to-face meeting with House Speaker John Boehner that offered slight hope.",
        "Obama Taunts Republicans for Ignoring Jobs Bill",
        "See more",
        "Court Rules Against Union Dues",
        "See more",
        "His campaign-style visit to Detroit, though, threatens to muddy the waters on talks.",
        "Democratic Illinois Sen. Dick Durbin countered that Obama \"is a phone call away and you know it.\"",
        "Storm Batters the Coast",
        "See more");
    BoilerplateRemoval.Result r = BoilerplateRemoval.apply(text,
        "Obama, Boehner meet on fiscal crisis for first time in weeks", Set.of(), STOP);
    assertTrue(r.text().startsWith("Obama, Boehner meet on fiscal crisis"), r.text());
    assertTrue(r.text().contains("His campaign-style visit to Detroit"), r.text());
    assertTrue(r.text().endsWith("is a phone call away and you know it.\""), r.text());
    assertFalse(r.text().contains("See more") || r.text().contains("Taunts") || r.text().contains("Storm"), r.text());
  }

  /** Lines are counted across an outlet by fingerprint: the same normalised form gives the same one, another form
   * another (checked over every pair of 3,000 short random lines, where forms often coincide). */
  @Test
  void fingerprintsAreThoseOfTheNormalisedForm() {
    assertEquals(0, BoilerplateRemoval.fingerprint(" \t\u2003 "));
    assertEquals(BoilerplateRemoval.fingerprint("Read more: 12 Photos"), BoilerplateRemoval.fingerprint(" read  MORE: 99 photos"));
    char[] alphabet = {' ', '\t', 'a', 'A', 'b', '1', '7', '\u00C9', '\u00E9', '\u0663', '\u3000', '.'};
    java.util.Random random = new java.util.Random(5);
    java.util.Map<String, Long> byForm = new java.util.HashMap<>();
    java.util.Map<Long, String> byPrint = new java.util.HashMap<>();
    for (int run = 0; run < 3000; run++) {
      StringBuilder line = new StringBuilder();
      for (int i = random.nextInt(9); i > 0; i--) {
        line.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String form = BoilerplateRemoval.normalise(line.toString());
      long print = BoilerplateRemoval.fingerprint(line.toString());
      assertEquals(form.isEmpty(), print == 0, "'" + line + "'");
      assertEquals(byForm.computeIfAbsent(form, f -> print), print, "'" + line + "'");
      assertEquals(byPrint.computeIfAbsent(print, p -> form), form, "'" + line + "'");
    }
    assertTrue(byForm.size() > 1000, "distinct forms: " + byForm.size());
  }
}
