package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax run}: the options of one run. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Runs every stage on the inputs and commits the reports to --output.",
    footer = {"", ParallaxCommand.EXIT_CODES})
public final class RunCommand {
  @Option(names = {"--input", "-i"}, paramLabel = "URI", required = true,
      description = {"Article corpus: a JSONL file (.jsonl, .json, .jsonl.gz), a Parquet file or folder, or a folder "
          + "of text files (one article a file; optional _metadata.csv). Plain paths, file://, hdfs:// and s3a:// "
          + "URIs. Repeat for several inputs."})
  List<String> inputs = new ArrayList<>();

  @Option(names = {"--output", "-o"}, paramLabel = "URI", required = true,
      description = "Folder for the reports; replaced as a whole when the run succeeds.")
  String output;

  @Option(names = {"--config", "-c"}, paramLabel = "FILE",
      description = "YAML configuration (see conf/parallax.yaml and docs/configuration.md): a local path, a "
          + "Hadoop URI (hdfs://, s3a://, file:), or the name of a file shipped with spark-submit --files.")
  String config;

  @Option(names = {"--outlets"}, paramLabel = "FILE",
      description = "Outlet table (CSV with a header row, or Parquet): 'outlet' plus group columns such as lean, "
          + "country, owner. Same as --set groups.outlets=FILE.")
  String outlets;

  @Option(names = {"--set", "-s"}, paramLabel = "key=value",
      description = "Override one configuration key, e.g. --set cluster.threshold=0.25. Repeatable.")
  List<String> overrides = new ArrayList<>();

  /** The parsed arguments; blank values are usage errors. */
  public RunArgs args() {
    inputs.forEach(i -> nonBlank(i, "--input"));
    nonBlank(output, "--output");
    List<String> all = new ArrayList<>(overrides);
    if (outlets != null) {
      all.add("groups.outlets=" + nonBlank(outlets, "--outlets"));
    }
    return new RunArgs(List.copyOf(inputs), output, config, List.copyOf(all));
  }

  static String nonBlank(String value, String option) {
    if (value == null || value.isBlank()) {
      throw new UsageException(option + " needs a non-empty value");
    }
    return value;
  }

  /** Parsed arguments of {@code parallax run}. */
  public record RunArgs(List<String> inputs, String output, String configFile, List<String> overrides) {}
}
