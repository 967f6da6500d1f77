package org.parallax.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Opens one input file for reading. The content decides, not the name: a file whose first bytes are a
 * gzip header is gunzipped (concatenated members included), whatever it is called; a file named .gz that
 * is not gzip is refused. Decompression is bounded twice: at most {@code maxDecompressedBytes} per file,
 * and at most {@code maxRatio} bytes out per byte in (a gzip bomb expands about 1000 times; news text 3
 * to 10 times), so no file can fill the memory or the disk of the task that reads it.
 */
public final class FileOpener {
  /** The limits of one read. */
  public record Limits(long maxDecompressedBytes, int maxRatio) implements java.io.Serializable {}

  /** Decompression went over a limit; the message says which. */
  public static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
      super(message);
    }
  }

  /** A file that cannot be read as what it claims to be (e.g. named .gz, not gzip). */
  public static final class NotReadable extends IOException {
    private static final long serialVersionUID = 1L;

    NotReadable(String message) {
      super(message);
    }
  }

  /** An open file: the stream to read, and whether it was gzip. */
  public record Opened(InputStream in, boolean gzip) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static final int MIN_BYTES_BEFORE_RATIO = 8 << 20;

  private FileOpener() {}

  public static boolean isGzipName(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".gz") || n.endsWith(".gzip");
  }

  /** Opens the whole file, gunzipping it when its content is gzip. */
  public static Opened open(Path path, Configuration hadoop, Limits limits) throws IOException {
    FSDataInputStream raw = fileSystem(path, hadoop).open(path);
    try {
      return wrap(raw, path.getName(), limits);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * The file system to read input files with: for a checksummed one (the local file system), its raw
   * file system, since input files have no .crc beside them, and a file name with ':' cannot even name
   * one (Hadoop would parse ".a:b.txt.crc" as a URI).
   */
  public static FileSystem fileSystem(Path path, Configuration hadoop) throws IOException {
    FileSystem fs = path.getFileSystem(hadoop);
    return fs instanceof ChecksumFileSystem c ? c.getRawFileSystem() : fs;
  }

  static Opened wrap(InputStream rawIn, String name, Limits limits) throws IOException {
    CountingStream counted = new CountingStream(rawIn);
    PushbackInputStream in = new PushbackInputStream(counted, 2);
    int b0 = in.read();
    int b1 = b0 < 0 ? -1 : in.read();
    if (b1 >= 0) {
      in.unread(b1);
    }
    if (b0 >= 0) {
      in.unread(b0);
    }
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    if (!gzip) {
      if (isGzipName(name) && b0 >= 0) {
        throw new NotReadable("named " + name + " but not gzip (its first bytes are not the gzip header)");
      }
      return new Opened(in, false);
    }
    return new Opened(new Bounded(new GZIPInputStream(in, 64 << 10), counted, limits), true);
  }

  /** Counts the compressed bytes consumed. */
  static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** Decompressed output, checked against the limits as it is read. */
  static final class Bounded extends FilterInputStream {
    private final CountingStream compressed;
    private final Limits limits;
    private long out;

    Bounded(InputStream decompressed, CountingStream compressed, Limits limits) {
      super(decompressed);
      this.compressed = compressed;
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        out += n;
        check();
      }
      return n;
    }

    private void check() throws LimitExceeded {
      if (out > limits.maxDecompressedBytes()) {
        throw new LimitExceeded("decompressed size over input.max_decompressed_mb ("
            + (limits.maxDecompressedBytes() >> 20) + " MiB)");
      }
      if (out > MIN_BYTES_BEFORE_RATIO && out > (long) limits.maxRatio() * Math.max(1, compressed.count)) {
        throw new LimitExceeded("compression ratio over input.max_compression_ratio (" + limits.maxRatio()
            + "): " + (out >> 20) + " MiB out of " + (compressed.count >> 10) + " KiB, a decompression bomb?");
      }
    }
  }
}
