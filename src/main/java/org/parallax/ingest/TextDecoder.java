package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a raw text file. Strict UTF-8 (a byte-order mark is dropped); bytes that are not
 * UTF-8 are never replaced with U+FFFD: the file is rejected with the offset of the first bad byte.
 * Charset detection for other encodings belongs here.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** The decoded text, or throws {@link CharacterCodingException} with the bad byte's offset. */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new CharacterCodingException() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
          return "not valid UTF-8 at byte " + in.position();
        }
      };
    }
  }
}
