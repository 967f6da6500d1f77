package org.parallax.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.ingest.Dates;

/**
 * Infers metadata that an article's input lacks, from its own text, each value with the evidence it
 * came from: outlet (a copyright line, a page title's "- Site Name" suffix, or the URL's host), the
 * publication date (a labelled date line such as {@code Date:}, {@code Published}, {@code Updated};
 * an "originally published" date is kept apart), the dateline place and wire agency ({@code TAIPEI,
 * Taiwan (AP) —}), and the title (the first headline-like line before the body). Input metadata
 * always wins; this only fills gaps.
 */
public final class MetadataInference {
  /** Inferred values; null where nothing was found. Evidence strings quote the text they came from. */
  public record Inferred(String outlet, String outletEvidence, Instant publishedAt, Instant originalPublishedAt,
      String dateEvidence, String datelinePlace, String agency, String title) {}

  private static final int HEAD_BLOCKS = 6;
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)^(?:copyright|©|\\(c\\))\\s*(?:©|\\(c\\))?\\s*(?:by\\s+)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s+)?"
          + "(?<name>[\\p{Lu}][\\p{L}\\p{N}&.' -]{1,50}?)\\s*(?:\\d{4})?\\s*(?:©|\\.|,|all rights reserved.*)?\\s*$");
  private static final Pattern TITLE_SUFFIX = Pattern.compile(
      "\\s[-|–—]\\s?(?<name>\\p{Lu}[\\p{L}\\p{N}&.' ]{2,40}?)\\s*$");
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^(?<label>date|published|posted|updated|last updated|first published|originally published|"
          + "publication date)\\s*(?:on)?\\s*[:：]?\\s*(?<value>.{6,40})$");
  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>\\p{Lu}[\\p{L}.' -]{1,30}(?:,\\s*\\p{Lu}[\\p{L}.' -]{1,30}){0,2}?)\\s*"
          + "(?:\\((?<agency>[\\p{Lu}][\\p{L}]{1,12})\\))?\\s*(?:—|–|--| - )\\s*\\S");
  private static final List<DateTimeFormatter> WORDY = List.of(
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH));

  private static final Pattern TWO_SENTENCES = Pattern.compile("\\.\\s+\\p{Lu}");
  private static final Pattern PROSE = Pattern.compile(".{80,}[.!?\"”’]");
  private static final Pattern NAVIGATION = Pattern.compile("(\\s[|·/]\\s.*){2}|\\s[>›»]\\s");

  private MetadataInference() {}

  public static Inferred infer(String text, String url) {
    String[] lines = text.strip().split("\n+");
    String outlet = null;
    String outletEvidence = null;
    for (int i = lines.length - 1; i >= 0 && outlet == null; i--) {
      Matcher m = COPYRIGHT.matcher(lines[i].strip());
      if (m.matches()) {
        outlet = m.group("name").strip();
        outletEvidence = "copyright line: " + lines[i].strip();
      }
    }
    String title = title(lines);
    for (int i = 0; i < Math.min(HEAD_BLOCKS, lines.length); i++) {
      String l = lines[i].strip();
      if (outlet == null && l.contains(" > ")) {
        Matcher m = TITLE_SUFFIX.matcher(l);
        if (m.find()) {
          outlet = m.group("name").strip();
          outletEvidence = "page title suffix: " + l;
        }
      }
    }
    if (outlet == null && url != null) {
      String host = host(url);
      if (host != null) {
        outlet = host;
        outletEvidence = "url host: " + url;
      }
    }
    Instant published = null;
    Instant original = null;
    String dateEvidence = null;
    for (String raw : lines) {
      Matcher m = DATE_LINE.matcher(raw.strip());
      if (!m.matches()) {
        continue;
      }
      Instant when = date(m.group("value").strip());
      if (when == null) {
        continue;
      }
      String label = m.group("label").toLowerCase(Locale.ROOT);
      if (label.startsWith("first") || label.startsWith("original")) {
        original = original == null ? when : original;
      } else if (published == null) {
        published = when;
      }
      dateEvidence = dateEvidence == null ? raw.strip() : dateEvidence + " | " + raw.strip();
    }
    String place = null;
    String agency = null;
    for (String raw : lines) {
      String l = raw.strip();
      if (l.length() < 80 || l.contains(" > ") || isHeadline(l)) {
        continue; // the dateline opens the first body paragraph
      }
      Matcher m = DATELINE.matcher(l);
      if (m.find() && m.group("place").split("[\\s,]+").length <= 5) {
        place = m.group("place").strip();
        agency = m.group("agency");
      }
      break;
    }
    return new Inferred(outlet, outletEvidence, published, original, dateEvidence, place, agency, title);
  }

  /**
   * The title: the headline-like line with the most words among the few lines before the body (the
   * first two prose paragraphs in a row, or one long one), so that a navigation bar, a site blurb, a
   * share button or a date line above the real headline is not taken for it.
   */
  static String title(String[] lines) {
    int body = lines.length;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (PROSE.matcher(l).matches()
          && (l.length() >= 200 || (i + 1 < lines.length && PROSE.matcher(lines[i + 1].strip()).matches()))) {
        body = i;
        break;
      }
    }
    String best = null;
    for (int i = Math.max(0, body - HEAD_BLOCKS); i < Math.min(body, lines.length); i++) {
      String l = lines[i].strip();
      if (isHeadline(l) && !NAVIGATION.matcher(l).find()
          && (best == null || l.split("\\s+").length > best.split("\\s+").length)) {
        best = l;
      }
    }
    return best;
  }

  /** A line that reads as a headline: 3-30 words, no final full stop, not a label, list item or breadcrumb. */
  static boolean isHeadline(String l) {
    int words = l.split("\\s+").length;
    return words >= 3 && words <= 30 && l.length() < 200 && !l.endsWith(".") && !l.endsWith(":")
        && !l.contains(" > ") && !l.startsWith("- ") && Character.isUpperCase(l.codePointAt(0))
        && !TWO_SENTENCES.matcher(l).find();
  }

  static Instant date(String value) {
    try {
      return Dates.parse(value);
    } catch (IllegalArgumentException e) {
      for (DateTimeFormatter f : WORDY) {
        try {
          return LocalDate.parse(value.replaceAll("\\s+", " ").replaceAll("[.,]$", ""), f)
              .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
          // next form
        }
      }
      return null;
    }
  }

  static String host(String url) {
    Matcher m = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www\\.)?([^/:?#]+)").matcher(url.strip());
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
