package org.parallax.clean;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Undoes mojibake: UTF-8 text that was decoded as GBK/GB18030 ({@code 鈥渟top} for “stop), as
 * Windows-1252 or Latin-1 ({@code itâ€™s} for it’s), or encoded twice. Works line by line, in the
 * spirit of Python's ftfy: a line is re-encoded with the charset it was wrongly decoded with and
 * decoded again as strict UTF-8; the repair is kept only if every byte then decodes, so genuine
 * Chinese, Russian or accented Latin text (which does not survive that round trip) is left alone.
 *
 * <p>One loss is tolerated and mended: a GBK decoder swallows (or turns into U+FFFD) the third byte of
 * a UTF-8 punctuation mark (E2 80 xx) when the next byte cannot end a GBK pair (a space, a comma),
 * leaving {@code 鈥} before it. The lost mark is restored from context: a dash between spaces, a
 * closing quote when a quote is open, else an apostrophe (E2 82 xx and E2 84 xx become € and ™).
 * In Windows-1252 mojibake U+FFFD stands for the undefined byte 0x9D, the tail of ”.
 */
public final class EncodingRepair {
  /** The repaired text and the number of characters recovered. */
  public record Result(String text, int repairs) {}

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final int LOST = -1;
  private static final char PLACEHOLDER = '\uE000';
  private static final int MAX_PASSES = 3;

  private EncodingRepair() {}

  public static Result repair(String text) {
    if (text == null) {
      return new Result(null, 0);
    }
    StringBuilder out = new StringBuilder(text.length());
    int repairs = 0;
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        Result r = repairLine(line);
        if (r == null) {
          break;
        }
        line = r.text();
        repairs += r.repairs();
      }
      out.append(line);
      if (nl < 0) {
        break;
      }
      out.append('\n');
      start = nl + 1;
    }
    return new Result(out.toString(), repairs);
  }

  /** One repair of one line, or null when nothing applies. */
  static Result repairLine(String line) {
    if (line.isEmpty() || isAscii(line)) {
      return null;
    }
    if (hasHan(line)) {
      Result r = roundTrip(line, GBK, false);
      if (r != null) {
        return r;
      }
    }
    if (hasLatinMojibakeSignal(line)) {
      return roundTrip(line, CP1252, true);
    }
    return null;
  }

  private static Result roundTrip(String line, Charset wrong, boolean latin1Fallback) {
    int[] bytes = encode(line, wrong, latin1Fallback);
    if (bytes == null) {
      return null;
    }
    StringBuilder decoded = decodeUtf8(bytes);
    if (decoded == null || decoded.toString().equals(line)) {
      return null;
    }
    int recovered = 0;
    for (int i = 0; i < decoded.length(); i++) {
      if (decoded.charAt(i) > 0x7F) {
        recovered++;
      }
    }
    String fixed = restorePunctuation(decoded);
    if (hasHan(fixed) && countHan(fixed) >= countHan(line)) {
      return null; // not less Chinese than before: this was no mojibake
    }
    return new Result(fixed, recovered);
  }

  /** Bytes of the line in the wrong charset; U+FFFD (a byte the bad decoder dropped) becomes LOST. */
  private static int[] encode(String line, Charset charset, boolean latin1Fallback) {
    CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream buf = new ByteArrayOutputStream(line.length() * 2);
    int[] lostAt = new int[line.length() + 1];
    int lost = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\uFFFD') {
        if (latin1Fallback) {
          buf.write(0x9D); // the Windows-1252 byte decoders most often leave undefined: the tail of ”
        } else {
          lostAt[lost++] = buf.size();
        }
        continue;
      }
      if (Character.isSurrogate(c)) {
        return null;
      }
      if (c < 0x80) {
        buf.write(c);
        continue;
      }
      try {
        ByteBuffer b = enc.encode(CharBuffer.wrap(new char[] {c}));
        buf.write(b.array(), b.position(), b.remaining());
      } catch (java.nio.charset.CharacterCodingException e) {
        if (latin1Fallback && c <= 0xFF) {
          buf.write(c); // C1 controls and bytes Windows-1252 leaves undefined
        } else {
          return null;
        }
      }
    }
    byte[] raw = buf.toByteArray();
    int[] out = new int[raw.length + lost];
    int j = 0;
    int k = 0;
    for (int i = 0; i <= raw.length; i++) {
      while (k < lost && lostAt[k] == i) {
        out[j++] = LOST;
        k++;
      }
      if (i < raw.length) {
        out[j++] = raw[i] & 0xFF;
      }
    }
    return out;
  }

  /** Strict UTF-8, except that E2 80 followed by a lost or non-continuation byte yields PLACEHOLDER. */
  private static StringBuilder decodeUtf8(int[] b) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int c = b[i];
      if (c == LOST) {
        return null;
      }
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int n;
      int cp;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        cp = c & 0x1F;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        cp = c & 0x0F;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        cp = c & 0x07;
      } else {
        return null;
      }
      if (c == 0xE2 && i + 1 < b.length && (b[i + 1] == 0x80 || b[i + 1] == 0x82 || b[i + 1] == 0x84)
          && (i + 2 >= b.length || b[i + 2] == LOST || (b[i + 2] & 0xC0) != 0x80)) {
        // E2 80 xx: punctuation, chosen from context; E2 82 xx: the euro sign; E2 84 xx: the trade mark.
        sb.append(b[i + 1] == 0x80 ? PLACEHOLDER : b[i + 1] == 0x82 ? '\u20AC' : '\u2122');
        i += 2;
        if (i < b.length && b[i] == LOST) {
          i++;
        }
        continue;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || b[i + k] == LOST || (b[i + k] & 0xC0) != 0x80) {
          return null;
        }
        cp = (cp << 6) | (b[i + k] & 0x3F);
      }
      if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return null;
      }
      sb.appendCodePoint(cp);
      i += n + 1;
    }
    return sb;
  }

  /** Replaces each PLACEHOLDER with the punctuation mark its context makes most likely. */
  private static String restorePunctuation(StringBuilder s) {
    int openQuotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201C') {
        openQuotes++;
      } else if (c == '\u201D') {
        openQuotes = Math.max(0, openQuotes - 1);
      } else if (c == PLACEHOLDER) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1));
        boolean spaceAfter = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
        char mark;
        if (spaceBefore && spaceAfter) {
          mark = '\u2014';
        } else if (spaceBefore) {
          mark = '\u201C';
          openQuotes++;
        } else if (openQuotes > 0) {
          mark = '\u201D';
          openQuotes--;
        } else {
          mark = '\u2019';
        }
        s.setCharAt(i, mark);
      }
    }
    return s.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasHan(String s) {
    return countHan(s) > 0;
  }

  private static int countHan(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        n++;
      }
    }
    return n;
  }

  /** Â, Ã or â followed by a character that Windows-1252 puts in the 0x80-0xBF range. */
  private static boolean hasLatinMojibakeSignal(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00C2' || c == '\u00C3' || c == '\u00E2' || c == '\u00C5' || c == '\u00C4') {
        char d = s.charAt(i + 1);
        if ((d >= 0x80 && d <= 0xBF) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\uFFFD".indexOf(d) >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
