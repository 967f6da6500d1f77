package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a raw text file without ever replacing a byte with U+FFFD: a byte-order mark
 * names the charset; else strict UTF-8; else the charset Mozilla's universal detector finds (GB18030,
 * Shift_JIS, KOI8-R, Windows-1252, ...), decoded strictly; else Windows-1252, else ISO-8859-1, which
 * map every byte to a character. The charset used is reported with the article.
 */
public final class TextDecoder {
  /** The text and the charset it was decoded with. */
  public record Decoded(String text, String charset) {}

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    String bom = UniversalDetector.detectCharsetFromBOM(bytes);
    if (bom != null && Charset.isSupported(bom)) {
      int skip = bom.startsWith("UTF-8") ? 3 : bom.startsWith("UTF-32") ? 4 : 2;
      String text = strict(bytes, skip, Charset.forName(bom));
      if (text != null) {
        return new Decoded(text, Charset.forName(bom).name());
      }
    }
    String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String detected = detector.getDetectedCharset();
    if (detected != null && Charset.isSupported(detected)) {
      String text = strict(bytes, 0, Charset.forName(detected));
      if (text != null) {
        return new Decoded(text, Charset.forName(detected).name());
      }
    }
    Charset cp1252 = Charset.forName("windows-1252");
    String text = strict(bytes, 0, cp1252);
    if (text != null) {
      return new Decoded(text, cp1252.name());
    }
    return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1.name());
  }

  private static String strict(byte[] bytes, int offset, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
