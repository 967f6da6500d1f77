package org.parallax.ingest;

import java.io.Serializable;

/**
 * One file found in an input, with the reader it goes to. Files the inventory can refuse by themselves
 * (empty, unsupported extension) carry their reason; every other file is decided by its reader.
 *
 * @param input index of the input (--input) the file was found in
 * @param path the file's path, as the reports show it ({@code file:/data/in/a.jsonl})
 */
public record InputFile(int input, String path, long length, Kind kind, RejectReason reason, String detail)
    implements Serializable {

  /** Which reader a file goes to. */
  public enum Kind {
    JSONL, PARQUET, TEXT,
    /** A sidecar metadata file of a text folder. */
    SIDECAR,
    /** Hidden ('.') or marker ('_') files, skipped and counted, as Hadoop and Spark do. */
    SKIPPED
  }

  public boolean rejected() {
    return reason != null;
  }
}
