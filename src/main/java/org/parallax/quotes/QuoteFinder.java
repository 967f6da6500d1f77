package org.parallax.quotes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.Words;

/**
 * Finds who says what in an article's text, by rules (no model): quotations in marks, each <em>direct</em> (a
 * speaker's own words set apart: after a colon, at a paragraph's or sentence's start, or next to a reporting
 * verb) or <em>partial</em> (a few quoted words inside the outlet's own sentence: called it "a disgrace"); and
 * <em>indirect</em> speech with no marks ("X said that ...", "according to X, ..."). Each gets its cue (the
 * reporting verb), its speaker as written next to the cue, with offsets, and the speaker resolved to the fullest
 * name the article gives it ("Mr. Steele" is "Michael Steele"; "he" is the nearest named speaker before). A
 * direct quotation with no cue of its own continues the previous one's speaker when it follows it within a
 * paragraph.
 */
public final class QuoteFinder implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String DIRECT = "direct";
  public static final String PARTIAL = "partial";
  public static final String INDIRECT = "indirect";

  /** Shortest direct quotation, in words: one or two quoted words are a phrase, not a statement. */
  private final int minDirectWords;
  /** Shortest clause reported as indirect speech, in words. */
  private final int minIndirectWords;
  /** How far before a quotation a cue is looked for, in characters. */
  private static final int CUE_WINDOW = 160;

  /**
   * One quotation. [start, end) is its span in the text (marks included for a quotation in marks); {@code text}
   * the words quoted (without marks); {@code cue}, {@code speakerText} and their offsets are null/-1 when none
   * was found; {@code speaker} is the resolved name (or the speaker as written when it cannot be resolved).
   */
  public record Quote(int start, int end, String text, String kind, int words, int paragraphs, String cue,
      int cueStart, int cueEnd, String speakerText, int speakerStart, int speakerEnd, String speaker) {}

  private record Attribution(String cue, int cueStart, int cueEnd, String speaker, int speakerStart, int speakerEnd) {
    static final Attribution NONE = new Attribution(null, -1, -1, null, -1, -1);

    /** A cue at {@code cueStart} and the speaker matched at {@code at}, trimmed to the name it ends in. */
    static Attribution of(String cue, int cueStart, String matched, int at) {
      int[] span = speakerSpan(matched);
      return new Attribution(cue, cueStart, cueStart + cue.length(), matched.substring(span[0], span[1]),
          at + span[0], at + span[1]);
    }
  }

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*[\u201C\"\u201E\u00AB]?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\u201C\"])");
  private static final Pattern TRAILING_NAME = Pattern.compile("(?:^|\\s)(" + Speech.NAME + ")$");

  /**
   * The part of a matched speaker that names it: without trailing punctuation, and only the name when a
   * lower-case description comes first ("spokesman John Kirby" is John Kirby).
   */
  static int[] speakerSpan(String matched) {
    int from = 0;
    int to = matched.length();
    while (from < to && Character.isWhitespace(matched.charAt(from))) {
      from++;
    }
    while (to > from && (Character.isWhitespace(matched.charAt(to - 1)) || ",;:".indexOf(matched.charAt(to - 1)) >= 0
        || matched.charAt(to - 1) == '.' && !(to - from >= 2 && Character.isUpperCase(matched.charAt(to - 2))
            && (to - from == 2 || !Character.isLetter(matched.charAt(to - 3)))))) {
      to--;
    }
    if (from < to && Character.isLowerCase(matched.charAt(from))) {
      Matcher m = TRAILING_NAME.matcher(matched.substring(from, to));
      if (m.find() && m.start(1) > 0) {
        from += m.start(1);
      }
    }
    return new int[] {from, to};
  }

  /** The job's settings (quotes section). */
  public QuoteFinder(org.parallax.config.ParallaxConfig.Quotes config) {
    this(config.minDirectWords, config.minIndirectWords);
  }

  public QuoteFinder(int minDirectWords, int minIndirectWords) {
    this.minDirectWords = minDirectWords;
    this.minIndirectWords = minIndirectWords;
  }

  /** The quotations of {@code text} in order of their start (none for null or blank text). */
  public List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Names names = new Names(text);
    Quote previous = null;
    for (QuoteMarks.Span s : QuoteMarks.find(text)) {
      String inner = text.substring(s.innerStart(), s.innerEnd());
      int words = countWords(inner);
      Attribution after = cueAfter(text, s);
      Attribution before = cueBefore(text, s);
      String kind = direct(text, s, inner, words, before, after) ? DIRECT : PARTIAL;
      Attribution a = after.speaker() != null ? after : before;
      if (a.speaker() == null && kind.equals(DIRECT) && previous != null
          && paragraphsBetween(text, previous.end(), s.start()) <= 1) {
        a = new Attribution(previous.cue(), previous.cueStart(), previous.cueEnd(), previous.speakerText(),
            previous.speakerStart(), previous.speakerEnd());
      }
      String resolved = a.speaker() == null ? null : names.resolve(a.speaker(), a.speakerStart(), out);
      Quote q = new Quote(s.start(), s.end(), clean(inner), kind, words, s.paragraphs(), a.cue(), a.cueStart(),
          a.cueEnd(), a.speaker(), a.speakerStart(), a.speakerEnd(), resolved);
      out.add(q);
      if (q.speakerText() != null) {
        previous = q;
      }
    }
    List<Quote> indirect = indirect(text, out, names);
    // A partial quotation inside indirect speech is the same speaker's: "Sanders said his staff "did the wrong thing"".
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      if (q.speakerText() == null) {
        for (Quote r : indirect) {
          if (r.start() <= q.start() && q.end() <= r.end() + 1) {
            out.set(i, new Quote(q.start(), q.end(), q.text(), q.kind(), q.words(), q.paragraphs(), r.cue(),
                r.cueStart(), r.cueEnd(), r.speakerText(), r.speakerStart(), r.speakerEnd(), r.speaker()));
          }
        }
      }
    }
    out.addAll(indirect);
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return out;
  }

  /**
   * Whether a quotation in marks is a speaker's own statement rather than a phrase in the outlet's sentence:
   * three or more words, set apart from the sentence around it (a paragraph's or sentence's start, a colon, a
   * parenthesis or a dash before it; a comma only when a cue precedes it or the quotation is a capitalised,
   * punctuated sentence), or introduced by a reporting verb.
   */
  private boolean direct(String text, QuoteMarks.Span s, String inner, int words, Attribution before,
      Attribution after) {
    if (words < minDirectWords) {
      return false;
    }
    String trimmed = inner.strip();
    boolean upper = !trimmed.isEmpty() && (Character.isUpperCase(trimmed.codePointAt(0))
        || !Character.isLetter(trimmed.codePointAt(0)));
    char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
    boolean punctuated = ".,?!\u2026-\u2014:;".indexOf(last) >= 0;
    int p = s.start() - 1;
    while (p >= 0 && text.charAt(p) != '\n' && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    char prev = p < 0 ? '\n' : text.charAt(p);
    boolean cueJustBefore = Speech.cueWord(text, s.start() - 40, s.start(), true) >= 0
        && Speech.CUE_JUST_BEFORE.matcher(text.substring(Math.max(0, s.start() - 40), s.start())).find();
    boolean cueBefore = before.cue() != null && before.cueEnd() <= s.start() || cueJustBefore;
    switch (prev) {
      case '\n', ':', '(', '\u2014', '\u2013', '-', '[' -> {
        return upper || punctuated;
      }
      case '.', '?', '!', '\u2026' -> {
        return punctuated || words >= 8;
      }
      case ',' -> {
        return cueBefore || punctuated && after.cue() != null;
      }
      default -> {
        if (Character.isLetterOrDigit(prev)) {
          return cueJustBefore && upper;
        }
        return upper && punctuated;
      }
    }
  }

  /** The cue and speaker written right after a quotation, in its sentence: ", he said", ", said Trump". */
  private static Attribution cueAfter(String text, QuoteMarks.Span s) {
    int to = lineEnd(text, s.end());
    String tail = text.substring(s.end(), Math.min(to, s.end() + 120));
    Matcher m = Speech.SPEAKER_CUE_AFTER.matcher(tail);
    if (m.find() && !followsOtherClause(tail, m.start(1))) {
      return Attribution.of(m.group(2), s.end() + m.start(2), m.group(1), s.end() + m.start(1));
    }
    m = Speech.CUE_SPEAKER_AFTER.matcher(tail);
    if (m.find()) {
      return Attribution.of(m.group(1), s.end() + m.start(1), m.group(2), s.end() + m.start(2));
    }
    m = Speech.DASH_NAME_AFTER.matcher(tail);
    if (m.find()) {
      return Attribution.of(m.group(1), s.end() + m.start(1), m.group(2), s.end() + m.start(2));
    }
    return Attribution.NONE;
  }

  private static boolean followsOtherClause(String tail, int speakerAt) {
    return tail.substring(0, speakerAt).chars().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * The cue and speaker written before a quotation: "Trump said:", "He added, ", or, for a quotation that
   * opens a paragraph, at the end of the paragraph before ("Cruz continued:").
   */
  private static Attribution cueBefore(String text, QuoteMarks.Span s) {
    int from = lineStart(text, s.start());
    int window = Math.max(from, s.start() - CUE_WINDOW);
    String head = text.substring(window, s.start());
    if (head.isBlank() && from > 1) {
      int prevEnd = from - 1;
      while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
        prevEnd--;
      }
      if (prevEnd > 0 && text.charAt(prevEnd - 1) == ':') {
        window = Math.max(lineStart(text, prevEnd), prevEnd - CUE_WINDOW);
        head = text.substring(window, prevEnd);
      }
    }
    // Only the sentence the quotation sits in: cut at the last sentence end or closing mark before it.
    int cut = Math.max(Math.max(end(head, ". "), end(head, "? ")), Math.max(end(head, "! "),
        Math.max(end(head, "\u201D"), end(head, "\" "))));
    int offset = window + cut;
    head = head.substring(cut);
    int cue = Speech.cueWord(head, 0, head.length(), true);
    Matcher m = Speech.ACCORDING_TO_BEFORE.matcher(head);
    if (cue >= 0 && head.contains("ccording to") && m.find()) {
      return Attribution.of(m.group(1), offset + m.start(1), m.group(2), offset + m.start(2));
    }
    m = Speech.near(Speech.SPEAKER_CUE_BEFORE, head, cue);
    if (m != null) {
      return Attribution.of(m.group(2), offset + m.start(2), m.group(1), offset + m.start(1));
    }
    // The sentence before, in the same paragraph, ends in a speaker and a cue ("..., Jordan said Monday.").
    int lineFrom = lineStart(text, s.start());
    int prevFrom = Math.max(lineFrom, s.start() - CUE_WINDOW);
    String previous = text.substring(prevFrom, s.start());
    int mark = Math.max(end(previous, "\u201D"), end(previous, "\""));
    String sentence = previous.substring(mark);
    cue = Speech.cueWord(sentence, 0, sentence.length(), true);
    m = Speech.near(Speech.SPEAKER_CUE_SENTENCE_BEFORE, sentence, cue);
    if (m != null) {
      int at = prevFrom + mark;
      return Attribution.of(m.group(2), at + m.start(2), m.group(1), at + m.start(1));
    }
    return Attribution.NONE;
  }

  /** Where the last {@code mark} in {@code s} ends (0 when there is none). */
  private static int end(String s, String mark) {
    int i = s.lastIndexOf(mark);
    return i < 0 ? 0 : i + mark.length();
  }

  /** Indirect speech in the sentences outside direct quotations. */
  private List<Quote> indirect(String text, List<Quote> marked, Names names) {
    List<Quote> out = new ArrayList<>();
    for (int[] sentence : sentences(text)) {
      int from = sentence[0];
      int to = sentence[1];
      if (overlapsDirect(marked, from, to)) {
        continue;
      }
      String s = text.substring(from, to);
      List<Integer> cues = Speech.cueWords(s, 0, s.length());
      if (cues.isEmpty()) {
        continue; // no cue word: no indirect speech (most sentences; the patterns are not run)
      }
      Matcher m = Speech.ACCORDING_TO.matcher(s);
      if (s.contains("ccording to") && m.find()) {
        int clauseStart = m.end();
        if (m.start(1) <= 1 && countWords(s.substring(clauseStart)) >= minIndirectWords) {
          out.add(indirectQuote(text, from + clauseStart, to,
              Attribution.of(m.group(1), from + m.start(1), m.group(2), from + m.start(2)), names, out));
          continue;
        }
      }
      m = null;
      for (int c = 0; c < cues.size() && m == null; c++) {
        m = Speech.near(Speech.SPEAKER_CUE_THAT, s, cues.get(c));
      }
      if (m != null && countWords(s.substring(m.end())) >= minIndirectWords
          && !startsWithMark(s, m.end())) {
        out.add(indirectQuote(text, from + m.end(), to,
            Attribution.of(m.group(2), from + m.start(2), m.group(1), from + m.start(1)), names, out));
        continue;
      }
      int lastCue = cues.get(cues.size() - 1);
      int comma = s.lastIndexOf(',', lastCue);
      m = Speech.CLAUSE_SPEAKER_CUE.matcher(s);
      if (comma >= 0 && m.region(comma, s.length()).lookingAt() && countWords(s.substring(0, m.start())) >= minIndirectWords && !startsWithMark(s, 0)) {
        out.add(indirectQuote(text, from, from + m.start(),
            Attribution.of(m.group(2), from + m.start(2), m.group(1), from + m.start(1)), names, out));
      }
    }
    return out;
  }

  private static boolean startsWithMark(String s, int at) {
    return at < s.length() && QuoteMarks.openerLength(s, at) > 0;
  }

  private static Quote indirectQuote(String text, int start, int end, Attribution a, Names names,
      List<Quote> earlier) {
    while (end > start && ".!?;, ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String content = text.substring(start, end);
    return new Quote(start, end, content, INDIRECT, countWords(content), 1, a.cue(), a.cueStart(), a.cueEnd(),
        a.speaker(), a.speakerStart(), a.speakerEnd(), names.resolve(a.speaker(), a.speakerStart(), earlier));
  }

  private static boolean overlapsDirect(List<Quote> marked, int from, int to) {
    for (Quote q : marked) {
      if (q.kind().equals(DIRECT) && q.start() < to && q.end() > from) {
        return true;
      }
    }
    return false;
  }

  /** Sentences: each line split at ". ", "? " and "! " followed by a capital (a rough cut for indirect speech). */
  private static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      Matcher m = SENTENCE_END.matcher(text).region(lineStart, lineEnd);
      int from = lineStart;
      while (m.find()) {
        if (!abbreviationBefore(text, m.start())) {
          out.add(new int[] {from, m.start()});
          from = m.end();
        }
      }
      if (from < lineEnd) {
        out.add(new int[] {from, lineEnd});
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static boolean abbreviationBefore(String text, int at) {
    int i = at - 1;
    int wordEnd = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    String w = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
    return w.length() <= 1 || Speech.TITLES.contains(w) || w.equals("st") || w.equals("jr") || w.equals("no");
  }

  private static String clean(String inner) {
    return SPACES.matcher(PARAGRAPH_BREAK.matcher(inner).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** Words of {@code s}; a possessive or contraction ("China's", "don't") is one word. */
  static int countWords(String s) {
    int[] n = {0};
    Words.find(s, (a, b) -> {
      if (a == 0 || s.charAt(a - 1) != '\'' && s.charAt(a - 1) != '\u2019') {
        n[0]++;
      }
    });
    return n[0];
  }

  private static int paragraphsBetween(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' && (i + 1 >= to || text.charAt(i + 1) != '\n')) {
        n++;
      }
    }
    return n;
  }

  private static int lineStart(String text, int at) {
    int nl = text.lastIndexOf('\n', at - 1);
    return nl + 1;
  }

  private static int lineEnd(String text, int at) {
    int nl = text.indexOf('\n', at);
    return nl < 0 ? text.length() : nl;
  }
}
