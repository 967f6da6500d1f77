package org.parallax;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import org.parallax.cli.EvaluateCommand;
import org.parallax.cli.ExitCode;
import org.parallax.cli.ParallaxCommand;
import org.parallax.cli.OutputLock;
import org.parallax.cli.Preflight;
import org.parallax.cli.PreflightException;
import org.parallax.cli.RunCommand;
import org.parallax.cli.Termination;
import org.parallax.cli.UsageException;
import org.parallax.config.ConfigException;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.evaluate.Evaluation;
import org.parallax.pipeline.BadInputException;
import org.parallax.report.Reports;
import org.parallax.spark.SparkSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one entry point. Parses the command line, loads and checks the configuration before Spark
 * starts, runs the job, and maps every outcome to one exit code. It exits the JVM only on failure,
 * so that a successful run on a cluster ends normally.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    ExitCode code = run(args, System.out, System.err);
    if (code != ExitCode.OK) {
      System.exit(code.code);
    }
  }

  /** Runs the CLI in this JVM and returns its exit code; never calls System.exit. */
  public static ExitCode run(String[] args, PrintStream out, PrintStream err) {
    try {
      CommandLine cli = commandLine(out, err);
      CommandLine.ParseResult parsed;
      try {
        parsed = cli.parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        CommandLine.ParseResult partial = e.getCommandLine().getParseResult();
        if (e instanceof CommandLine.MissingParameterException && partial != null && !partial.unmatched().isEmpty()) {
          // A mistyped option is why a required one looks missing: say that, with the suggestion.
          e = new CommandLine.UnmatchedArgumentException(e.getCommandLine(), partial.unmatched());
        }
        err.println("parallax: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run 'parallax " + (e.getCommandLine() == cli ? "" : e.getCommandLine().getCommandName() + " ")
            + "--help' for usage.");
        return ExitCode.USAGE;
      }
      Integer helped = CommandLine.executeHelpRequest(parsed);
      if (helped != null) {
        return ExitCode.OK;
      }
      if (!parsed.hasSubcommand()) {
        cli.usage(err);
        return ExitCode.USAGE;
      }
      Object command = parsed.subcommand().commandSpec().userObject();
      if (command instanceof EvaluateCommand e) {
        evaluate(e.args(), out);
        return ExitCode.OK;
      }
      return run(((RunCommand) command).args(), out, err);
    } catch (PreflightException e) {
      err.println("parallax: " + e.getMessage());
      return e.code();
    } catch (UsageException e) {
      err.println("parallax: " + e.getMessage());
      err.println("Run 'parallax --help' for usage.");
      return ExitCode.USAGE;
    } catch (ConfigException e) {
      err.println("parallax: bad configuration: " + e.getMessage());
      return ExitCode.BAD_CONFIG;
    } catch (BadInputException e) {
      err.println("parallax: bad input: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (Throwable e) {
      LOG.error("run failed", e);
      err.println("parallax: internal failure: " + e);
      return ExitCode.INTERNAL;
    }
  }

  /** The command line, printing help and usage errors to these streams. */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new ParallaxCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }

  private static ExitCode run(RunCommand.RunArgs runArgs, PrintStream out, PrintStream err) {
    ParallaxConfig config = ConfigLoader.loadFrom(runArgs.configFile(), runArgs.overrides());
    Preflight.check(runArgs.inputs(), runArgs.output(), config, runArgs.day() != null);
    ParallaxJob job = new ParallaxJob(config, runArgs.inputs(), runArgs.output(), runArgs.day(), out);
    Termination.begin();
    try (OutputLock lock = OutputLock.acquire(runArgs.output(), job.runId(), Preflight.hadoopConfiguration())) {
      job.run();
      return ExitCode.OK;
    } catch (Throwable e) {
      if (Termination.requested()) {
        err.println("parallax: stopped by a signal (SIGTERM or SIGINT) during stage "
            + Termination.currentStage() + "; nothing was committed: " + runArgs.output()
            + (runArgs.day() == null ? "" : "/day=" + runArgs.day()) + " still holds the previous reports, if any");
        return ExitCode.TERMINATED;
      }
      throw e;
    } finally {
      Termination.end();
    }
  }

  private static void evaluate(EvaluateCommand.EvaluateArgs args, PrintStream out) {
    SparkSession spark = SparkSessions.create("parallax-evaluate");
    try {
      Evaluation.Result r = Evaluation.evaluate(spark, args.run(), args.gold(), args.goldIdField(), args.goldField());
      Evaluation.write(spark, args.run(), Evaluation.report(spark, r));
      out.println("run " + r.run());
      out.println("gold " + r.gold() + " (field " + r.goldField() + ")");
      out.println("missing_from_run " + r.missingFromRun());
      r.metrics().forEach((k, v) -> out.println(k + " " + (isScore(k)
          ? String.format(java.util.Locale.ROOT, "%.4f", v) : String.valueOf(v.longValue()))));
      LOG.info("evaluation written to {}/{}", args.run(), Reports.EVALUATION.name());
    } finally {
      spark.stop();
    }
  }

  /** Scores print with four decimals; the other metrics are counts. */
  private static boolean isScore(String metric) {
    return metric.endsWith("precision") || metric.endsWith("recall") || metric.endsWith("f1")
        || metric.equals("adjusted_rand_index") || metric.equals("nmi");
  }

  /** "parallax X (Spark Y, Java Z)". */
  public static String version() {
    return "parallax " + versionProperty("version") + " (Spark " + versionProperty("spark.version")
        + ", Java " + System.getProperty("java.version") + ")";
  }

  public static String versionProperty(String key) {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("/parallax-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty(key, "unknown");
  }
}
