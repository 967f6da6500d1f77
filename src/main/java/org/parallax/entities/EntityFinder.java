package org.parallax.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.quotes.Names;
import org.parallax.quotes.QuoteMarks;
import org.parallax.sentences.SentenceSplitter;
import org.parallax.text.Words;

/**
 * The people, organisations and places an article names, by rules and a list of known names (no model):
 * capitalised word sequences ("Secretary of State Antony Blinken", "Ministry of Foreign Affairs"), split at
 * possessives and at words that are not names (days, months, nationalities), a sentence's first word dropped
 * when the article also writes it lower-case. Then, in order: a known name ({@link KnownNames}) has its kind;
 * a name with an organisation word ("Committee", "Ministry") is an organisation, and so is an acronym; a name
 * after a title ("President", "Mr.") is a person, and so is any other sequence of two or more names; a single
 * word is the person whose name in the article ends or starts with it ("Blinken", "Xi"), or, titled elsewhere,
 * a person itself, and is otherwise left out. A person's name is the fullest the article gives ("Mr. Steele" is
 * Michael Steele). The headline is read for the names the body gives and the known ones, since headlines
 * capitalise every word.
 */
public final class EntityFinder implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String PERSON = "person";
  public static final String ORG = "org";
  public static final String PLACE = "place";
  public static final String TITLE = "title";
  public static final String BODY = "body";

  /** Words on a capitalised sequence that make it an organisation. */
  static final Set<String> ORG_WORDS = Set.of("ministry", "department", "committee", "council", "commission",
      "agency", "bureau", "administration", "office", "court", "party", "union", "association", "institute",
      "university", "college", "school", "foundation", "fund", "bank", "company", "corporation", "corp", "inc",
      "group", "campaign", "senate", "congress", "parliament", "assembly", "government", "army", "navy", "force",
      "forces", "police", "guard", "service", "board", "authority", "organization", "organisation", "network",
      "news", "times", "post", "journal", "press", "television", "radio", "church", "hospital", "center",
      "centre", "club", "league", "federation", "alliance", "coalition", "movement", "caucus", "cabinet",
      "embassy", "consulate", "commerce", "reserve", "exchange", "airlines", "motors", "systems", "technologies",
      "labs", "media", "project", "society", "academy", "tribunal", "chamber", "ministries", "departments");
  /** Words naming an office after a title and "of" ("Secretary of Commerce Gina Raimondo"): part of the title. */
  static final Set<String> OFFICE_WORDS = Set.of("affairs", "commerce", "defense", "defence", "health", "treasury",
      "education", "justice", "interior", "energy", "labor", "labour", "transportation", "agriculture", "finance",
      "trade", "homeland", "security", "national", "staff", "veterans", "housing", "transport", "economy");
  /** Titles and roles before a name besides the speakers' ones ({@link Names#isTitle}). */
  static final Set<String> MORE_TITLES = Set.of("adviser", "advisor", "aide", "counsel", "nominee", "correspondent",
      "analyst", "anchor", "host", "executive", "officer", "deputy", "assistant", "commander", "coach", "founder",
      "strategist", "envoy", "negotiator", "official", "officials", "economist", "lawyer", "attorney", "activist",
      "premier", "chair", "treasurer", "whip", "dean", "bishop", "cardinal", "rabbi", "imam", "agent", "detective",
      "sergeant", "private", "captain", "colonel", "lieutenant", "major", "admiral", "marshal", "ceo",
      "cfo", "coo", "cto", "chairperson", "counselor", "superintendent", "principal", "prosecutor", "defendant",
      "plaintiff", "justice", "magistrate", "comptroller", "auditor", "secretary-general", "president-elect");

  /** Words on a capitalised sequence that make it a place. */
  static final Set<String> PLACE_WORDS = Set.of("county", "province", "island", "islands", "river", "lake",
      "mountains", "mountain", "ocean", "sea", "bay", "valley", "peninsula", "strait", "canal", "desert", "coast",
      "region", "district", "territory", "avenue", "square", "park", "bridge", "airport", "city", "village", "hall", "palace", "capitol");
  /** Capitalised words that never name an entity here: days, months, nationalities, pronouns. */
  static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "i", "american", "americans", "chinese", "russian", "russians", "british", "european", "europeans",
      "ukrainian", "ukrainians", "israeli", "israelis", "palestinian", "palestinians", "iranian", "iraqi", "syrian",
      "afghan", "korean", "japanese", "indian", "german", "french", "mexican", "canadian", "african", "asian",
      "muslim", "muslims", "christian", "christians", "jewish", "arab", "western", "republican", "democratic",
      "democrat", "conservative", "liberal", "english", "spanish", "latino", "latinos", "hispanic", "black",
      "white", "northern", "southern", "eastern", "taiwanese", "turkish", "saudi", "pakistani", "cuban", "soviet",
      "covid", "covid-19", "coronavirus", "internet", "god", "ap", "photo", "video", "advertisement", "related",
      "read", "more", "click", "here", "update", "updated", "breaking", "opinion", "editor's", "note", "tv",
      "ceo", "gop's", "ok", "am", "pm", "a.m", "p.m");
  /** Lower-case words a name may carry inside ("Bank of America", "Ludwig van Beethoven"). */
  private static final String PARTICLE = "(?:of the|of|for|de|del|van|von|bin|al|da|la|le|di|du)";
  private static final String CAPITALISED = "(?:[A-Z][\\p{L}\\p{N}'\u2019.\\-]*|[A-Z]\\.)";
  private static final Pattern SEQUENCE = Pattern.compile(CAPITALISED + "(?:[ \u00A0]+(?:" + PARTICLE
      + "[ \u00A0]+)?" + CAPITALISED + ")*");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final int MAX_KNOWN_WORDS = 6;
  /** Function words ("The", "But", "It"), capitalised at a sentence's start: Spark's English stop list. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      org.apache.spark.ml.feature.StopWordsRemover.loadDefaultStopWords("english"));
  /** A speech verb right after a name: the name is a person's ("Qin said"). */
  private static final Pattern SPEAKS = Pattern.compile("\\s+(?:said|says|told|tells|added|adds|stated|noted|asked"
      + "|wrote|tweeted|argued|insisted|warned|explained|urged|stressed|replied|responded)\\b");
  /** Words that make a capitalised sequence an event, a law or a period, none of the kinds here. */
  static final Set<String> EVENT_WORDS = Set.of("summit", "conference", "forum", "war", "act", "bill", "agreement",
      "accord", "treaty", "olympics", "games", "award", "prize", "cup", "championship", "election", "elections",
      "primary", "debate", "day", "week", "festival", "plan", "program", "programme", "initiative", "doctrine");

  /** A mention: where it is (part, sentence, offsets into the title or text), as written, and the entity. */
  public record Mention(String part, int sentence, int sentenceStart, int sentenceEnd, int start, int end,
      String written, String name, String kind, boolean quoted) {}

  private record Token(String word, int start, int end) {
    String lower() {
      return word.toLowerCase(Locale.ROOT);
    }
  }

  /** A candidate before the article pass: its name (titles left off), kind (null when not yet known). */
  private record Candidate(int sentence, int start, int end, List<String> words, String kind, boolean titled,
      String knownName) {}

  private final KnownNames known;
  private final SentenceSplitter splitter;

  public EntityFinder(KnownNames known) {
    this.known = known;
    this.splitter = new SentenceSplitter(Set.of());
  }

  /** The mentions of the article's headline, then of its body, in order. */
  public List<Mention> find(String title, String text) {
    List<Mention> out = new ArrayList<>();
    List<SentenceSplitter.Sentence> body = text == null ? List.of() : splitter.split(text);
    List<Mention> inBody = body(text, body);
    if (title != null && !title.isBlank()) {
      out.addAll(title(title, inBody));
    }
    out.addAll(inBody);
    return out;
  }

  private List<Mention> body(String text, List<SentenceSplitter.Sentence> sentences) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    Set<String> lowerCase = lowerCaseWords(text);
    List<Candidate> candidates = new ArrayList<>();
    List<Integer> titleCase = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      SentenceSplitter.Sentence sentence = sentences.get(s);
      if (isTitleCase(sentence.text(), lowerCase)) {
        titleCase.add(s); // a heading or a link: read as a headline is, below
        continue;
      }
      Matcher m = SEQUENCE.matcher(sentence.text());
      while (m.find()) {
        for (List<Token> part : parts(tokens(m.group(), sentence.start() + m.start()))) {
          boolean first = part.get(0).start() == firstWordStart(text, sentence);
          candidate(s, part, first, lowerCase, text, candidates);
        }
      }
    }
    // The article's people: multi-word names, and single ones a title introduces ("Mr. Trump").
    Map<List<String>, Integer> people = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
    Set<String> titledSingles = new HashSet<>();
    for (Candidate c : candidates) {
      if (PERSON.equals(c.kind())) {
        if (c.words().size() >= 2) {
          people.merge(c.words(), 1, Integer::sum);
        } else {
          titledSingles.add(c.words().get(0));
        }
      }
    }
    boolean[] quoted = quotedChars(text);
    List<Mention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      String kind = c.kind();
      String name;
      if (c.knownName() != null) {
        name = c.knownName();
      } else if (PERSON.equals(kind) || kind == null) {
        List<String> fullest = fullest(c.words(), people);
        if (kind == null && fullest == c.words() && !titledSingles.contains(c.words().get(0))) {
          continue; // a single capitalised word no person's name in the article carries
        }
        kind = PERSON;
        name = String.join(" ", fullest);
      } else {
        name = String.join(" ", c.words());
      }
      SentenceSplitter.Sentence sentence = sentences.get(c.sentence());
      out.add(new Mention(BODY, c.sentence(), sentence.start(), sentence.end(), c.start(), c.end(),
          text.substring(c.start(), c.end()), name, kind, quoted[c.start()]));
    }
    if (!titleCase.isEmpty()) {
      Map<String, Mention> forms = forms(out);
      for (int s : titleCase) {
        known(BODY, text, sentences, s, forms, quoted, out);
      }
      out.sort(java.util.Comparator.comparingInt(Mention::start));
    }
    return out;
  }

  /**
   * Whether a sentence is written in title case (a heading, a link's text): all its longer words (5 letters or
   * more) capitalised, and two or more of them, after the first, words the article writes lower-case elsewhere
   * ("Sends", "Tensions"). A sentence of names ("Antony Blinken met Xi Jinping") is not.
   */
  static boolean isTitleCase(String sentence, Set<String> lowerCase) {
    int[] words = {0, 0, 0};
    Words.find(sentence, (a, b) -> {
      if (b - a >= 5 && Character.isLetter(sentence.charAt(a))) {
        words[0]++;
        boolean capital = Character.isUpperCase(sentence.charAt(a));
        words[1] += capital ? 1 : 0;
        words[2] += capital && a > 0 && lowerCase.contains(sentence.substring(a, b).toLowerCase(Locale.ROOT)) ? 1 : 0;
      }
    });
    return words[0] >= 3 && words[1] == words[0] && words[2] >= 2;
  }

  /** Sorts one capitalised sequence (titles, known names, kind words) into a candidate, or none. */
  private void candidate(int sentence, List<Token> part, boolean sentenceStart, Set<String> lowerCase, String text,
      List<Candidate> out) {
    int from = 0;
    while (from < part.size() && (from == 0 && sentenceStart && lowerCase.contains(part.get(0).lower())
        && !(part.size() > 1 && isTitle(part.get(0).lower()))
        || part.get(from).lower().equals("the")
        || FUNCTION_WORDS.contains(part.get(from).lower()) && !isAcronym(part.get(from).word()))) {
      from++;
    }
    List<Token> words = part.subList(from, part.size());
    if (words.isEmpty()) {
      return;
    }
    for (String w : names(words)) {
      if (EVENT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return; // "G20 Summit", "Affordable Care Act": not a person, organisation or place
      }
    }
    // A known name, or an organisation's after other names ("US State Department": the US, the State Department).
    for (int i = 0; i < words.size() && words.size() - i <= MAX_KNOWN_WORDS; i++) {
      KnownNames.Known k = known.find(joined(words.subList(i, words.size())));
      if (k != null && (i == 0 || ORG.equals(k.kind()))) {
        if (i > 0) {
          candidate(sentence, words.subList(0, i), false, lowerCase, text, out);
        }
        out.add(new Candidate(sentence, words.get(i).start(), last(words).end(), names(words.subList(i,
            words.size())), k.kind(), false, k.name()));
        return;
      }
    }
    // A person "of" a known place ("Rick Perry of Texas"): two names, unless an organisation's ("Bank of America").
    for (int j = 1; j < words.size() - 1; j++) {
      if (words.get(j).lower().equals("of") && known.find(joined(words.subList(j + 1, words.size()))) != null
          && words.subList(0, j).stream().noneMatch(t -> ORG_WORDS.contains(t.lower()))) {
        candidate(sentence, words.subList(0, j), false, lowerCase, text, out);
        candidate(sentence, words.subList(j + 1, words.size()), false, lowerCase, text, out);
        return;
      }
    }
    if (words.size() >= 2 && ORG_WORDS.contains(last(words).lower())) {
      out.add(new Candidate(sentence, words.get(0).start(), last(words).end(), names(words), ORG, false, null));
      return; // "Foreign Ministry", "National Security Council"
    }
    // Titles before the name: "U.S. Secretary of State Antony Blinken" is Antony Blinken (and the U.S.).
    int lastTitle = -1;
    for (int i = 0; i < words.size() - 1; i++) {
      String w = words.get(i).lower();
      if (isTitle(w) || lastTitle >= 0 && lastTitle == i - 1 && isParticle(w)
          || lastTitle >= 0 && lastTitle == i - 1 && OFFICE_WORDS.contains(w)) {
        lastTitle = i;
      }
    }
    while (lastTitle >= 0 && isParticle(words.get(lastTitle).lower())) {
      lastTitle--;
    }
    // Before the titles, a known name or an organisation's ("Foreign Ministry Spokesperson Wang Wenbin").
    for (int n = Math.min(MAX_KNOWN_WORDS, lastTitle + 1); n >= 1; n--) {
      List<Token> before = words.subList(0, n);
      KnownNames.Known k = known.find(joined(before));
      if (k != null || n >= 2 && ORG_WORDS.contains(last(before).lower())) {
        out.add(new Candidate(sentence, words.get(0).start(), last(before).end(), names(before),
            k != null ? k.kind() : ORG, false, k != null ? k.name() : null));
        break;
      }
    }
    List<Token> rest = words.subList(lastTitle + 1, words.size());
    while (!rest.isEmpty() && isParticle(rest.get(0).lower())) {
      rest = rest.subList(1, rest.size());
    }
    if (rest.isEmpty()) {
      return;
    }
    List<String> name = names(rest);
    int start = rest.get(0).start();
    int end = last(rest).end();
    KnownNames.Known k = known.find(String.join(" ", name));
    if (k != null) {
      out.add(new Candidate(sentence, start, end, name, k.kind(), false, k.name()));
      return;
    }
    String kind = null;
    boolean org = false;
    boolean place = false;
    for (String w : name) {
      org |= ORG_WORDS.contains(w.toLowerCase(Locale.ROOT));
      place |= PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }
    if (org && name.size() == 1 && lastTitle < 0) {
      return; // "News", "Department" alone
    } else if (org) {
      kind = ORG;
    } else if (place && name.size() >= 2) {
      kind = PLACE;
    } else if (name.size() == 1 && isAcronym(name.get(0))) {
      kind = ORG;
    } else if (lastTitle >= 0 || SPEAKS.matcher(text).region(end, text.length()).lookingAt()) {
      kind = PERSON;
    } else if (name.size() >= 2) {
      for (String w : name) {
        if (w.length() >= 4 && lowerCase.contains(w.toLowerCase(Locale.ROOT))) {
          return; // "Key Concerns", "Sewer System Buckles": words the article writes lower-case, a heading's
        }
      }
      kind = PERSON;
    } else if (Names.isTitle(name.get(0)) || FUNCTION_WORDS.contains(name.get(0).toLowerCase(Locale.ROOT))) {
      return; // "President" alone
    }
    if (kind == null && name.size() == 1 && name.get(0).length() < 2) {
      return;
    }
    out.add(new Candidate(sentence, start, end, name, kind, lastTitle >= 0, null));
  }

  /** The headline's mentions: the names the body gives (any form of them) and known names, longest first. */
  private List<Mention> title(String title, List<Mention> body) {
    Map<String, Mention> forms = forms(body);
    List<Mention> out = new ArrayList<>();
    List<SentenceSplitter.Sentence> sentences = splitter.split(title);
    boolean[] quoted = quotedChars(title);
    for (int s = 0; s < sentences.size(); s++) {
      known(TITLE, title, sentences, s, forms, quoted, out);
    }
    return out;
  }

  /** The forms a headline may write the body's entities in: their names, as written, a person's last name. */
  private static Map<String, Mention> forms(List<Mention> body) {
    Map<String, Mention> forms = new HashMap<>();
    for (Mention m : body) {
      forms.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m);
      forms.putIfAbsent(String.join(" ", names(tokens(m.written(), 0))).toLowerCase(Locale.ROOT), m);
      if (PERSON.equals(m.kind())) {
        String[] w = m.name().split(" ");
        forms.putIfAbsent(w[w.length - 1].toLowerCase(Locale.ROOT), m);
        if (w.length == 2) {
          forms.putIfAbsent(w[0].toLowerCase(Locale.ROOT), m);
        }
      }
    }
    return forms;
  }

  /** The mentions of sentence {@code s}: capitalised words that are one of {@code forms} or a known name. */
  private void known(String part, String text, List<SentenceSplitter.Sentence> sentences, int s,
      Map<String, Mention> forms, boolean[] quoted, List<Mention> out) {
    SentenceSplitter.Sentence sentence = sentences.get(s);
    Matcher m = SEQUENCE.matcher(sentence.text());
    while (m.find()) {
      for (List<Token> run : parts(tokens(m.group(), sentence.start() + m.start()))) {
        int i = 0;
        while (i < run.size()) {
          int matched = 0;
          for (int n = Math.min(MAX_KNOWN_WORDS, run.size() - i); n >= 1 && matched == 0; n--) {
            List<Token> words = run.subList(i, i + n);
            String form = String.join(" ", names(words));
            Mention seen = forms.get(form.toLowerCase(Locale.ROOT));
            KnownNames.Known k = seen == null ? known.find(form) : null;
            if (seen != null || k != null) {
              int start = words.get(0).start();
              int end = last(words).end();
              out.add(new Mention(part, s, sentence.start(), sentence.end(), start, end, text.substring(start, end),
                  seen != null ? seen.name() : k.name(), seen != null ? seen.kind() : k.kind(), quoted[start]));
              matched = n;
            }
          }
          i += Math.max(1, matched);
        }
      }
    }
  }

  /**
   * The person's name in the article with these words at its end that the article writes most often, the longer
   * on a tie ("Blinken", "Antony Blinken"), or, for a single word no name ends in, the two-word name it starts
   * ("Xi" in "Xi Jinping"); the words themselves when there is none.
   */
  private static List<String> fullest(List<String> words, Map<List<String>, Integer> people) {
    List<String> best = words;
    int bestCount = people.getOrDefault(words, 0);
    for (Map.Entry<List<String>, Integer> e : people.entrySet()) {
      List<String> p = e.getKey();
      if (p.size() > words.size() && p.subList(p.size() - words.size(), p.size()).equals(words)
          && (e.getValue() > bestCount || e.getValue() == bestCount && p.size() > best.size())) {
        best = p;
        bestCount = e.getValue();
      }
    }
    if (best == words && words.size() == 1) {
      for (List<String> p : people.keySet()) {
        if (p.size() == 2 && p.get(0).equals(words.get(0))) {
          return p;
        }
      }
    }
    return best;
  }

  /** The tokens of a capitalised sequence, with offsets from {@code offset}. */
  private static List<Token> tokens(String sequence, int offset) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sequence);
    while (m.find()) {
      String w = m.group();
      int end = m.end();
      // A sentence's full stop is not part of the last name; the stops of "U.S." and an initial are.
      if (w.endsWith(".") && w.length() > 2 && w.indexOf('.') == w.length() - 1) {
        w = w.substring(0, w.length() - 1);
        end--;
      }
      while (w.endsWith("-")) {
        w = w.substring(0, w.length() - 1);
        end--;
      }
      if (!w.isEmpty()) {
        out.add(new Token(w, offset + m.start(), offset + end));
      }
    }
    return out;
  }

  /**
   * A sequence cut into the names it holds: at a possessive ("China's President Xi": China, President Xi, the
   * possessive left off) and at words that are not names ("Monday", "Chinese").
   */
  private static List<List<Token>> parts(List<Token> tokens) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : tokens) {
      if (NOT_NAMES.contains(t.lower())) {
        flush(current, out);
        continue;
      }
      Matcher p = POSSESSIVE.matcher(t.word());
      if (p.find() && t.word().length() > 2) {
        int cut = t.word().length() - (p.end() - p.start());
        current.add(new Token(t.word().substring(0, cut), t.start(), t.start() + cut));
        flush(current, out);
        continue;
      }
      current.add(t);
    }
    flush(current, out);
    return out;
  }

  private static void flush(List<Token> current, List<List<Token>> out) {
    while (!current.isEmpty() && isParticle(last(current).lower())) {
      current.remove(current.size() - 1);
    }
    if (!current.isEmpty()) {
      out.add(new ArrayList<>(current));
    }
    current.clear();
  }

  private static boolean isTitle(String w) {
    return Names.isTitle(w) || MORE_TITLES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  private static boolean isParticle(String w) {
    return switch (w) {
      case "of", "the", "for", "de", "del", "van", "von", "bin", "al", "da", "la", "le", "di", "du" -> true;
      default -> false;
    };
  }

  private static boolean isAcronym(String w) {
    String letters = w.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
  }

  private static List<String> names(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.word());
    }
    return out;
  }

  private static String joined(List<Token> tokens) {
    return String.join(" ", names(tokens));
  }

  private static Token last(List<Token> tokens) {
    return tokens.get(tokens.size() - 1);
  }

  private static int firstWordStart(String text, SentenceSplitter.Sentence s) {
    int i = s.start();
    while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The words the text writes lower-case somewhere: a capitalised one of them at a sentence's start is no name. */
  private static Set<String> lowerCaseWords(String text) {
    Set<String> out = new HashSet<>();
    Words.find(text, (a, b) -> {
      if (Character.isLowerCase(text.charAt(a))) {
        out.add(text.substring(a, b));
      }
    });
    return out;
  }

  /** Which characters are inside a quotation (the marks' inner spans). */
  private static boolean[] quotedChars(String text) {
    boolean[] q = new boolean[text.length() + 1];
    for (QuoteMarks.Span s : QuoteMarks.find(text)) {
      for (int i = s.innerStart(); i < s.innerEnd(); i++) {
        q[i] = true;
      }
    }
    return q;
  }
}
