package org.parallax.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * Reads the lines of one split of a JSONL file as text, in order, numbered from 1 within the split.
 * Hadoop's rule decides which split owns a line: the one its first byte falls in, a line starting
 * exactly at a split's end belonging to that split. Whole-file content (gzip, or a UTF-16/32 byte-order
 * mark) is read by the split at offset 0 alone. Each line is decoded as strict UTF-8, else by detection
 * ({@link TextDecoder}), never with U+FFFD. A line over the record limit, a file that breaks off (a
 * truncated or corrupt gzip) or goes over a decompression limit becomes an item with its reason, and
 * everything read before it is kept.
 */
final class JsonlSplitReader implements Iterator<JsonlSplitReader.Item>, Closeable {
  /** A line (text and charset) or a reject (reason and detail) at a 1-based line of the split. */
  record Item(long line, String text, String charset, RejectReason reason, String detail) {}

  private final InputStream stream;
  private final LineSplitter lines;
  private final Reader chars;
  private final int maxRecordBytes;
  private final long end;
  private long pos;
  private long lineNo;
  private Item next;
  private boolean finished;

  /** Opens the split [start, start + length) of the file; length &lt; 0 reads to the end. */
  JsonlSplitReader(Path path, long start, long length, Configuration hadoop, FileOpener.Limits limits,
      int maxRecordBytes) throws IOException {
    this.maxRecordBytes = maxRecordBytes;
    this.end = length < 0 ? Long.MAX_VALUE : start + length;
    if (start > 0) {
      boolean wholeFile = wholeFileContent(path, hadoop);
      FSDataInputStream raw = FileOpener.fileSystem(path, hadoop).open(path);
      if (wholeFile) {
        raw.close();
        finished = true;
        stream = null;
        lines = null;
        chars = null;
        return;
      }
      raw.seek(start);
      stream = raw;
      lines = new LineSplitter(raw, maxRecordBytes);
      pos = start + lines.skipLine();
      chars = null;
      return;
    }
    FileOpener.Opened opened = FileOpener.open(path, hadoop, limits);
    PushbackInputStream in = new PushbackInputStream(opened.in(), 4);
    byte[] head = new byte[4];
    int n = in.readNBytes(head, 0, 4);
    in.unread(head, 0, n);
    String wide = wideCharset(head, n);
    stream = in;
    if (wide != null) {
      in.skipNBytes(wide.startsWith("UTF-32") ? 4 : 2);
      chars = new InputStreamReader(in, Charset.forName(wide).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
      lines = null;
      charsetName = wide;
    } else {
      if (n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
        in.skipNBytes(3); // UTF-8 byte-order mark
        pos = 3;
      }
      lines = new LineSplitter(in, maxRecordBytes);
      chars = null;
    }
    if (opened.gzip()) {
      // Compressed offsets say nothing about lines: this split reads the whole file.
      pos = Long.MIN_VALUE;
    }
  }

  private String charsetName;

  /** Whether the file must be read whole by its first split (gzip, or UTF-16/32 with a byte-order mark). */
  private static boolean wholeFileContent(Path path, Configuration hadoop) throws IOException {
    try (FSDataInputStream in = FileOpener.fileSystem(path, hadoop).open(path)) {
      byte[] head = new byte[4];
      int n = in.readNBytes(head, 0, 4);
      return (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) || wideCharset(head, n) != null;
    }
  }

  /** UTF-16 or UTF-32 named by a byte-order mark, else null. */
  static String wideCharset(byte[] h, int n) {
    int b0 = n > 0 ? h[0] & 0xff : -1;
    int b1 = n > 1 ? h[1] & 0xff : -1;
    int b2 = n > 2 ? h[2] & 0xff : -1;
    int b3 = n > 3 ? h[3] & 0xff : -1;
    if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff) {
      return "UTF-32BE";
    }
    if (b0 == 0xff && b1 == 0xfe) {
      return "UTF-16LE";
    }
    if (b0 == 0xfe && b1 == 0xff) {
      return "UTF-16BE";
    }
    return null;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  private Item advance() {
    try {
      if (pos != Long.MIN_VALUE && pos > end) {
        return finish(null);
      }
      if (chars != null) {
        String line = readCharLine();
        if (line == null) {
          return finish(null);
        }
        lineNo++;
        if (charLineLength > maxRecordBytes) {
          return tooLong(charLineLength);
        }
        return new Item(lineNo, line, charsetName, null, null);
      }
      LineSplitter.Line line = lines.next();
      if (line == null) {
        return finish(null);
      }
      if (pos != Long.MIN_VALUE) {
        pos += line.consumed();
      }
      lineNo++;
      if (line.tooLong()) {
        return tooLong(line.length());
      }
      return decode(line.bytes());
    } catch (FileOpener.LimitExceeded e) {
      return finish(new Item(lineNo + 1, null, null, RejectReason.DECOMPRESSION_LIMIT,
          "stopped after line " + lineNo + ": " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return finish(new Item(lineNo + 1, null, null, RejectReason.UNREADABLE_FILE,
          "the file breaks off after line " + lineNo + " (" + describe(e) + "); the lines before it are read"));
    }
  }

  private Item tooLong(long length) {
    return new Item(lineNo, null, null, RejectReason.RECORD_TOO_LARGE,
        "line of " + length + " bytes, over input.max_record_mb (" + (maxRecordBytes >> 20) + " MiB)");
  }

  private Item decode(byte[] bytes) {
    // Fast path: the JDK's intrinsic decoder; only a line that holds U+FFFD afterwards (a malformed byte,
    // or a real U+FFFD) is decoded again strictly, and by detection if it is not UTF-8.
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') < 0) {
      return new Item(lineNo, s, "UTF-8", null, null);
    }
    try {
      String strict = utf8.reset().decode(ByteBuffer.wrap(bytes)).toString();
      return new Item(lineNo, strict, "UTF-8", null, null);
    } catch (CharacterCodingException e) {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      return new Item(lineNo, d.text(), d.charset(), null, null);
    }
  }

  private final java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  /** Bytes (two per char) of the last line {@link #readCharLine} read, the part over the limit included. */
  private long charLineLength;

  /** The next line of a UTF-16/32 file (cut at the record limit), or null at the end. */
  private String readCharLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    long length = 0;
    boolean any = false;
    int c;
    while ((c = chars.read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      length += 2;
      if (length <= maxRecordBytes) {
        sb.append((char) c);
      }
    }
    charLineLength = length;
    return any ? sb.toString() : null;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  private Item finish(Item last) {
    finished = true;
    try {
      close();
    } catch (IOException e) {
      // nothing more to read from it
    }
    return last;
  }

  @Override
  public void close() throws IOException {
    if (chars != null) {
      chars.close();
    } else if (stream != null) {
      stream.close();
    }
  }
}
