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
      description = {"Folder for the reports; replaced as a whole when the run succeeds. With --day, a long-lived "
          + "folder of day partitions (day=YYYY-MM-DD, each replaced as a whole) and the stories across days."})
  String output;

  @Option(names = {"--day"}, paramLabel = "YYYY-MM-DD",
      description = {"Daily run for this UTC day: reads the day's articles plus --lookback days of context, "
          + "carries story ids from the output's earlier days, and replaces only --output/day=YYYY-MM-DD. "
          + "Undated articles belong to the day of the first run that reads them."})
  String day;

  @Option(names = {"--lookback"}, paramLabel = "DAYS",
      description = "With --day: days of context before the day (default 3). Same as --set daily.lookback_days=N.")
  String lookback;

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
    if (lookback != null) {
      if (day == null) {
        throw new UsageException("--lookback needs --day, e.g. --day 2024-04-26 --lookback 3");
      }
      all.add("daily.lookback_days=" + nonBlank(lookback, "--lookback"));
    }
    return new RunArgs(List.copyOf(inputs), output, config, List.copyOf(all), day == null ? null : day(day));
  }

  static String nonBlank(String value, String option) {
    if (value == null || value.isBlank()) {
      throw new UsageException(option + " needs a non-empty value");
    }
    return value;
  }

  static java.time.LocalDate day(String value) {
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new UsageException("--day takes a UTC day as YYYY-MM-DD, e.g. --day 2024-04-26; got '" + value + "'");
    }
  }

  /** Parsed arguments of {@code parallax run}; {@code day} is null for a run over all the input. */
  public record RunArgs(List<String> inputs, String output, String configFile, List<String> overrides,
      java.time.LocalDate day) {}
}
