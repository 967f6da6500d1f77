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
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: parallax [-hV] [COMMAND]"),
        out.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("evaluate"), out.toString(StandardCharsets.UTF_8));
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
    assertTrue(stderr().contains("Unmatched arguments from index 0: 'cluster'"), stderr());
  }

  @Test
  void missingOutputIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("run", "--input", "x"));
    assertTrue(stderr().contains("Missing required option: '--output=URI'"), stderr());
    assertTrue(stderr().contains("Run 'parallax run --help' for usage."), stderr());
  }

  @Test
  void optionWithoutValueIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("run", "--input", "x", "--output"));
    assertTrue(stderr().contains("Missing required parameter for option '--output' (URI)"), stderr());
  }

  @Test
  void mistypedOptionGetsASuggestion() {
    assertEquals(ExitCode.USAGE, run("run", "--inptu", "x", "--output", "y"));
    assertTrue(stderr().contains("Unknown options: '--inptu'"), stderr());
    assertTrue(stderr().contains("--input"), stderr());
  }

  @Test
  void blankValueIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("run", "--input", " ", "--output", "y"));
    assertTrue(stderr().contains("--input needs a non-empty value"), stderr());
  }

  @Test
  void subcommandHelpListsItsOptionsAndExitCodes() {
    assertEquals(ExitCode.OK, run("help", "evaluate"));
    String usage = out.toString(StandardCharsets.UTF_8);
    assertTrue(usage.contains("--gold-field=FIELD"), usage);
    assertTrue(usage.contains("Exit codes: 0 success"), usage);
    assertEquals(ExitCode.OK, run("run", "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--set=key=value"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badConfigurationStopsBeforeSparkWithItsOwnCode() {
    assertEquals(ExitCode.BAD_CONFIG, run("run", "--input", "x", "--output", "y", "--set", "topics.k=1"));
    assertTrue(stderr().contains("topics.k"), stderr());
    assertTrue(stderr().contains("valid example"), stderr());
  }

  @Test
  void parsesRepeatedInputsAndEqualsForms() {
    picocli.CommandLine.ParseResult parsed = new picocli.CommandLine(new ParallaxCommand()).parseArgs("run",
        "--input", "a", "--input=b", "--output", "o", "--set", "topics.k=3", "--config=c.yaml");
    RunCommand.RunArgs a = ((RunCommand) parsed.subcommand().commandSpec().userObject()).args();
    assertEquals(List.of("a", "b"), a.inputs());
    assertEquals("o", a.output());
    assertEquals(List.of("topics.k=3"), a.overrides());
    assertEquals("c.yaml", a.configFile());
  }

  @Test
  void exitCodesAreDistinct() {
    assertEquals(ExitCode.values().length,
        java.util.Arrays.stream(ExitCode.values()).mapToInt(c -> c.code).distinct().count());
  }
}
