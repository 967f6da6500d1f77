package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Main;

/** Paths that cannot work stop the real CLI before Spark starts, each with its exit code and one line. */
class PreflightTest {
  @TempDir
  Path dir;

  record Result(ExitCode code, String stderr) {}

  private Result cli(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // Other test classes may leave the JVM's shared session running: a run that got as far as Spark would
    // start one, or take that one and stop it at its end.
    scala.Option<SparkSession> before = SparkSession.getDefaultSession();
    ExitCode code = Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    scala.Option<SparkSession> after = SparkSession.getDefaultSession();
    assertTrue(after.isEmpty() || before.isDefined() && after.get() == before.get()
        && !after.get().sparkContext().isStopped(), "Spark must not have started");
    return new Result(code, err.toString(StandardCharsets.UTF_8));
  }

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"a\", \"text\": \"Blinken met Qin in Beijing on Sunday.\"}\n");
    return in;
  }

  @Test
  void aMissingInputIsExit66NamingIt() {
    Result r = cli("run", "--input", dir.resolve("nowhere.jsonl").toString(), "--output", dir.resolve("o").toString());
    assertEquals(ExitCode.NO_INPUT, r.code());
    assertTrue(r.stderr().contains("nowhere.jsonl does not exist"), r.stderr());
    assertEquals(1, r.stderr().strip().lines().count(), "one line: " + r.stderr());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void aMissingSidecarIsExit66() throws IOException {
    Result r = cli("run", "--input", corpus().toString(), "--output", dir.resolve("o").toString(),
        "--set", "input.sidecar=" + dir.resolve("meta.csv"));
    assertEquals(ExitCode.NO_INPUT, r.code());
    assertTrue(r.stderr().contains("input.sidecar"), r.stderr());
  }

  @Test
  void aMissingOrHeaderlessOutletTableStopsBeforeSparkNamingTheOption() throws IOException {
    Result missing = cli("run", "--input", corpus().toString(), "--output", dir.resolve("o").toString(),
        "--outlets", dir.resolve("outlets.csv").toString());
    assertEquals(ExitCode.NO_INPUT, missing.code());
    assertTrue(missing.stderr().contains("--outlets"), missing.stderr());
    Path noOutlet = Files.writeString(dir.resolve("lean.csv"), "name,lean\nAP,center\n");
    Result bad = cli("run", "--input", corpus().toString(), "--output", dir.resolve("o").toString(),
        "--outlets", noOutlet.toString());
    assertEquals(ExitCode.BAD_CONFIG, bad.code());
    assertTrue(bad.stderr().contains("'outlet' column") && bad.stderr().contains("outlet,lean"), bad.stderr());
    Path text = Files.writeString(dir.resolve("outlets.txt"), "outlet lean\n");
    assertEquals(ExitCode.BAD_CONFIG, cli("run", "--input", corpus().toString(), "--output",
        dir.resolve("o").toString(), "--outlets", text.toString()).code());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void anOutputInsideAnInputIsExit73() throws IOException {
    Path in = corpus();
    Result r = cli("run", "--input", in.toString(), "--output", in.resolve("reports").toString());
    assertEquals(ExitCode.CANT_CREATE, r.code());
    assertTrue(r.stderr().contains("is inside input"), r.stderr());
    Result back = cli("run", "--input", in.resolve("a.jsonl").toString(), "--output", in.toString());
    assertEquals(ExitCode.CANT_CREATE, back.code(), back.stderr());
  }

  @Test
  void anUnwritableOutputLocationIsExit73() throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    Result r = cli("run", "--input", corpus().toString(), "--output", file.resolve("reports").toString());
    assertEquals(ExitCode.CANT_CREATE, r.code());
    assertTrue(r.stderr().contains("not writable"), r.stderr());
    Result proc = cli("run", "--input", corpus().toString(), "--output", "/proc/parallax-reports");
    assertEquals(ExitCode.CANT_CREATE, proc.code(), proc.stderr());
  }

  @Test
  void anUnwritableCheckpointFolderIsExit73NamingTheKey() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    Result r = cli("run", "--input", corpus().toString(), "--output", dir.resolve("out").toString(),
        "--set", "run.checkpoint_dir=" + file.resolve("checkpoints"));
    assertEquals(ExitCode.CANT_CREATE, r.code(), r.stderr());
    assertTrue(r.stderr().contains("(configuration key run.checkpoint_dir) is not writable"), r.stderr());
    assertTrue(r.stderr().contains("e.g. --set run.checkpoint_dir="), r.stderr());
  }

  @Test
  void anOutputThatIsSomeonesDataIsExit73() throws IOException {
    Path precious = Files.createDirectories(dir.resolve("thesis"));
    Files.writeString(precious.resolve("thesis.tex"), "years of work");
    Result r = cli("run", "--input", corpus().toString(), "--output", precious.toString());
    assertEquals(ExitCode.CANT_CREATE, r.code());
    assertEquals("years of work", Files.readString(precious.resolve("thesis.tex")));
  }

  @Test
  void aSchemeWithoutAFileSystemIsExit69WithTheFix() throws IOException {
    Result r = cli("run", "--input", "s3a://bucket/news/", "--output", dir.resolve("o").toString());
    assertEquals(ExitCode.UNAVAILABLE, r.code());
    assertTrue(r.stderr().contains("s3a://") && r.stderr().contains("jobs/extra-jars"), r.stderr());
    Result out = cli("run", "--input", corpus().toString(), "--output", "gopher://host/reports");
    assertEquals(ExitCode.UNAVAILABLE, out.code(), out.stderr());
  }
}
