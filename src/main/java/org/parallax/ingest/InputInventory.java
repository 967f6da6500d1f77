package org.parallax.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.parallax.pipeline.BadInputException;
import org.parallax.config.ParallaxConfig;

/**
 * Lists every file of every input, recursively, on the driver (file names and sizes only, as Spark's own
 * file index does), and decides per file, by its name, which reader it goes to: .jsonl/.json/.ndjson (and
 * their .gz) to JSONL, .parquet to Parquet, known non-article formats (.pdf, .csv, .zip, images, ...) to
 * the rejects, anything else to the text reader, which checks the content itself. Hidden and
 * _-prefixed files are skipped and counted; empty files are rejected here.
 */
public final class InputInventory {
  /** Extensions of formats Parallax does not read: never taken for a text article. */
  static final Set<String> UNSUPPORTED = Set.of("pdf", "csv", "tsv", "xls", "xlsx", "doc", "docx", "odt", "ods",
      "ppt", "pptx", "rtf", "epub", "zip", "tar", "tgz", "7z", "rar", "bz2", "xz", "zst", "lz4", "snappy", "png",
      "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "ico", "svg", "mp3", "mp4", "wav", "avi", "mov", "mkv",
      "exe", "dll", "so", "dylib", "class", "jar", "bin", "dat", "db", "sqlite", "avro", "orc", "arrow", "feather",
      "pickle", "pkl", "npy", "crc", "wasm", "woff", "woff2", "ttf");
  private static final Set<String> SIDECAR_NAMES = Set.of("_metadata.csv", "_metadata.jsonl");

  private final List<String> inputs;
  private final List<InputFile> files;

  private InputInventory(List<String> inputs, List<InputFile> files) {
    this.inputs = inputs;
    this.files = files;
  }

  public List<String> inputs() {
    return inputs;
  }

  public List<InputFile> files() {
    return files;
  }

  /** The files going to one reader, not rejected already. */
  public List<InputFile> files(InputFile.Kind kind) {
    return files.stream().filter(f -> f.kind() == kind && !f.rejected()).toList();
  }

  /** The files refused by the inventory itself. */
  public List<InputFile> rejected() {
    return files.stream().filter(InputFile::rejected).toList();
  }

  public static InputInventory list(List<String> inputs, ParallaxConfig.Input config, Configuration hadoop) {
    List<InputFile> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String uri = inputs.get(i);
      Path root = new Path(uri);
      try {
        FileSystem fs = root.getFileSystem(hadoop);
        FileStatus status = fs.getFileStatus(root);
        if (status.isFile()) {
          out.add(classify(i, status.getPath(), status.getLen(), config, false, false));
          continue;
        }
        Path qualifiedRoot = status.getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualifiedRoot, true);
        List<InputFile> found = new ArrayList<>();
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          boolean hidden = hidden(f.getPath(), qualifiedRoot);
          boolean topLevel = qualifiedRoot.equals(f.getPath().getParent());
          found.add(classify(i, f.getPath(), f.getLen(), config, hidden, topLevel));
        }
        found.sort(java.util.Comparator.comparing(InputFile::path));
        out.addAll(found);
      } catch (IOException | IllegalArgumentException e) {
        throw new BadInputException("cannot list input " + uri + ": " + e.getMessage(), e);
      }
    }
    return new InputInventory(List.copyOf(inputs), List.copyOf(out));
  }

  static InputFile classify(int input, Path path, long length, ParallaxConfig.Input config, boolean hidden,
      boolean topLevel) {
    String name = path.getName();
    String p = path.toString();
    if (hidden) {
      boolean sidecar = topLevel && config.sidecar.equals("auto") && SIDECAR_NAMES.contains(name.toLowerCase(Locale.ROOT));
      return new InputFile(input, p, length, sidecar ? InputFile.Kind.SIDECAR : InputFile.Kind.SKIPPED, null, null);
    }
    InputFile.Kind kind;
    if (!config.format.equals("auto")) {
      kind = InputFile.Kind.valueOf(config.format.toUpperCase(Locale.ROOT));
    } else {
      String ext = extension(name);
      if (ext.equals("jsonl") || ext.equals("json") || ext.equals("ndjson")) {
        kind = InputFile.Kind.JSONL;
      } else if (ext.equals("parquet")) {
        kind = InputFile.Kind.PARQUET;
      } else if (UNSUPPORTED.contains(ext)) {
        return new InputFile(input, p, length, InputFile.Kind.TEXT, RejectReason.UNSUPPORTED_FILE,
            "." + ext + " is not a format Parallax reads; it reads .jsonl/.json/.ndjson (one article a line), "
                + ".parquet, and text or HTML files (one article a file), each optionally .gz");
      } else {
        kind = InputFile.Kind.TEXT;
      }
    }
    if (length == 0) {
      return new InputFile(input, p, 0, kind, RejectReason.EMPTY_FILE, "the file has 0 bytes");
    }
    return new InputFile(input, p, length, kind, null, null);
  }

  /** The extension that names the format: "jsonl" of "a.jsonl.gz", "" of "README". */
  static String extension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (FileOpener.isGzipName(n)) {
      n = n.substring(0, n.lastIndexOf('.'));
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(dot + 1) : "";
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
