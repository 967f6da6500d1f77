package org.parallax.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.parallax.config.ParallaxConfig;
import org.parallax.report.ReportOutput;

/**
 * Everything about the paths that can be checked before Spark starts, each failure with its own exit
 * code and a one-line message naming the path: every input's and the output's scheme has a file system
 * on the classpath (69); every input, and the sidecar named by input.sidecar, exists and can be read
 * (66); the output is not inside an input nor an input inside the output, replaces nothing that is not
 * a Parallax output, and its folder is writable (73). Uses the Hadoop client alone, configured from
 * spark.hadoop.* properties as Spark would be.
 */
public final class Preflight {
  private Preflight() {}

  public static void check(List<String> inputs, String output, ParallaxConfig config) {
    check(inputs, output, config, false);
  }

  /** As {@link #check(List, String, ParallaxConfig)}; {@code daily}: the output is a daily one (run --day). */
  public static void check(List<String> inputs, String output, ParallaxConfig config, boolean daily) {
    Configuration hadoop = hadoopConfiguration();
    Path out = qualified(output, "output", hadoop);
    for (String in : inputs) {
      Path p = qualified(in, "input", hadoop);
      readable(p, "input " + in, hadoop);
      if (inside(out, p)) {
        throw new PreflightException(ExitCode.CANT_CREATE, "output " + output + " is inside input " + in
            + ": the next run would read its own reports; give an output outside the inputs, e.g. --output "
            + new Path(p.getParent() == null ? p : p.getParent(), "parallax-reports"));
      }
      if (inside(p, out)) {
        throw new PreflightException(ExitCode.CANT_CREATE, "input " + in + " is inside output " + output
            + ", which the run replaces; give an output folder of its own");
      }
    }
    String sidecar = config.input.sidecar;
    if (!sidecar.equals("auto") && !sidecar.equals("none")) {
      readable(qualified(sidecar, "sidecar", hadoop), "sidecar " + sidecar + " (configuration key input.sidecar)",
          hadoop);
    }
    String outlets = config.groups.outlets;
    if (outlets != null && !outlets.isBlank()) {
      outletTable(qualified(outlets, "outlet table", hadoop), outlets, hadoop);
    }
    try {
      if (daily) {
        org.parallax.daily.DailyOutput.checkRoot(out, out.getFileSystem(hadoop));
      } else {
        ReportOutput.checkSafe(out, out.getFileSystem(hadoop));
      }
    } catch (IOException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "cannot open output " + output + ": " + e.getMessage());
    }
    writable(out, output, hadoop);
    String checkpoints = config.run.checkpointDir;
    if (checkpoints != null && !checkpoints.isBlank()) {
      checkpointsWritable(qualified(checkpoints, "checkpoint folder (run.checkpoint_dir)", hadoop), checkpoints,
          hadoop);
    }
  }

  /**
   * groups.outlets, when given, must be readable, be CSV or Parquet by its name, and a CSV's header must name an
   * outlet column.
   */
  private static void outletTable(Path p, String given, Configuration hadoop) {
    String what = "outlet table " + given + " (--outlets, configuration key groups.outlets)";
    readable(p, what, hadoop);
    String name = p.getName().toLowerCase(java.util.Locale.ROOT);
    String example = "; e.g. --outlets outlets.csv with the header line: outlet,lean";
    if (name.endsWith(".csv")) {
      try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
          p.getFileSystem(hadoop).open(p), java.nio.charset.StandardCharsets.UTF_8))) {
        String header = r.readLine();
        List<String> columns = header == null ? List.of()
            : java.util.Arrays.stream(header.replace("\uFEFF", "").split(",")).map(String::trim).toList();
        if (!columns.contains("outlet") || columns.size() < 2) {
          throw new PreflightException(ExitCode.BAD_CONFIG, what + " has the header " + columns + ": it needs an "
              + "'outlet' column and at least one group column" + example);
        }
      } catch (IOException e) {
        throw new PreflightException(ExitCode.NO_INPUT, "cannot read " + what + ": " + firstLine(e));
      }
    } else if (!name.endsWith(".parquet") && !name.endsWith(".parq")) {
      try {
        if (!p.getFileSystem(hadoop).getFileStatus(p).isDirectory()) {
          throw new PreflightException(ExitCode.BAD_CONFIG, what + " is neither .csv nor .parquet (or a Parquet folder)"
              + example);
        }
      } catch (IOException e) {
        throw new PreflightException(ExitCode.NO_INPUT, "cannot read " + what + ": " + firstLine(e));
      }
    }
  }

  /** run.checkpoint_dir, when given, must be a folder this run can create files in. */
  private static void checkpointsWritable(Path dir, String given, Configuration hadoop) {
    try {
      FileSystem fs = dir.getFileSystem(hadoop);
      if (!fs.exists(dir) && !fs.mkdirs(dir)) {
        throw new IOException("cannot create folder " + dir);
      }
      Path probe = new Path(dir, ".parallax-probe-" + UUID.randomUUID());
      try (OutputStream o = fs.create(probe, false)) {
        o.write('x');
      }
      fs.delete(probe, false);
    } catch (IOException | RuntimeException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "checkpoint folder " + given + " (configuration key "
          + "run.checkpoint_dir) is not writable (" + firstLine(e) + "); give a folder you can write, e.g. "
          + "--set run.checkpoint_dir=hdfs:///tmp/parallax-checkpoints, or leave it empty for a folder beside "
          + "--output");
    }
  }

  /** A Hadoop configuration as Spark builds it: defaults plus every spark.hadoop.* system property. */
  public static Configuration hadoopConfiguration() {
    return org.parallax.spark.HadoopConf.beforeSpark();
  }

  private static Path qualified(String uri, String what, Configuration hadoop) {
    Path p;
    try {
      p = new Path(uri);
    } catch (IllegalArgumentException e) {
      throw new PreflightException(ExitCode.NO_INPUT, what + " '" + uri + "' is not a valid path or URI: "
          + e.getMessage());
    }
    String scheme = p.toUri().getScheme();
    try {
      if (scheme != null) {
        FileSystem.getFileSystemClass(scheme, hadoop);
      }
      return p.getFileSystem(hadoop).makeQualified(p);
    } catch (IOException | RuntimeException | LinkageError e) {
      if (scheme == null) {
        throw new PreflightException(ExitCode.NO_INPUT, "cannot open " + what + " " + uri + ": " + e.getMessage());
      }
      throw new PreflightException(ExitCode.UNAVAILABLE, "no file system for " + scheme + ":// (" + what + " " + uri
          + ") on the classpath: " + firstLine(e) + ". With jobs/parallax put its jars in jobs/extra-jars/ (for "
          + "s3a: hadoop-aws and the AWS SDK bundle, see README 'Other file systems'); with spark-submit use "
          + "--packages org.apache.hadoop:hadoop-aws:<Spark's Hadoop version>");
    }
  }

  private static void readable(Path p, String what, Configuration hadoop) {
    try {
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p)) {
        throw new PreflightException(ExitCode.NO_INPUT, what + " does not exist (looked for " + p + ")");
      }
      FileStatus st = fs.getFileStatus(p);
      if (st.isDirectory()) {
        fs.listStatus(p);
      } else {
        fs.open(p).close();
      }
    } catch (PreflightException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new PreflightException(ExitCode.NO_INPUT, what + " cannot be read: " + firstLine(e));
    }
  }

  private static void writable(Path out, String output, Configuration hadoop) {
    Path parent = out.getParent();
    if (parent == null) {
      throw new PreflightException(ExitCode.CANT_CREATE, "output " + output + " is a file-system root; give a "
          + "folder below it, e.g. --output /data/reports/parallax");
    }
    try {
      FileSystem fs = parent.getFileSystem(hadoop);
      if (!fs.exists(parent) && !fs.mkdirs(parent)) {
        throw new IOException("cannot create folder " + parent);
      }
      Path probe = new Path(parent, "." + out.getName() + ".parallax-probe-" + UUID.randomUUID());
      try (OutputStream o = fs.create(probe, false)) {
        o.write('x');
      }
      fs.delete(probe, false);
    } catch (IOException | RuntimeException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "output location " + parent + " is not writable ("
          + firstLine(e) + "); give a folder you can write, e.g. --output target/parallax-reports");
    }
  }

  /** Whether {@code a} is {@code b} or below it. */
  static boolean inside(Path a, Path b) {
    for (Path p = a; p != null; p = p.getParent()) {
      if (p.equals(b)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
