package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesUtf8AndDropsTheBom() throws Exception {
    byte[] text = "\uFEFF中国 “quoted”".getBytes(StandardCharsets.UTF_8);
    assertEquals("中国 “quoted”", TextDecoder.decode(text));
  }

  @Test
  void invalidBytesAreReportedNotReplaced() {
    byte[] cp1252 = "caf\u00e9 au lait".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    CharacterCodingException e = assertThrows(CharacterCodingException.class, () -> TextDecoder.decode(cp1252));
    assertEquals("not valid UTF-8 at byte 3", e.getMessage());
  }
}
