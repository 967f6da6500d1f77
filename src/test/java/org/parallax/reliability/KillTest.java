package org.parallax.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.report.ReportOutput;

/**
 * Kills Parallax at every step of the commit (halting the process there, as kill -9 would) and in
 * stages of a real run (kill -9 and SIGTERM), and checks that the output path always holds a complete
 * output, and that the next run cleans up and says so.
 */
@Tag("slow")
class KillTest {
  @TempDir
  Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private Process start(List<String> jvmArgs, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java(), "@conf/jvm.options", "-Xmx2g", "-XX:TieredStopAtLevel=1"));
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private int commitChild(Path out, String runId, String crashAt) throws Exception {
    List<String> jvm = crashAt == null ? List.of() : List.of("-D" + ReportOutput.CRASH_AT + "=" + crashAt);
    Process p = start(jvm, CommitChild.class.getName(), out.toString(), runId);
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), log);
    return p.exitValue();
  }

  private static String runId(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve(ReportOutput.MANIFEST).toFile()).get("run_id").asText();
  }

  private List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + out.getFileName() + "."))
          .sorted().toList();
    }
  }

  @ParameterizedTest(name = "halt at commit step {0}")
  @CsvSource({"staged, run-1", "linked, run-1", "published, run-2"})
  void aHaltAtAnyCommitStepLeavesTheOldOrTheNewOutput(String step, String expected) throws Exception {
    Path out = dir.resolve("reports");
    assertEquals(0, commitChild(out, "run-1", null));
    assertEquals("run-1", runId(out));
    assertEquals(137, commitChild(out, "run-2", step), "halted at " + step);
    assertEquals(expected, runId(out), "the output path holds a complete output after a halt at " + step);
    assertTrue(Files.exists(out.resolve("articles/part-00000.txt")));
    List<String> done = new ReportOutput(out.toString(), "run-3", new Configuration()).recover();
    assertFalse(done.isEmpty(), "the next run says what it cleaned up");
    assertEquals(List.of(Files.readSymbolicLink(out).toString()), leftovers(out),
        "only the current version is left: " + done);
    assertEquals(expected, runId(out));
  }

  @ParameterizedTest(name = "halt at {0} over an output folder written before links")
  @ValueSource(strings = {"staged", "set-aside", "published"})
  void aLegacyOutputFolderSurvivesAHaltOrIsRestored(String step) throws Exception {
    Path out = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(out.resolve(ReportOutput.MANIFEST), "{\"run_id\": \"run-0\"}");
    assertEquals(137, commitChild(out, "run-1", step));
    List<String> done = new ReportOutput(out.toString(), "run-2", new Configuration()).recover();
    assertEquals(step.equals("published") ? "run-1" : "run-0", runId(out),
        "after recovery the output is complete: " + done);
    if (step.equals("set-aside")) {
      assertTrue(done.get(0).startsWith("restored the previous output"), done.toString());
    }
  }

  /** A real run of the CLI on the seeds, killed when its log says the stage started. */
  private Process runUntil(Path out, String stage) throws Exception {
    Process p = start(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
        "-Dspark.sql.shuffle.partitions=4", "-Dspark.driver.host=127.0.0.1",
        "-Dlog4j2.configurationFile=" + new File("conf/log4j2.properties").getAbsolutePath()),
        "org.parallax.Main", "run", "--input", "sample/seeds", "--output", out.toString());
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder log = new StringBuilder();
    while ((line = r.readLine()) != null) {
      log.append(line).append('\n');
      if (line.contains("stage " + stage + " started") || (stage.equals("reports-writing")
          && line.contains("report articles:"))) {
        return p;
      }
    }
    throw new AssertionError("the run ended before stage " + stage + ":\n" + log);
  }

  /**
   * Both signals early, in the middle and late in a run, and both while the reports are being written.
   * Every stage boundary is the same code (Pipeline.stage), so not every stage needs its own child run.
   */
  @ParameterizedTest(name = "{0} during {1}")
  @CsvSource({"KILL, ingest", "TERM, clean", "TERM, similarity", "KILL, cluster", "TERM, framing",
      "KILL, reports-writing", "TERM, reports-writing"})
  void aSignalDuringARunLeavesThePreviousOutput(String signal, String stage) throws Exception {
    Path out = dir.resolve("reports");
    CommitChild.main(new String[] {out.toString(), "previous"}); // in this JVM: nothing here is killed
    Process p = runUntil(out, stage);
    // kill(1), not Process.destroy(), which would also close the pipe this test still reads.
    assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor());
    String rest = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(90, TimeUnit.SECONDS));
    assertEquals("previous", runId(out), "the previous output is untouched");
    if (signal.equals("TERM")) {
      assertEquals(143, p.exitValue(), rest);
      assertTrue(rest.contains("parallax: stopped by a signal"), rest);
      assertFalse(rest.contains("You hit a bug"), rest);
      assertFalse(rest.contains("\tat org.apache.spark"), "no stack trace: " + rest);
      assertEquals(List.of(Files.readSymbolicLink(out).toString()), leftovers(out), "SIGTERM cleans up itself");
    } else {
      assertEquals(137, p.exitValue());
      new ReportOutput(out.toString(), "next", new Configuration()).recover();
      assertEquals(List.of(Files.readSymbolicLink(out).toString()), leftovers(out), "the next run cleans up");
    }
  }
}
