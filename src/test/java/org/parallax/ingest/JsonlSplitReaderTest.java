package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSplitReaderTest {
  @TempDir
  Path dir;

  private static final FileOpener.Limits LIMITS = new FileOpener.Limits(1L << 30, 100);
  private static final Configuration CONF = new Configuration();

  private List<String> read(Path f, long splitBytes, int maxRecordBytes) throws Exception {
    List<String> out = new ArrayList<>();
    long size = Files.size(f);
    for (long start = 0; start < Math.max(size, 1); start += splitBytes) {
      try (JsonlSplitReader r = new JsonlSplitReader(new org.apache.hadoop.fs.Path(f.toUri()), start,
          Math.min(splitBytes, size - start), CONF, LIMITS, maxRecordBytes)) {
        while (r.hasNext()) {
          JsonlSplitReader.Item item = r.next();
          out.add(item.reason() == null ? item.text() : item.reason().code());
        }
      }
    }
    return out;
  }

  @Test
  void everySplitSizeReadsEveryLineOnceAndInOrder() throws Exception {
    List<String> lines = List.of("{\"id\": \"é1\", \"text\": \"Pékin — 北京\"}", "", "{\"id\": 2,\r \"text\": \"bare CR\"}",
        "{\"id\": 3}\r", "x".repeat(300), "{\"last\": \"no newline\"}");
    Path f = Files.writeString(dir.resolve("a.jsonl"), String.join("\n", lines));
    List<String> whole = read(f, Long.MAX_VALUE / 2, 1 << 20);
    assertEquals(lines, whole);
    for (int split = 1; split <= 120; split++) {
      assertEquals(whole, read(f, split, 1 << 20), "split of " + split + " bytes");
    }
  }

  @Test
  void aLineOverTheLimitIsRejectedAndReadingGoesOn() throws Exception {
    Path f = Files.writeString(dir.resolve("b.jsonl"), "short\n" + "y".repeat(5000) + "\nafter\n");
    assertEquals(List.of("short", "record_too_large", "after"), read(f, 1 << 20, 1000));
    assertEquals(List.of("short", "record_too_large", "after"), read(f, 700, 1000), "split inside the long line");
  }

  @Test
  void aByteOrderMarkIsDroppedAndWindows1252LinesAreDetected() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    b.write("first\n".getBytes(StandardCharsets.UTF_8));
    b.write("caf\u00e9 cr\u00e8me\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path f = Files.write(dir.resolve("c.jsonl"), b.toByteArray());
    try (JsonlSplitReader r = new JsonlSplitReader(new org.apache.hadoop.fs.Path(f.toUri()), 0, -1,
        CONF, LIMITS, 1 << 20)) {
      JsonlSplitReader.Item first = r.next();
      assertEquals("first", first.text());
      JsonlSplitReader.Item second = r.next();
      assertEquals("café crème", second.text());
      assertEquals("windows-1252", second.charset());
      assertNull(second.reason());
      assertEquals(2, second.line());
    }
  }
}
