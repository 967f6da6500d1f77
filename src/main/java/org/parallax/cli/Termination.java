package org.parallax.cli;

import java.util.concurrent.TimeUnit;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.sql.SparkSession;

/**
 * SIGTERM and SIGINT during a run: a shutdown hook that runs before Spark's own (so the SparkContext is
 * still up) cancels the running Spark jobs and waits for the run to clean up (remove its staging folder,
 * or finish a commit already under way) and for {@code Main} to print one line saying what happened,
 * instead of Spark's "SparkContext was shut down" traces.
 */
public final class Termination {
  /** Above Spark's hook (Hadoop priority 40), so it runs first. */
  private static final int PRIORITY = 100;
  private static final Object LOCK = new Object();
  private static volatile boolean requested;
  private static volatile String stage = "start-up";
  private static int running;
  private static boolean installed;

  private Termination() {}

  /** A run starts: from now on a signal waits for it to clean up. */
  public static void begin() {
    synchronized (LOCK) {
      if (!installed) {
        ShutdownHookManager.get().addShutdownHook(Termination::onShutdown, PRIORITY, 60, TimeUnit.SECONDS);
        installed = true;
      }
      running++;
    }
  }

  /** The run has cleaned up and said what happened. */
  public static void end() {
    synchronized (LOCK) {
      running--;
      LOCK.notifyAll();
    }
  }

  /** The stage the run is in, for the message; stops here if a signal came. */
  public static void stage(String name) {
    checkpoint();
    stage = name;
  }

  public static String currentStage() {
    return stage;
  }

  /** Thrown at a stage boundary, before a report is written or before the commit, once a signal came. */
  public static final class Terminated extends RuntimeException {
    Terminated() {
      super("stopped by a signal", null, false, false);
    }
  }

  /** Stops the run here if a signal came: called where the run may stop cleanly. */
  public static void checkpoint() {
    if (requested) {
      throw new Terminated();
    }
  }

  /** Whether the JVM is shutting down under a run (a signal), so a failure is that and not a bug. */
  public static boolean requested() {
    return requested;
  }

  /** Cancelled tasks make Spark log warnings and traces that say nothing to the user: silence them. */
  private static void quietSpark() {
    try {
      org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.spark",
          org.apache.logging.log4j.Level.OFF);
    } catch (Throwable e) {
      // another logging backend: the traces stay
    }
  }

  private static void onShutdown() {
    synchronized (LOCK) {
      if (running == 0) {
        return;
      }
      requested = true;
    }
    quietSpark();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
    synchronized (LOCK) {
      while (running > 0 && System.nanoTime() < deadline) {
        // Again and again: the driver may start another job between two cancellations.
        SparkSession.getDefaultSession().foreach(s -> {
          s.sparkContext().cancelAllJobs();
          return null;
        });
        try {
          LOCK.wait(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
