package org.parallax.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.parallax.config.ConfigLoader;
import org.parallax.config.ParallaxConfig;
import org.parallax.spark.SparkSessions;

/**
 * Benchmarks and evaluations that need the corpora in {@code ../shared} (run with {@code jobs/benchmark}).
 * Each prints its numbers; with {@code --check} it exits 1 when a target is missed, so CI can re-check
 * them.
 *
 * <pre>
 *   jobs/benchmark boilerplate [--corpora DIR] [--check]   line-level removal precision/recall
 *   jobs/benchmark clean-cost --input FILE                 ingest+clean wall time, characters removed
 *   jobs/benchmark clustering [--corpora DIR] [--check]    story clusters vs labels (seeds, BASIL, ECB+, AllSides)
 *   jobs/benchmark cluster-tuning [--corpora DIR]          the grid the cluster weights were chosen on
 *   jobs/benchmark topics [--input FILE] [--label F] [--set k=v] [--check]   topic coherence, NMI/ARI vs labels
 *   jobs/benchmark topics-tuning [--input FILE] [--k 10,20] [--seeds 42,43,44] [--points "a=1,b=2;a=3"]
 *       the grid topics.doc_concentration was chosen on
 *   jobs/benchmark daily [--input FILE] [--from D] [--to D] [--lookback N] [--sparse] [--gold FIELD] [--check]
 *                                                         day-by-day runs vs one run (and vs gold labels)
 *   jobs/benchmark html [--run DIR]                       the HTML story report alone, from a run's reports
 *   jobs/benchmark browser [--run DIR] [--name N] [--check]  a run's HTML report opened in headless Chromium
 *   jobs/benchmark scale [--input FILE] [--slices 4,2,1]   whole job on 1/4, 1/2, all: time, memory
 *   jobs/benchmark framing [--input FILE] [--set k=v]... [--check]   framing terms vs BASIL's lexical-bias spans
 *   jobs/benchmark groups [--input FILE] [--field bias_label] [--check]   coverage and framing by outlet group
 *   jobs/benchmark quotes [--input FILE] [--check]        quotes and speakers vs PolNeAR's (or BASIL's quote spans)
 *   jobs/benchmark entities [--input FILE] [--check]      people, organisations, places vs BASIL's main entities
 *   jobs/benchmark tone [--input FILE] [--check]          tone toward a target vs NewsMTSC's (shipped model, VADER)
 *   jobs/benchmark tone-train [--input FILE] [--write]    trains the tone model again (MLlib) on NewsMTSC's train part
 * </pre>
 */
public final class Bench {
  static final double BOILERPLATE_MIN_PRECISION = 0.97;
  static final double BOILERPLATE_MIN_RECALL = 0.90;

  private Bench() {}

