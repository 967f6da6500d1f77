package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void utf8WithABomKeepsItsMeaning() {
    byte[] text = "\uFEFF中国 “quoted”".getBytes(StandardCharsets.UTF_8);
    assertEquals(new TextDecoder.Decoded("中国 “quoted”", "UTF-8"), TextDecoder.decode(text));
  }

  @Test
  void genuineChineseUtf8PassesThrough() {
    String zh = "美国国务卿布林肯周五在北京会见了中国国家主席习近平，双方讨论了台湾、贸易和芬太尼问题。";
    assertEquals(zh, TextDecoder.decode(zh.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void windows1252FileIsDecodedNotReplaced() {
    String text = "Caf\u00e9 owners in Zaragoza said the “new rules” would cost \u20ac40 a day \u2014 "
        + "and na\u00efve tourists wouldn\u2019t notice.";
    TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
    assertEquals(text, d.text());
    assertEquals("windows-1252", d.charset());
  }

  @Test
  void gb18030FileIsDetected() {
    String zh = "美国国务卿布林肯周五在北京会见了中国国家主席习近平，双方讨论了台湾、贸易和芬太尼问题。"
        + "王毅表示，中美关系开始企稳，但负面因素仍在增加。";
    TextDecoder.Decoded d = TextDecoder.decode(zh.getBytes(Charset.forName("GB18030")));
    assertEquals(zh, d.text());
    assertEquals("GB18030", d.charset());
  }

  @Test
  void utf16WithBomIsDecoded() {
    byte[] b = "\uFEFFBlinken in Beijing".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Blinken in Beijing", TextDecoder.decode(b).text());
  }
}
