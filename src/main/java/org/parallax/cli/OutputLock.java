package org.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per output at a time: a lock file beside the output ({@code .NAME-lock}), created with
 * create-if-absent (atomic on HDFS; on a local disk as good as the file system makes it), holding the run's
 * id, host, process id and start. A second run on the same output stops before Spark starts (exit 75) and
 * names the run that holds it. A lock left by a run that was killed (kill -9, a lost machine) is taken over
 * when it was written on this host by a process that no longer exists; a lock from another host is never
 * taken over: the message says which file to remove once no run is active.
 */
public final class OutputLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
  private final FileSystem fs;
  private final Path path;
  private final String runId;

  private OutputLock(FileSystem fs, Path path, String runId) {
    this.fs = fs;
    this.path = path;
    this.runId = runId;
  }

  /** The lock file of {@code output}: beside it, hidden. */
  public static Path lockPath(Path output) {
    return new Path(output.getParent(), "." + output.getName() + "-lock");
  }

  /** Takes the lock of {@code output} for run {@code runId}, or throws a PreflightException (LOCKED). */
  public static OutputLock acquire(String output, String runId, Configuration hadoop) {
    try {
      Path out = new Path(output);
      FileSystem fs = out.getFileSystem(hadoop);
      Path lock = lockPath(fs.makeQualified(out));
      for (int attempt = 0; attempt < 2; attempt++) {
        if (tryCreate(fs, lock, runId)) {
          return new OutputLock(fs, lock, runId);
        }
        Map<String, String> holder = read(fs, lock);
        if (holder == null) {
          continue; // released between our create and our read: try again
        }
        if (!stale(holder)) {
          throw new PreflightException(ExitCode.LOCKED, "output " + output + " is being written by run "
              + holder.getOrDefault("run_id", "?") + " (process " + holder.getOrDefault("pid", "?") + " on "
              + holder.getOrDefault("host", "?") + ", since " + holder.getOrDefault("started_at", "?")
              + "): one run per output at a time; try again when it ends, or if no run is active, remove " + lock);
        }
        LOG.warn("taking over the lock of run {}: its process {} on this host is gone (killed?); {}",
            holder.get("run_id"), holder.get("pid"), lock);
        fs.delete(lock, false);
      }
      throw new PreflightException(ExitCode.LOCKED, "output " + output + ": cannot take its lock " + lock
          + " (another run keeps taking it); try again");
    } catch (IOException e) {
      throw new PreflightException(ExitCode.CANT_CREATE, "cannot write the lock beside output " + output + ": "
          + e.getMessage());
    }
  }

  /** Removes the lock if it is still this run's. */
  @Override
  public void close() {
    try {
      Map<String, String> holder = read(fs, path);
      if (holder != null && runId.equals(holder.get("run_id"))) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      LOG.warn("could not remove the output lock {}: {}", path, e.getMessage());
    }
  }

  private static boolean tryCreate(FileSystem fs, Path lock, String runId) throws IOException {
    if (fs.exists(lock)) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    text.append("run_id=").append(runId).append('\n')
        .append("host=").append(host()).append('\n')
        .append("pid=").append(ProcessHandle.current().pid()).append('\n')
        .append("started_at=").append(Instant.now()).append('\n');
    try (FSDataOutputStream out = fs.create(lock, false)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  /** The lock's fields, or null when there is no lock. */
  static Map<String, String> read(FileSystem fs, Path lock) throws IOException {
    if (!fs.exists(lock)) {
      return null;
    }
    Map<String, String> m = new LinkedHashMap<>();
    try (InputStream in = fs.open(lock)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          m.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
    return m;
  }

  /** A lock written on this host by a process that is gone. */
  static boolean stale(Map<String, String> holder) {
    if (!host().equals(holder.get("host"))) {
      return false;
    }
    try {
      long pid = Long.parseLong(holder.getOrDefault("pid", ""));
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }
}
