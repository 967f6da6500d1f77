package org.parallax.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.report.html.Chromium;

/**
 * Opens a run's HTML story report in headless Chromium, as an analyst would, and checks what the browser shows:
 * the index draws one row per listed story (100 a page) and says how many there are; its filter narrows them;
 * the most widely covered story's page sets its outlets side by side with their highlighted words, quotes and
 * tone. Saves screenshots of both under {@code target/screenshots/NAME-*.png}.
 *
 * <p>{@code jobs/benchmark browser [--run DIR] [--name NAME] [--check]}; CI runs it on the BASIL run the entities
 * benchmark leaves in target/bench/entities/basil. Without Chromium it says so and checks nothing.
 */
final class BrowserCheck {
  private static final Pattern ROW = Pattern.compile("<tr data-story=\"(s[0-9a-f]{12})\"[^>]*>(.*?)</tr>",
      Pattern.DOTALL);
  private static final int PAGE = 100;

  private BrowserCheck() {}

  static int run(Path run, String name, boolean check, PrintStream out) throws Exception {
    Path html = run.resolve("html");
    if (!Files.exists(html.resolve("index.html"))) {
      out.println("browser: no " + html.resolve("index.html") + " (run the job with run.html=true first)");
      return 1;
    }
    if (Chromium.binary() == null) {
      out.println("browser: SKIPPED: no headless Chromium (Debian package chromium); " + html + " was not opened");
      return 0;
    }
    long pages;
    long bytes;
    try (var files = Files.list(html)) {
      List<Path> all = files.toList();
      pages = all.stream().filter(p -> p.getFileName().toString().startsWith("story-")).count();
      bytes = 0;
      for (Path p : all) {
        bytes += Files.size(p);
      }
    }
    out.printf(java.util.Locale.ROOT, "browser: %s: %d story pages, %.1f MB%n", html, pages, bytes / 1e6);
    List<String> failures = new ArrayList<>();
    long t0 = System.nanoTime();

    String index = Chromium.dom(html.resolve("index.html").toUri().toString());
    List<String[]> rows = rows(index);
    long expectedRows = Math.min(PAGE, pages);
    expect(failures, out, rows.size() == expectedRows, "index draws " + rows.size() + " rows (expected " + expectedRows
        + ", the first page of " + pages + " stories)");
    long pageCount = Math.max(1, (pages + PAGE - 1) / PAGE);
    expect(failures, out, index.contains("page 1 of " + pageCount + " (" + pages + " stories)"),
        "index says page 1 of " + pageCount + " (" + pages + " stories)");
    if (!rows.isEmpty()) {
      String word = filterWord(rows.get(0)[1]);
      String filtered = Chromium.dom(html.resolve("index.html").toUri() + "#q=" + word);
      List<String[]> kept = rows(filtered);
      expect(failures, out, !kept.isEmpty() && kept.size() < Math.max(2, pages)
          && kept.stream().anyMatch(r -> r[0].equals(rows.get(0)[0])),
          "filter #q=" + word + " keeps " + kept.size() + " of " + pages + " stories, the top one among them");

      String id = rows.get(0)[0];
      String url = html.resolve("story-" + id + ".html").toUri().toString();
      String page = Chromium.dom(url);
      int outlets = page.split("<section class=\"outlet\"").length - 1;
      expect(failures, out, page.contains("data-story=\"" + id + "\"") && outlets >= 2,
          "story " + id + " shows " + outlets + " outlets side by side");
      expect(failures, out, page.contains("Words it uses more") && page.contains("<mark>"),
          "story " + id + " has framing words with their evidence highlighted");
      expect(failures, out, page.contains("Whom it quotes") && page.contains("Tone toward the main names"),
          "story " + id + " has quotes and tone toward the main names");
      Path story = Path.of("target/screenshots/" + name + "-story.png");
      Chromium.screenshot(url, story, 1400, 2400);
      expect(failures, out, Files.size(story) > 10_000, "screenshot " + story + " (" + Files.size(story) + " bytes)");
    }
    Path shot = Path.of("target/screenshots/" + name + "-index.png");
    Chromium.screenshot(html.resolve("index.html").toUri().toString(), shot, 1400, 1000);
    expect(failures, out, Files.size(shot) > 10_000, "screenshot " + shot + " (" + Files.size(shot) + " bytes)");
    out.printf(java.util.Locale.ROOT, "browser: %d checks failed, %.1f s in Chromium%n", failures.size(),
        (System.nanoTime() - t0) / 1e9);
    return check && !failures.isEmpty() ? 1 : 0;
  }

  /** The index's drawn rows: story id and the row's text. */
  static List<String[]> rows(String dom) {
    List<String[]> rows = new ArrayList<>();
    Matcher m = ROW.matcher(dom);
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2).replaceAll("<[^>]+>", " ")});
    }
    return rows;
  }

  /** The longest word of a row's text: a filter that should keep that row and few others. */
  static String filterWord(String text) {
    return java.util.Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 4)
        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
        .orElse("").toLowerCase(java.util.Locale.ROOT);
  }

  private static void expect(List<String> failures, PrintStream out, boolean ok, String what) {
    out.println("  " + (ok ? "ok   " : "FAIL ") + what);
    if (!ok) {
      failures.add(what);
    }
  }
}
