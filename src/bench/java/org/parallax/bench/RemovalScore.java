package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.clean.BoilerplateRemoval;
import org.parallax.clean.EncodingRepair;
import org.parallax.clean.TextCleaner;

/**
 * Line-level score of boilerplate removal. "Positive" means removed: precision is the share of removed
 * lines that were chrome (body text is almost never removed), recall the share of chrome lines that were
 * removed. The cleaned text is aligned with the labelled lines in order, comparing lines in the form the
 * clean stage gives them (encoding repaired, whitespace normalised).
 */
public final class RemovalScore {
  private long truePositives;
  private long falsePositives;
  private long falseNegatives;
  private long trueNegatives;
  private long unaligned;
  private final Map<String, long[]> byKind = new TreeMap<>();
  private final List<String> wronglyRemoved = new ArrayList<>();
  private final List<String> missed = new ArrayList<>();

  /** Adds one article: its labelled lines and the text the clean stage kept. */
  public void add(LabelledArticle article, String cleanedText) {
    List<String> kept = new ArrayList<>();
    for (String l : (cleanedText == null ? "" : cleanedText).split("\n")) {
      if (!l.isBlank()) {
        kept.add(BoilerplateRemoval.normalise(l));
      }
    }
    int j = 0;
    for (LabelledArticle.Line line : article.lines()) {
      if (line.text().isBlank()) {
        continue;
      }
      String norm = BoilerplateRemoval.normalise(TextCleaner.clean(EncodingRepair.repair(line.text()).text()));
      boolean removed = !(j < kept.size() && kept.get(j).equals(norm));
      if (!removed) {
        j++;
      }
      String kind = line.isChrome() ? line.chromeKind() : "body";
      long[] k = byKind.computeIfAbsent(kind, x -> new long[2]);
      k[0]++;
      if (removed) {
        k[1]++;
      }
      if (line.isChrome() && removed) {
        truePositives++;
      } else if (line.isChrome()) {
        falseNegatives++;
        note(missed, article, line);
      } else if (removed) {
        falsePositives++;
        note(wronglyRemoved, article, line);
      } else {
        trueNegatives++;
      }
    }
    unaligned += kept.size() - j;
  }

  /** Adds another score's counts to this one. */
  public void addAll(RemovalScore o) {
    truePositives += o.truePositives;
    falsePositives += o.falsePositives;
    falseNegatives += o.falseNegatives;
    trueNegatives += o.trueNegatives;
    unaligned += o.unaligned;
    o.byKind.forEach((k, v) -> {
      long[] mine = byKind.computeIfAbsent(k, x -> new long[2]);
      mine[0] += v[0];
      mine[1] += v[1];
    });
    wronglyRemoved.addAll(o.wronglyRemoved);
    missed.addAll(o.missed);
  }

  private static void note(List<String> list, LabelledArticle a, LabelledArticle.Line l) {
    if (list.size() < 5000) {
      String t = l.text().strip();
      list.add(a.id() + "\t" + (l.isChrome() ? l.chromeKind() : "body") + "\t"
          + (t.length() > 160 ? t.substring(0, 160) + "..." : t));
    }
  }

  public double precision() {
    return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
  }

  public double recall() {
    return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
  }

  public long chromeLines() {
    return truePositives + falseNegatives;
  }

  public long bodyLines() {
    return trueNegatives + falsePositives;
  }

  /** Kept lines that matched no labelled line (0 unless cleaning rewrote a line beyond normalisation). */
  public long unaligned() {
    return unaligned;
  }

  /** Per label (body or a chrome kind): {lines, removed}. */
  public Map<String, long[]> byKind() {
    return byKind;
  }

  public List<String> wronglyRemoved() {
    return wronglyRemoved;
  }

  public List<String> missed() {
    return missed;
  }
}
