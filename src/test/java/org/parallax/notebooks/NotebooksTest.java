package org.parallax.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.report.ReportTable;
import org.parallax.report.Reports;

/**
 * The analyst notebooks as committed: Jupyter's format, no outputs (they are executed by jobs/notebooks, in CI
 * on the sample's output), and every report they read is one the job writes, so that renaming a report fails
 * here even where Python is not installed.
 */
class NotebooksTest {
  private static final Pattern REPORT = Pattern.compile("report\\('([a-z_]+)'\\)");

  @Test
  void theNotebooksAreCommittedWithoutOutputsAndReadOnlyReportsTheJobWrites() throws Exception {
    List<String> written = Reports.ALL.stream().map(ReportTable::name).toList();
    List<Path> notebooks = List.of(Path.of("notebooks/coverage_overview.ipynb"), Path.of("notebooks/one_story.ipynb"));
    for (Path nb : notebooks) {
      JsonNode root = new ObjectMapper().readTree(Files.readString(nb));
      assertEquals(4, root.path("nbformat").asInt(), nb + " is a Jupyter notebook, format 4");
      assertEquals("python3", root.path("metadata").path("kernelspec").path("name").asText(), nb.toString());
      List<String> reports = new ArrayList<>();
      int code = 0;
      for (JsonNode cell : root.path("cells")) {
        if (!cell.path("cell_type").asText().equals("code")) {
          continue;
        }
        code++;
        assertEquals(0, cell.path("outputs").size(), nb + ": commit notebooks without outputs");
        assertTrue(cell.path("execution_count").isNull(), nb + ": commit notebooks unexecuted");
        StringBuilder source = new StringBuilder();
        cell.path("source").forEach(line -> source.append(line.asText()));
        if (cell.path("source").isTextual()) {
          source.append(cell.path("source").asText());
        }
        Matcher m = REPORT.matcher(source);
        while (m.find()) {
          reports.add(m.group(1));
        }
      }
      assertTrue(code >= 5, nb + " has its code cells: " + code);
      assertTrue(reports.size() >= 4, nb + " reads reports: " + reports);
      for (String r : reports) {
        assertTrue(written.contains(r), nb + " reads report " + r + ", which the job does not write: " + written);
      }
    }
  }
}
