package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Reads one sidecar file (CSV with a header row, or JSONL) through the Hadoop file system, row by row: a
 * row that cannot be read is returned as a problem with its line, and reading goes on with the next row.
 */
final class SidecarFile {
  /** A sidecar row and the 1-based line it starts on. */
  record Entry(long line, Map<String, Object> values) {}

  /** A row that could not be used. */
  record Problem(long line, String detail) {}

  /** Everything read from one sidecar. */
  record Content(List<Entry> entries, List<Problem> problems) {}

  private static final int MAX_PROBLEMS = 1000;

  private SidecarFile() {}

  static Content read(String uri, Configuration hadoop) {
    Path path = new Path(uri);
    boolean csv = path.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (InputStream in = path.getFileSystem(hadoop).open(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      MappingIterator<Map<String, Object>> it;
      if (csv) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.EMPTY_STRING_AS_NULL);
        it = mapper.readerForMapOf(Object.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
      } else {
        it = new ObjectMapper().readerForMapOf(Object.class).readValues(reader);
      }
      JsonParser parser = it.getParser();
      long lastFailedAt = -1;
      while (problems.size() < MAX_PROBLEMS) {
        try {
          if (!it.hasNextValue()) {
            break;
          }
          entries.add(new Entry(Math.max(1, parser.currentTokenLocation().getLineNr()), it.nextValue()));
        } catch (IOException | RuntimeException e) {
          long at = Math.max(1, parser.currentLocation().getLineNr());
          if (at == lastFailedAt) {
            problems.add(new Problem(at, "the rest of the file cannot be read after this line: " + message(e)));
            break;
          }
          lastFailedAt = at;
          long failedRow = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
              ? j.getLocation().getLineNr() : at;
          problems.add(new Problem(Math.max(1, failedRow), message(e)));
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(1, "the sidecar cannot be read: " + message(e)));
    }
    return new Content(entries, problems);
  }

  private static String message(Throwable e) {
    String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
        : e.getMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    return m.lines().findFirst().orElse(m);
  }
}
