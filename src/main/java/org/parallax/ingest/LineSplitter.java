package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at '\n' only (a bare '\r' inside a record is data, as in JSON text;
 * "\r\n" leaves a '\r' that JSON reads as white space), without ever holding more than {@code maxBytes}
 * of one line: a longer line is consumed to its end and reported by its length alone.
 */
final class LineSplitter {
  /** One line: its bytes (without '\n'), or null when it was longer than the limit; bytes consumed. */
  record Line(byte[] bytes, long length, long consumed) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[64 << 10];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];

  LineSplitter(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int kept = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos >= limit && !fill()) {
        return any ? done(kept, length, length) : null;
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (length + n <= maxBytes) {
        ensure(kept + n);
        System.arraycopy(buf, start, line, kept, n);
        kept += n;
      }
      length += n;
      if (pos < limit) { // found '\n'
        pos++;
        return done(kept, length, length + 1);
      }
    }
  }

  /** Skips to just after the next '\n'; returns the bytes skipped (0 at the end of the stream). */
  long skipLine() throws IOException {
    long skipped = 0;
    while (true) {
      if (pos >= limit && !fill()) {
        return skipped;
      }
      while (pos < limit) {
        skipped++;
        if (buf[pos++] == '\n') {
          return skipped;
        }
      }
    }
  }

  /** Reads the next chunk into the buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    limit = Math.max(0, in.read(buf, 0, buf.length));
    pos = 0;
    return limit > 0;
  }

  private Line done(int kept, long length, long consumed) {
    return new Line(length > maxBytes ? null : Arrays.copyOf(line, kept), length, consumed);
  }

  private void ensure(int n) {
    if (n > line.length) {
      line = Arrays.copyOf(line, Math.max(n, Math.min(maxBytes, line.length * 2)));
    }
  }
}
