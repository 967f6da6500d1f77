package org.parallax;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import org.parallax.cli.EvaluateArgs;
import org.parallax.cli.ExitCode;
import org.parallax.cli.InputException;
import org.parallax.cli.Preflight;
import org.parallax.cli.PreflightException;
import org.parallax.cli.Termination;
import org.parallax.cli.RunArgs;
import org.parallax.cli.UsageException;
import org.parallax.config.ConfigException;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.evaluate.Evaluation;
import org.parallax.report.Reports;
import org.parallax.spark.SparkSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    List<String> argv = Arrays.asList(args);
    try {
      if (argv.isEmpty() || argv.contains("--help") || argv.contains("-h") || argv.get(0).equals("help")) {
        out.println(RunArgs.USAGE);
        return argv.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
      }
      if (argv.contains("--version")) {
        out.println(version());
        return ExitCode.OK;
      }
      if (argv.get(0).equals("evaluate")) {
        evaluate(EvaluateArgs.parse(argv.subList(1, argv.size())), out);
        return ExitCode.OK;
      }
      if (!argv.get(0).equals("run")) {
        throw new UsageException("unknown command '" + argv.get(0) + "' (expected: run or evaluate)");
      }
      RunArgs runArgs = RunArgs.parse(argv.subList(1, argv.size()));
      ParallaxConfig config = ConfigLoader.load(runArgs.configFile(), runArgs.overrides());
      Preflight.check(runArgs.inputs(), runArgs.output(), config);
      Termination.begin();
      try {
        new ParallaxJob(config, runArgs.inputs(), runArgs.output()).run();
      } catch (Throwable e) {
        if (Termination.requested()) {
          err.println("parallax: stopped by a signal (SIGTERM or SIGINT) during stage "
              + Termination.currentStage() + "; nothing was committed: " + runArgs.output()
              + " still holds the previous reports, if any");
          return ExitCode.TERMINATED;
        }
        throw e;
      } finally {
        Termination.end();
      }
      return ExitCode.OK;
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
    } catch (InputException e) {
      err.println("parallax: bad input: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (Throwable e) {
      LOG.error("run failed", e);
      err.println("parallax: internal failure: " + e);
      return ExitCode.INTERNAL;
    }
  }

  private static void evaluate(EvaluateArgs args, PrintStream out) {
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
