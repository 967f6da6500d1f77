package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per output: the lock beside it, a second run refused, a killed run's lock taken over. */
class OutputLockTest {
  @TempDir
  Path dir;

  @Test
  void aSecondRunOnTheSameOutputIsRefusedNamingTheFirstAndCanRunOnceItEnds() {
    String out = dir.resolve("reports").toString();
    Path lockFile = dir.resolve(".reports-lock");
    try (OutputLock first = OutputLock.acquire(out, "run-1", new Configuration())) {
      assertTrue(Files.exists(lockFile));
      PreflightException e = assertThrows(PreflightException.class,
          () -> OutputLock.acquire(out, "run-2", new Configuration()));
      assertEquals(ExitCode.LOCKED, e.code());
      assertTrue(e.getMessage().contains("being written by run run-1"), e.getMessage());
      assertTrue(e.getMessage().contains("remove " + lockFile.toUri().toString().replaceFirst("^file:///", "file:/")),
          e.getMessage());
      try (OutputLock other = OutputLock.acquire(dir.resolve("other").toString(), "run-3", new Configuration())) {
        assertTrue(Files.exists(dir.resolve(".other-lock")), "another output has its own lock");
      }
    }
    assertFalse(Files.exists(lockFile), "released when the run ends");
    try (OutputLock again = OutputLock.acquire(out, "run-2", new Configuration())) {
      assertTrue(Files.exists(lockFile));
    }
  }

  @Test
  void aLockLeftByAKilledProcessOnThisHostIsTakenOverButNotOneFromAnotherHost() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path lockFile = dir.resolve(".reports-lock");
    Files.writeString(lockFile, "run_id=killed\nhost=" + OutputLock.host() + "\npid=" + gone.pid()
        + "\nstarted_at=2026-12-04T00:00:00Z\n");
    try (OutputLock lock = OutputLock.acquire(dir.resolve("reports").toString(), "run-2", new Configuration())) {
      assertTrue(Files.readString(lockFile).contains("run_id=run-2"));
    }
    Files.writeString(lockFile, "run_id=elsewhere\nhost=another-host.example\npid=" + gone.pid() + "\n");
    PreflightException e = assertThrows(PreflightException.class,
        () -> OutputLock.acquire(dir.resolve("reports").toString(), "run-3", new Configuration()));
    assertTrue(e.getMessage().contains("on another-host.example"), e.getMessage());
  }
}
