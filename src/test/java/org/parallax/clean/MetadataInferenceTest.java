package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataInferenceTest {
  private static MetadataInference.Inferred seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("sample/seeds"))) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return MetadataInference.infer(TextCleaner.clean(EncodingRepair.repair(Files.readString(p)).text()), null);
    }
  }

  @Test
  void almasirahFromItsCopyrightLine() throws IOException {
    MetadataInference.Inferred m = seed("000");
    assertEquals("Almasirah", m.outlet());
    assertEquals("copyright line: copyright by Almasirah 2024 ©", m.outletEvidence());
    assertNull(m.title());
  }

  @Test
  void apDatelineGivesPlaceAndAgency() throws IOException {
    MetadataInference.Inferred m = seed("003");
    assertEquals("AP", m.agency());
    assertEquals("TAIPEI, Taiwan", m.datelinePlace());
    assertNull(m.outlet());
  }

  @Test
  void republishedCopyGivesSiteDateAndTitle() throws IOException {
    MetadataInference.Inferred m = seed("002");
    assertEquals("ProsperityStream Academy", m.outlet());
    assertEquals(Instant.parse("2025-04-12T03:02:51Z"), m.publishedAt());
    assertEquals("Date:2025-04-12 03:02:51", m.dateEvidence());
    assertEquals("Beijing", m.datelinePlace());
    assertNull(m.agency());
    assertTrue(m.title().startsWith("In Beijing, Blinken and Xi stress need"), m.title());
  }

  @Test
  void blogTitleIsItsFirstHeadline() throws IOException {
    assertEquals("Blinken’s Talks in Beijing Echo Xi Jinping’s Unity Call", seed("004").title());
  }

  @Test
  void republishAndOriginalDatesAreBothKept() {
    MetadataInference.Inferred m = MetadataInference.infer(
        "Updated: 2025-04-12\nOriginally published: April 26, 2024\nThe body of the story goes here.", null);
    assertEquals(Instant.parse("2025-04-12T00:00:00Z"), m.publishedAt());
    assertEquals(Instant.parse("2024-04-26T00:00:00Z"), m.originalPublishedAt());
  }

  @Test
  void outletFromTheUrlWhenTheTextSaysNothing() {
    assertEquals("apnews.com", MetadataInference.infer("Some text.", "https://www.apnews.com/article/x").outlet());
  }

  @Test
  void titleIsTheHeadlineBeforeTheBodyNotTheNavigationBlurbOrDateAboveIt() {
    String page = String.join("\n",
        "Home | World | Politics | Business | Tech",
        "Daily Courier is an independent news organisation covering politics, business and culture worldwide.",
        "Home » World » Asia",
        "Lindsay Lohan Checks Into Court-Ordered Rehab",
        "May 02, 2013",
        "Lindsay Lohan's lawyer says the actress checked into rehab on Thursday, but the facility was not named.",
        "Attorney Mark Jay Heller told the judge that Lohan had checked in to a facility the court had not approved.");
    assertEquals("Lindsay Lohan Checks Into Court-Ordered Rehab", MetadataInference.infer(page, null).title());
  }

  @Test
  void noTitleWhenTheBodyComesFirst() {
    String page = "The president and the speaker met Sunday afternoon at the White House for the first time in weeks.\n"
        + "Both sides were tightlipped about the surprise Sunday afternoon meeting, each releasing one statement.\n"
        + "Obama Taunts Republicans for Ignoring Jobs Bill";
    assertNull(MetadataInference.infer(page, null).title());
  }
}
