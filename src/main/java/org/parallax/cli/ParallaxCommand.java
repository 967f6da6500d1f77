package org.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code parallax} command line: its subcommands and their help. Parsing only; {@code Main} runs the
 * parsed command and maps every outcome to an exit code.
 */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = ParallaxCommand.Version.class,
    subcommands = {RunCommand.class, EvaluateCommand.class, HelpCommand.class},
    description = "Reads news articles, groups them into coverage clusters (articles on the same story), fits "
        + "topics, finds each outlet's framing terms per cluster, and writes Parquet reports.",
    footer = {"", ParallaxCommand.EXIT_CODES})
public final class ParallaxCommand {
  /** The exit codes, in every usage text. */
  public static final String EXIT_CODES = "Exit codes: 0 success, 64 usage error, 65 nothing usable in the input, "
      + "66 an input is missing or unreadable, 69 no file system for a URI's scheme, 70 internal failure, "
      + "73 output unsafe or not writable, 78 bad configuration, 143 stopped by SIGTERM.";

  /** "parallax X (Spark Y, Java Z)". */
  public static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {org.parallax.Main.version()};
    }
  }
}
