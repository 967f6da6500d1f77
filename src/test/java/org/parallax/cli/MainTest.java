package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.Main;

/** Exit codes and messages of the CLI paths that stop before Spark starts. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ExitCode run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertEquals(ExitCode.OK, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("parallax run --input URI"));
  }

  @Test
  void versionNamesSpark() {
    assertEquals(ExitCode.OK, run("--version"));
    assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s)parallax \\S+ \\(Spark 4\\.0\\.1, Java .*"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertEquals(ExitCode.USAGE, run());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("cluster", "--input", "x"));
    assertTrue(stderr().contains("unknown command 'cluster'"), stderr());
  }

  @Test
  void missingOutputIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("run", "--input", "x"));
    assertTrue(stderr().contains("missing --output"), stderr());
  }

  @Test
  void optionWithoutValueIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("run", "--input", "x", "--output"));
    assertTrue(stderr().contains("--output needs a value"), stderr());
  }

  @Test
  void badConfigurationStopsBeforeSparkWithItsOwnCode() {
    assertEquals(ExitCode.BAD_CONFIG, run("run", "--input", "x", "--output", "y", "--set", "topics.k=1"));
    assertTrue(stderr().contains("topics.k"), stderr());
    assertTrue(stderr().contains("valid example"), stderr());
  }

  @Test
  void parsesRepeatedInputsAndEqualsForms() {
    RunArgs a = RunArgs.parse(List.of("--input", "a", "--input=b", "--output", "o", "--set", "topics.k=3",
        "--config=c.yaml"));
    assertEquals(List.of("a", "b"), a.inputs());
    assertEquals("o", a.output());
    assertEquals(List.of("topics.k=3"), a.overrides());
    assertEquals("c.yaml", a.configFile().toString());
  }

  @Test
  void exitCodesAreDistinct() {
    assertEquals(ExitCode.values().length,
        java.util.Arrays.stream(ExitCode.values()).mapToInt(c -> c.code).distinct().count());
  }
}