  public static void main(String[] args) throws Exception {
    List<String> argv = Arrays.asList(args);
    if (argv.isEmpty()) {
      System.err.println("usage: jobs/benchmark boilerplate|clean-cost|clustering|cluster-tuning|topics|topics-tuning|daily|html|browser|scale|framing|groups|quotes|entities|tone|tone-train [options]");
      System.exit(64);
    }
    boolean check = argv.contains("--check");
    int code = switch (argv.get(0)) {
      case "boilerplate" -> boilerplate(Path.of(option(argv, "--corpora", "../shared/corpora")), check, System.out);
      case "clean-cost" -> CleanCost.run(option(argv, "--input", "../shared/corpora/abp.jsonl.gz"), System.out);
      case "topics" -> TopicsBenchmark.run(Path.of(option(argv, "--input", "../shared/corpora/bbc.jsonl")),
          option(argv, "--label", "label"), sets(argv), check, System.out);
      case "topics-tuning" -> TopicsTuning.run(Path.of(option(argv, "--input", "../shared/corpora/bbc.jsonl")),
          argv.contains("--points") ? Arrays.asList(option(argv, "--points", "").split(";"))
              : TopicsTuning.DEFAULT_POINTS,
          Arrays.stream(option(argv, "--seeds", "42,43,44").split(",")).map(Long::parseLong).toList(),
          Arrays.stream(option(argv, "--k", "10,20").split(",")).map(Integer::parseInt).toList(), System.out);
      case "cluster-tuning" -> ClusterTuning.run(Path.of(option(argv, "--corpora", "../shared/corpora")), System.out);
      case "clustering" -> ClusteringBenchmark.run(Path.of(option(argv, "--corpora", "../shared/corpora")), check,
          System.out);
      case "framing" -> FramingBenchmark.run(Path.of(option(argv, "--input", "../shared/corpora/basil.jsonl")),
          sets(argv), check, System.out);
      case "groups" -> GroupsBenchmark.run(Path.of(option(argv, "--input",
          "../shared/corpora/allsides_roundups.jsonl")), option(argv, "--field", "bias_label"), sets(argv), check,
          System.out);
      case "quotes" -> QuotesBenchmark.run(Path.of(option(argv, "--input", "../shared/corpora/polnear.jsonl")),
          check, System.out);
      case "entities" -> EntitiesBenchmark.run(Path.of(option(argv, "--input", "../shared/corpora/basil.jsonl")),
          check, System.out);
      case "tone" -> ToneBenchmark.score(Path.of(option(argv, "--input", "../shared/corpora/newsmtsc.jsonl")), check,
          System.out);
      case "tone-train" -> ToneBenchmark.train(Path.of(option(argv, "--input", "../shared/corpora/newsmtsc.jsonl")),
          argv.contains("--write"), System.out);
      case "daily" -> DailyBenchmark.run(Path.of(option(argv, "--input", "../shared/corpora/abp.jsonl.gz")),
          java.time.LocalDate.parse(option(argv, "--from", "2016-05-01")),
          java.time.LocalDate.parse(option(argv, "--to", "2016-05-31")),
          Integer.parseInt(option(argv, "--lookback", "3")), argv.contains("--sparse"), option(argv, "--gold", null),
          argv.contains("--reuse"), check, System.out);
      case "html" -> html(option(argv, "--run", "target/bench/groups/abp"), System.out);
      case "browser" -> BrowserCheck.run(Path.of(option(argv, "--run", "target/bench/entities/basil")),
          option(argv, "--name", "basil"), check, System.out);
      case "scale" -> ScaleBenchmark.run(Path.of(option(argv, "--input", "../shared/corpora/abp.jsonl.gz")),
          Arrays.stream(option(argv, "--slices", "4,2,1").split(",")).map(String::trim).map(Integer::valueOf)
              .toList(), System.out);
      default -> {
        System.err.println("unknown benchmark: " + argv.get(0));
        yield 64;
      }
    };
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The HTML story report alone, built from an existing run's reports into target/bench/html: time and size. */
  static int html(String run, PrintStream out) throws Exception {
    SparkSession spark = SparkSessions.create("parallax-bench-html");
    try {
      Path target = Path.of("target/bench/html");
      if (Files.exists(target)) {
        try (var s = Files.walk(target)) {
          s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      long t0 = System.nanoTime();
      org.parallax.report.html.StorySite.Written w = org.parallax.report.html.StorySite.write(spark, run,
          target.toAbsolutePath().toString());
      out.printf(java.util.Locale.ROOT, "html report of %s: %d pages, %.1f MB, %.1f s%n", run, w.pages(),
          w.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Every "--set key=value" of the command line, in order, passed on to the run. */
  static List<String> sets(List<String> argv) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < argv.size(); i++) {
      if (argv.get(i).equals("--set")) {
        out.add(argv.get(i + 1));
      }
    }
    return out;
  }

  /** A run of the real CLI on one input: where its reports went, how long it took, how it ended. */
  record CliRun(Path output, double seconds, org.parallax.cli.ExitCode code) {
    boolean ok() {
      return code == org.parallax.cli.ExitCode.OK;
    }
  }

  /** Runs {@code parallax run} on {@code input} into target/bench/{@code name}/(the input's name), timed. */
  static CliRun runCli(String name, Path input) {
    Path output = Path.of("target/bench", name, input.getFileName().toString().replaceAll("\\..*", ""));
    long t0 = System.nanoTime();
    org.parallax.cli.ExitCode code = org.parallax.Main.run(new String[] {"run", "--input", input.toString(),
        "--output", output.toString()}, System.err, System.err);
    return new CliRun(output, (System.nanoTime() - t0) / 1e9, code);
  }

  static String option(List<String> argv, String name, String dflt) {
    int i = argv.indexOf(name);
    return i >= 0 && i + 1 < argv.size() ? argv.get(i + 1) : dflt;
  }

  static int boilerplate(Path corpora, boolean check, PrintStream out) throws Exception {
    ParallaxConfig cfg = ConfigLoader.load(null, List.of());
    SparkSession spark = SparkSessions.create("parallax-bench-boilerplate");
    Path work = Files.createTempDirectory("parallax-bench");
    try {
      Map<String, List<LabelledArticle>> sets = new LinkedHashMap<>();
      sets.put("seeds (hand-labelled)", SeedLabels.read(Path.of("sample/boilerplate-labels.txt"),
          Path.of("sample/seeds")));
      for (String name : List.of("basil", "bbc", "ecbplus")) {
        Path corpus = corpora.resolve(name + ".jsonl");
        if (Files.exists(corpus)) {
          sets.put(name + " + injected", BoilerplateBenchmark.injected(corpus, 1000, 42));
        } else {
          out.println("(" + corpus + " not found: skipped)");
        }
      }
      BoilerplateBenchmark.printHeader(out);
      RemovalScore all = new RemovalScore();
      int articles = 0;
      for (Map.Entry<String, List<LabelledArticle>> e : sets.entrySet()) {
        RemovalScore s = BoilerplateBenchmark.score(spark, e.getValue(), cfg, work);
        BoilerplateBenchmark.printRow(out, e.getKey(), e.getValue().size(), s);
        all.addAll(s);
        articles += e.getValue().size();
      }
      BoilerplateBenchmark.printRow(out, "all", articles, all);
      out.println();
      out.printf("%-18s %8s %8s %8s%n", "label", "lines", "removed", "share");
      for (Map.Entry<String, long[]> k : all.byKind().entrySet()) {
        out.printf("%-18s %8d %8d %8.4f%n", k.getKey(), k.getValue()[0], k.getValue()[1],
            (double) k.getValue()[1] / k.getValue()[0]);
      }
      Path errors = Path.of("target/bench/boilerplate-errors.tsv");
      Files.createDirectories(errors.getParent());
      List<String> rows = new ArrayList<>(List.of("error\tarticle_id\tlabel\tline"));
      all.wronglyRemoved().forEach(l -> rows.add("body_removed\t" + l));
      all.missed().forEach(l -> rows.add("chrome_kept\t" + l));
      Files.write(errors, rows);
      out.println();
      out.println("every error (up to 5000 of each kind): " + errors);
      out.println("body lines removed (first 20):");
      all.wronglyRemoved().stream().limit(20).forEach(l -> out.println("  " + l));
      out.println("chrome lines kept (first 20):");
      all.missed().stream().limit(20).forEach(l -> out.println("  " + l));
      out.printf("%nboilerplate_precision %.4f%nboilerplate_recall %.4f%n", all.precision(), all.recall());
      List<String> failures = new ArrayList<>();
      if (all.precision() < BOILERPLATE_MIN_PRECISION) {
        failures.add("precision " + String.format("%.4f", all.precision()) + " < " + BOILERPLATE_MIN_PRECISION);
      }
      if (all.recall() < BOILERPLATE_MIN_RECALL) {
        failures.add("recall " + String.format("%.4f", all.recall()) + " < " + BOILERPLATE_MIN_RECALL);
      }
      if (!failures.isEmpty()) {
        out.println("TARGET MISSED: " + String.join("; ", failures));
      }
      return check && !failures.isEmpty() ? 1 : 0;
    } finally {
      spark.stop();
    }
  }
}
