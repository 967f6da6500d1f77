package org.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the production code that a compiler cannot check, read from src/main/java itself. */
class CodeRulesTest {
  private static final Path MAIN = Path.of("src/main/java");

  private static List<String> matches(Pattern p, String allowedIn) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
        if (allowedIn != null && f.endsWith(allowedIn)) {
          continue;
        }
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = p.matcher(lines.get(i));
          if (m.find()) {
            found.add(MAIN.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    return found;
  }

  @Test
  void noRowIsReadOrBuiltByPosition() throws IOException {
    // r.getString(0), r.isNullAt(3), RowFactory.create(a, b): reordering a schema would silently break them.
    Pattern positional = Pattern.compile(
        "\\.(getString|getLong|getDouble|getInt|getBoolean|isNullAt|getList|getSeq|getTimestamp|getAs)\\(\\d+\\)"
            + "|RowFactory\\.create");
    assertEquals(List.of(), matches(positional, null), "use getAs(name) and org.parallax.spark.Rows");
  }

  @Test
  void stageResultsAreKeptOnlyThroughMaterialize() throws IOException {
    // Materialize picks local or reliable checkpoints; a direct localCheckpoint would fail on a lost executor.
    assertEquals(List.of(), matches(Pattern.compile("(?<!Termination)\\.(localCheckpoint|checkpoint)\\("), "spark/Materialize.java"));
  }

  @Test
  void benchmarksStayOutOfTheProductionSources() throws IOException {
    assertEquals(List.of(), matches(Pattern.compile("^package org\\.parallax\\.bench"), null));
  }
}
