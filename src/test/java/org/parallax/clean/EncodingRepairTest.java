package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EncodingRepairTest {
  private static String misdecode(String s, String charset) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void seed003GbkMojibakeIsRepairedWithItsLostPunctuation() throws Exception {
    String raw = Files.readString(Path.of("sample/seeds/003_4a09b757ad9d92c4.txt"));
    EncodingRepair.Result r = EncodingRepair.repair(raw);
    assertFalse(r.text().contains("鈥"), r.text());
    assertTrue(r.text().contains("The diplomats “discussed the importance of maintaining"), r.text());
    assertTrue(r.text().startsWith("TAIPEI, Taiwan (AP) — U.S. Secretary of State"), r.text());
    assertTrue(r.text().contains("to avoid miscalculation and conflict,” according to"), r.text());
    assertTrue(r.text().contains("respect “China’s core concerns,”"), r.text());
    assertTrue(r.text().contains("the two sides’ responsibility"), r.text());
    assertTrue(r.text().contains("Russia’s invasion."), r.text());
    assertEquals(23, r.repairs(), "one repair per 鈥 in the file");
  }

  @Test
  void windows1252AndDoubleEncodingAreRepaired() {
    String once = "It’s a “test” — café, naïve, 5 €";
    assertEquals(once, EncodingRepair.repair(misdecode(once, "windows-1252")).text());
    assertEquals(once, EncodingRepair.repair(misdecode(misdecode(once, "windows-1252"), "windows-1252")).text());
    assertEquals("Zürich", EncodingRepair.repair(misdecode("Zürich", "ISO-8859-1")).text());
    assertEquals(once, EncodingRepair.repair(misdecode(once, "GB18030")).text(),
        "Java's GB18030 decoder turns swallowed bytes into U+FFFD");
  }

  @Test
  void genuineNonLatinAndAccentedTextIsLeftAlone() {
    String chinese = "美国国务卿布林肯周五在北京会见了中国国家主席习近平，双方讨论了台湾、贸易和芬太尼问题。";
    String russian = "Госсекретарь США Энтони Блинкен прибыл в Пекин, где встретился с Си Цзиньпином.";
    String french = "À Pékin, le secrétaire d’État a rencontré « le président Xi » — sans avancée.";
    String mixed = "Xi Jinping (习近平) met Antony Blinken in Beijing’s Great Hall.";
    for (String s : new String[] {chinese, russian, french, mixed}) {
      EncodingRepair.Result r = EncodingRepair.repair(s);
      assertEquals(s, r.text());
      assertEquals(0, r.repairs());
    }
  }

  @Test
  void onlyTheBrokenLinesOfAMixedTextChange() {
    String text = "习近平会见布林肯。\n" + misdecode("He said “no”.", "GBK") + "\nPlain line.";
    assertEquals("习近平会见布林肯。\nHe said “no”.\nPlain line.", EncodingRepair.repair(text).text());
  }
}
