package org.parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the hand-made line labels of the seed pages ({@code sample/boilerplate-labels.txt}): per file,
 * the numbers of its non-blank lines that are chrome. Every other non-blank line is body.
 */
public final class SeedLabels {
  private SeedLabels() {}

  /** The labelled articles, in label-file order; ids are file names without extension. */
  public static List<LabelledArticle> read(Path labels, Path seedDir) throws IOException {
    List<LabelledArticle> out = new ArrayList<>();
    for (String raw : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IOException(labels + ": expected 'file: numbers', got: " + raw);
      }
      String file = line.substring(0, colon).strip();
      Set<Integer> chrome = numbers(line.substring(colon + 1), labels);
      // Raw bytes as ISO-8859-1 would garble 003; the seeds are UTF-8 (003's mojibake is in the text itself).
      List<String> seedLines = Files.readAllLines(seedDir.resolve(file), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      for (int n : chrome) {
        if (n < 1 || n > seedLines.size()) {
          throw new IOException(labels + ": " + file + " has " + seedLines.size() + " non-blank lines, not " + n);
        }
      }
      List<LabelledArticle.Line> lines = new ArrayList<>();
      for (int i = 0; i < seedLines.size(); i++) {
        lines.add(new LabelledArticle.Line(seedLines.get(i), chrome.contains(i + 1) ? "chrome" : null));
      }
      String id = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
      out.add(new LabelledArticle(id, null, null, lines));
    }
    return out;
  }

  private static Set<Integer> numbers(String spec, Path labels) throws IOException {
    Set<Integer> out = new TreeSet<>();
    for (String tok : spec.strip().split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      try {
        int dash = tok.indexOf('-');
        int from = Integer.parseInt(dash < 0 ? tok : tok.substring(0, dash));
        int to = dash < 0 ? from : Integer.parseInt(tok.substring(dash + 1));
        for (int n = from; n <= to; n++) {
          out.add(n);
        }
      } catch (NumberFormatException e) {
        throw new IOException(labels + ": not a line number or range: '" + tok + "'");
      }
    }
    return out;
  }
}
