package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of reported speech: the verbs that introduce a quotation ("said", "told", "tweeted", "according
 * to"), the pronouns that stand for a speaker, the titles written before a name, and the patterns that find a
 * speaker next to a cue before or after a quotation.
 */
final class Speech {
  private Speech() {}

  /** Reporting verbs, every form a news sentence uses them in. */
  static final String CUE_VERBS = "said|says|say|saying|told|tells|tell|telling|added|adds|adding|asked|asks|asking"
      + "|wrote|writes|write|writing|written|tweeted|tweets|posted|posts|continued|continues|replied|replies"
      + "|responded|responds|declared|declares|explained|explains|recalled|recalls|stated|states|noted|notes"
      + "|concluded|concludes|reported|reports|warned|warns|admitted|admits|argued|argues|insisted|insists"
      + "|claimed|claims|acknowledged|acknowledges|announced|announces|observed|observes|remarked|remarks"
      + "|emphasized|emphasised|stressed|suggested|suggests|countered|counters|complained|complains|joked|jokes"
      + "|quipped|quips|predicted|predicts|promised|promises|vowed|vows|urged|urges|conceded|concedes|boasted"
      + "|charged|contended|cautioned|reiterated|recounted|shouted|yelled|chanted|answered|answers|assured"
      + "|pointed out|went on|shot back|fired back|wondered|mused|lamented|confirmed|confirms|denied|denies"
      + "|testified|told reporters|read|reads|proclaimed|exclaimed|whispered|screamed|thundered|scoffed|sniffed"
      + "|agreed|agrees|allowed|offered|put it|puts it|confessed|confesses|recounts|mentioned|mentions|texted"
      + "|emailed|e-mailed|goes on to say|went on to say|go on to say|goes on|tweeting|posting|retorted|chimed in"
      + "|summed up|sums up|blasted|slammed|snapped|bragged|insist|argue|claim|warn|note|add|continue|ask";

  /** Pronouns that stand for a speaker. */
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");

  /** Words written before a name that are not part of it ("Mr. Trump" is Trump). */
  static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative",
      "gov", "governor", "president", "vice", "pres", "prime", "minister", "secretary", "gen", "general", "rev",
      "judge", "justice", "mayor", "speaker", "leader", "chairman", "chairwoman", "sir", "lady", "lord", "prof",
      "professor", "former", "state", "attorney", "candidate", "lt", "col", "capt", "sgt", "adm", "king", "queen",
      "prince", "pope", "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "sheriff", "chief",
      "director", "commissioner", "councilman", "councilwoman", "congressman", "congresswoman", "majority",
      "minority", "house", "senate", "democratic", "republican", "gop", "u.s", "us", "foreign", "white", "press");

  /** A capitalised name: words that start with a capital, joined by spaces, particles, initials or hyphens. */
  static final String NAME = "(?:[A-Z][\\p{L}'\u2019.\\-]*|[A-Z]\\.)(?:[ \u00A0]+(?:(?:de|del|van|von|bin|al|da|la|le|di|du)[ \u00A0]+)?"
      + "(?:[A-Z][\\p{L}'\u2019.\\-]*|[A-Z]\\.))*";
  /**
   * A speaker: a name, a pronoun, a name after a lower-case description ("spokesman John Kirby"), or a short
   * noun phrase ("the campaign", "a spokesman for the governor").
   */
  static final String SPEAKER = "(?:" + NAME + "|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t"
      + "|(?:[a-z][\\p{L}'\u2019\\-]*\\s+){1,4}?" + NAME
      + "|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)(?:\\s+[\\p{L}'\u2019\\-]+){1,5}?)";
  /** A name's apposition: ", the party's chairman," between a speaker and the cue. */
  static final String APPOSITION = "(?:\\s*\\([^()\\n]{1,25}\\))?(?:,[^,\u201C\u201D\"\n]{2,110},)?";
  /** Where a speaker written after the cue ends: punctuation, a preposition or the line's end. */
  static final String SPEAKER_END = "(?=\\s*[,.;:!?()\u2014]|\\s+(?:who|whose|of|in|at|on|after|before|during|as|to|from"
      + "|about|when|while|with|and|but|referring|adding|according|told|tells)\\b|\\s*$)";
  private static final String ADVERB = "(?:\\s+(?:also|later|then|once|previously|recently|simply|again|further"
      + "|[a-z]+ly))?";

  /** After a closing mark: ", he said", "— Trump told reporters", ", said Sen. Warren", ", according to X". */
  static final Pattern SPEAKER_CUE_AFTER = Pattern.compile("^[\\s,\u2014\u2013\\-]*(" + SPEAKER + ")" + APPOSITION
      + ADVERB + "\\s+((?i:" + CUE_VERBS + "))\\b");
  static final Pattern CUE_SPEAKER_AFTER = Pattern.compile("^[\\s,\u2014\u2013\\-]*(" + CUE_VERBS + "|according to)"
      + "\\s+(" + SPEAKER + ")" + SPEAKER_END);

  /** A name signed after a quotation with a dash: "” ― Sonya Herridge". */
  static final Pattern DASH_NAME_AFTER = Pattern.compile("^\\s*([\u2015\u2014\u2013]|--)\\s*(" + NAME + ")" + SPEAKER_END);
  /**
   * The sentence before a quotation ends in its speaker and cue, "... Chief Chuck Jordan said Monday.": the
   * quotation goes on in that speaker's voice.
   */
  static final Pattern SPEAKER_CUE_SENTENCE_BEFORE = Pattern.compile("(?:^|[\\s(])(" + SPEAKER + ")" + APPOSITION
      + ADVERB + "\\s+(" + CUE_VERBS + ")\\b[^.!?\u201C\u201D\"]{0,50}[.!?]\\s*$");

  /** Before an opening mark: "Trump said:", "He added,", "Cruz told the crowd:", "According to X,". */
  static final Pattern SPEAKER_CUE_BEFORE = Pattern.compile("(?:^|[\\s(\u201C\"])(" + SPEAKER + ")" + APPOSITION + ADVERB
      + "\\s+(" + CUE_VERBS + ")\\b[^.!?\u201C\u201D\"]{0,60}?[,:]?\\s*$");
  /** A cue that ends the text before a quotation: "..., saying, ", "... and added:". */
  static final Pattern CUE_JUST_BEFORE = Pattern.compile("\\b(?:" + CUE_VERBS + ")\\s*[,:]?\\s*$");
  static final Pattern ACCORDING_TO_BEFORE = Pattern.compile("\\b([Aa]ccording to)\\s+(" + NAME
      + "|the [\\p{L}\\s]{1,40}?)\\s*,\\s*$");

  /** Indirect speech: "X said (that) ...", with the clause's words after the cue. */
  static final Pattern SPEAKER_CUE_THAT = Pattern.compile("(?:^|[\\s(])(" + SPEAKER + ")" + ADVERB + "\\s+("
      + "said|says|told(?=[\\p{L}.'\u2019 ]{1,40}? that\\s)|argued|argues|claimed|claims|insisted|insists|warned"
      + "|warns|added|adds|noted|notes|stated|states|explained|explains|acknowledged|acknowledges|admitted|admits|suggested"
      + "|suggests|predicted|predicts|announced|announces|believes|believed|thinks|thought|contended|contends"
      + "|maintained|maintains|asserted|asserts|reported|reports|wrote|writes|testified|conceded|concedes"
      + "|promised|promises|vowed|vows|denied|denies|confirmed|confirms|estimated|estimates)"
      + "(?:\\s+[\\p{L}.'\u2019 ]{1,40}?(?=\\sthat\\s))?\\s+(?:that\\s+)?"
      + "(?=[\\p{L}\\d\u201C\"])");
  static final Pattern ACCORDING_TO = Pattern.compile("(?:^|[\\s(])([Aa]ccording to)\\s+(" + NAME
      + "|(?:the|a|an|his|her|their)(?:\\s+[\\p{L}'\u2019\\-]+){1,5}?)\\s*,\\s*");
  static final Pattern CLAUSE_SPEAKER_CUE = Pattern.compile(",\\s*(" + SPEAKER + ")" + ADVERB
      + "\\s+(said|says|added|adds|argued|argues|claimed|claims|insisted|warned|noted|explained|wrote|writes"
      + "|told [\\p{L}\\s]{1,30}?|reported|reports)\\s*\\.?\\s*$");

  /**
   * The first word of every cue (reporting verbs, the verbs of indirect speech, "according"): a sentence without
   * one of them cannot hold a cue, and the patterns are run only near one.
   */
  static final Set<String> CUE_WORDS = cueWords();

  private static Set<String> cueWords() {
    Set<String> words = new java.util.HashSet<>();
    String indirect = SPEAKER_CUE_THAT.pattern() + "|" + CLAUSE_SPEAKER_CUE.pattern() + "|" + CUE_VERBS;
    Matcher m = Pattern.compile("(?<=[|(])([a-z]+)").matcher(indirect);
    while (m.find()) {
      words.add(m.group(1));
    }
    words.add("according");
    return Set.copyOf(words);
  }

  /** Where the first (or, with {@code last}, the last) cue word of s[from, to) starts; -1 when there is none. */
  static int cueWord(String s, int from, int to, boolean last) {
    List<Integer> all = cueWords(s, from, to);
    return all.isEmpty() ? -1 : all.get(last ? all.size() - 1 : 0);
  }

  /** Where each cue word of s[from, to) starts, in order. */
  static List<Integer> cueWords(String s, int from, int to) {
    List<Integer> found = new ArrayList<>();
    int lo = Math.max(0, from);
    org.parallax.text.Words.find(s.subSequence(lo, Math.min(s.length(), to)), (a, b) -> {
      if (b - a >= 3 && b - a <= 12 && CUE_WORDS.contains(s.substring(lo + a, lo + b).toLowerCase(Locale.ROOT))) {
        found.add(lo + a);
      }
    });
    return found;
  }

  /**
   * The leftmost match of {@code p} that starts at a word start (with the white space or parenthesis before it)
   * within 250 characters before {@code cue} (a cue word's start: the speaker comes before it), or null. Each
   * candidate is tried anchored ({@code lookingAt}), so a long text is not scanned position by position.
   */
  static Matcher near(Pattern p, String s, int cue) {
    if (cue < 0) {
      return null;
    }
    Matcher m = p.matcher(s);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int from = Math.max(0, cue - 120);
    for (int i = from; i <= cue; i++) {
      boolean start = i == 0 || (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')
          && !Character.isWhitespace(s.charAt(i));
      if (start && m.region(Math.max(0, i - 1), s.length()).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");

  static boolean isPronoun(String speaker) {
    return PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
  }

  /** Whether the speaker as written is a name (every word capitalised; at least one not a title). */
  static boolean isName(String speaker) {
    if (speaker.isEmpty() || !Character.isUpperCase(speaker.charAt(0)) || isPronoun(speaker)) {
      return false;
    }
    for (String w : speaker.split("\\s+")) {
      String key = TRAILING_STOP.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      if (!TITLES.contains(key) && !key.equals("the")) {
        return !Set.of("the", "a", "an", "his", "her", "their").contains(speaker.split("\\s+")[0]
            .toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }
}
