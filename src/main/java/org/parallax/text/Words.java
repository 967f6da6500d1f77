package org.parallax.text;

/**
 * The words of a text: the matches of {@link #PATTERN} ({@code [\p{L}\p{N}]+(?:[.\-][\p{L}\p{N}]+)*}: letters or
 * digits, joined by inner dots or hyphens, as in "U.S." and "five-and-a-half"), left to right, exactly as {@code
 * Matcher.find()} finds them, in one pass over the characters with no matcher state. Tokens for the features,
 * content words for every sentence: this runs over the whole corpus several times.
 */
public final class Words {
  /** The pattern {@link #find} matches (tests compare the two). */
  public static final String PATTERN = "[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*";

  /** Receives each word as its character range. */
  @FunctionalInterface
  public interface Sink {
    void word(int start, int end);
  }

  private Words() {}

  /** Calls {@code sink} with the start and end of every word of {@code s}, in order. */
  public static void find(CharSequence s, Sink sink) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(s, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i = run(s, i + Character.charCount(cp), n);
      while (i + 1 < n) { // an inner dot or hyphen followed by more letters or digits
        char c = s.charAt(i);
        if (c != '.' && c != '-') {
          break;
        }
        int next = Character.codePointAt(s, i + 1);
        if (!isWordChar(next)) {
          break;
        }
        i = run(s, i + 1 + Character.charCount(next), n);
      }
      sink.word(start, i);
    }
  }

  /** True when {@code s} holds a letter ({@code \p{L}}). */
  public static boolean hasLetter(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static int run(CharSequence s, int from, int n) {
    int i = from;
    while (i < n) {
      int cp = Character.codePointAt(s, i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code [\p{L}\p{N}]}: a letter (Unicode L) or a number (Nd, Nl, No). */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      int lower = cp | 0x20;
      return (lower >= 'a' && lower <= 'z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
