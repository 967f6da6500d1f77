package org.parallax.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parsed arguments of {@code parallax run}. */
public record RunArgs(List<String> inputs, String output, Path configFile, List<String> overrides) {

  public static final String USAGE = String.join("\n",
      "Usage: parallax run --input URI [--input URI ...] --output URI [--config FILE] [--set key=value ...]",
      "       parallax evaluate --run OUTPUT --gold FILE [--gold-field cluster_id] [--gold-id-field id]",
      "       parallax --help | --version",
      "",
      "Reads news articles, groups them into coverage clusters (articles on the same story),",
      "fits topics, finds each outlet's framing terms per cluster, and writes Parquet reports.",
      "",
      "  --input URI      article corpus: a JSONL file (.jsonl, .json, .jsonl.gz), a Parquet file or",
      "                   folder, or a folder of text files (one article a file; optional _metadata.csv).",
      "                   Plain paths, file://, hdfs:// and s3a:// URIs. Repeat for several inputs.",
      "  --output URI     folder for the reports; replaced as a whole when the run succeeds.",
      "  --config FILE    YAML configuration (see conf/parallax.yaml and docs/configuration.md).",
      "  --set key=value  override one configuration key, e.g. --set cluster.threshold=0.25",
      "  --help           this text.   --version  versions of Parallax and Spark.",
      "",
      "evaluate scores a run's clusters against gold story labels (JSONL or Parquet, one article a",
      "record): B-cubed, pairwise, adjusted Rand index and NMI, printed as 'metric value' lines and",
      "written to OUTPUT/evaluation. A gold article missing from the run counts as a cluster of one.",
      "",
      "Exit codes: 0 success, 64 usage error, 65 nothing usable in the input, 66 an input is missing or",
      "unreadable, 69 no file system for a URI's scheme, 70 internal failure, 73 output unsafe or not",
      "writable, 78 bad configuration, 143 stopped by SIGTERM.");

  public static RunArgs parse(List<String> args) {
    List<String> inputs = new ArrayList<>();
    List<String> overrides = new ArrayList<>();
    String output = null;
    Path config = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String name = optionName(a);
      String value = inlineValue(a);
      switch (name) {
        case "--input", "-i" -> inputs.add(value != null ? value : next(args, ++i, name));
        case "--output", "-o" -> output = once(output, value != null ? value : next(args, ++i, name), name);
        case "--config", "-c" -> config = Path.of(once(config == null ? null : config.toString(),
            value != null ? value : next(args, ++i, name), name));
        case "--set", "-s" -> overrides.add(value != null ? value : next(args, ++i, name));
        default -> throw new UsageException("unknown argument '" + a + "'");
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("missing --input URI");
    }
    if (output == null) {
      throw new UsageException("missing --output URI");
    }
    return new RunArgs(List.copyOf(inputs), output, config, List.copyOf(overrides));
  }

  /** "--output" of "--output=x" or of "--output". */
  static String optionName(String arg) {
    int eq = arg.indexOf('=');
    return arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
  }

  /** "x" of "--output=x"; null when the value is the next argument. */
  static String inlineValue(String arg) {
    int eq = arg.indexOf('=');
    return arg.startsWith("--") && eq > 0 ? arg.substring(eq + 1) : null;
  }

  static String next(List<String> args, int i, String name) {
    if (i >= args.size() || args.get(i).startsWith("--")) {
      throw new UsageException(name + " needs a value");
    }
    String v = args.get(i);
    if (v.isBlank()) {
      throw new UsageException(name + " needs a non-empty value");
    }
    return v;
  }

  static String once(String previous, String value, String name) {
    if (previous != null) {
      throw new UsageException(name + " given twice");
    }
    return value;
  }
}
