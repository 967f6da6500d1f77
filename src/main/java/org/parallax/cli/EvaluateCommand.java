package org.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax evaluate}: scores a run's clusters against gold story labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores a run's clusters against gold story labels (JSONL or Parquet, one article a record): "
        + "B-cubed, pairwise, adjusted Rand index and NMI, printed as 'metric value' lines and written to "
        + "OUTPUT/evaluation. A gold article missing from the run counts as a cluster of one."},
    footer = {"", ParallaxCommand.EXIT_CODES})
public final class EvaluateCommand {
  @Option(names = "--run", paramLabel = "OUTPUT", required = true,
      description = "The --output folder of a parallax run.")
  String run;

  @Option(names = "--gold", paramLabel = "FILE", required = true,
      description = "JSONL or Parquet with an id and a story label per article.")
  String gold;

  @Option(names = "--gold-field", paramLabel = "FIELD", defaultValue = "cluster_id",
      description = "Field of the gold story label (default: ${DEFAULT-VALUE}).")
  String goldField;

  @Option(names = "--gold-id-field", paramLabel = "FIELD", defaultValue = "id",
      description = "Field of the article id in the gold file (default: ${DEFAULT-VALUE}).")
  String goldIdField;

  public EvaluateArgs args() {
    return new EvaluateArgs(RunCommand.nonBlank(run, "--run"), RunCommand.nonBlank(gold, "--gold"), goldField,
        goldIdField);
  }

  /** Parsed arguments of {@code parallax evaluate}. */
  public record EvaluateArgs(String run, String gold, String goldField, String goldIdField) {}
}
