package org.parallax.ingest;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.parallax.cli.InputException;

/** The formats Parallax reads, and how an input URI's format is told when the config says auto. */
public enum InputFormat {
  JSONL, PARQUET, TEXT;

  private static final int FILES_INSPECTED = 1000;

  public static InputFormat of(String configured) {
    return InputFormat.valueOf(configured.toUpperCase(Locale.ROOT));
  }

  /** Checks that the input exists and returns its format ({@code configured} unless it is auto). */
  public static InputFormat resolve(String uri, String configured, Configuration hadoop) {
    Path path = new Path(uri);
    FileStatus status;
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new InputException("input " + uri + " does not exist");
      }
      status = fs.getFileStatus(path);
      if (!configured.equals("auto")) {
        return of(configured);
      }
      if (status.isFile()) {
        return byName(path.getName());
      }
      InputFormat seen = null;
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      int n = 0;
      while (it.hasNext() && n < FILES_INSPECTED) {
        LocatedFileStatus f = it.next();
        if (hidden(f.getPath(), path)) {
          continue;
        }
        n++;
        InputFormat fmt = byName(f.getPath().getName());
        if (seen != null && seen != fmt) {
          return TEXT; // mixed extensions: treat every file as one article
        }
        seen = fmt;
      }
      if (seen == null) {
        throw new InputException("input " + uri + " holds no files (files starting with _ or . are ignored)");
      }
      return seen;
    } catch (IOException e) {
      throw new InputException("cannot read input " + uri + ": " + e.getMessage(), e);
    }
  }

  static InputFormat byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz")
        || n.endsWith(".json.gz") || n.endsWith(".ndjson.gz")) {
      return JSONL;
    }
    if (n.endsWith(".parquet")) {
      return PARQUET;
    }
    return TEXT;
  }

  /** Hadoop's convention, which Spark's file sources follow: _ and . files are not data. */
  static boolean hidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith("_") || n.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
