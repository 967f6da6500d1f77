package org.parallax.ingest;

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
import org.parallax.cli.InputException;

/** Reads one sidecar file (CSV with a header row, or JSONL) through the Hadoop file system. */
final class SidecarFile {
  private SidecarFile() {}

  static List<Map<String, Object>> read(String uri, Configuration hadoop) {
    Path path = new Path(uri);
    boolean csv = path.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
    try (InputStream in = path.getFileSystem(hadoop).open(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      List<Map<String, Object>> out = new ArrayList<>();
      MappingIterator<Map<String, Object>> it;
      if (csv) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.EMPTY_STRING_AS_NULL);
        it = mapper.readerForMapOf(Object.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
      } else {
        it = new ObjectMapper().readerForMapOf(Object.class).readValues(reader);
      }
      while (it.hasNext()) {
        out.add(it.next());
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw new InputException("cannot read sidecar " + uri + ": " + e.getMessage(), e);
    }
  }
}
