package org.parallax.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/schedules/backfill.sh with a stand-in runner that records its arguments and fails on one day: the
 * days run in order, each with the given options, and the first failure stops the range with its exit code.
 */
class BackfillScriptTest {
  @TempDir
  Path tmp;

  private record Ran(int code, String output, List<String> calls) {}

  private Ran backfill(String... args) throws Exception {
    Path calls = tmp.resolve("calls.txt");
    Path runner = tmp.resolve("fake-parallax");
    Files.writeString(runner, "#!/usr/bin/env bash\necho \"$*\" >> '" + calls + "'\n"
        + "[[ \"$*\" == *'--day 2024-02-29'* ]] && exit 70\nexit 0\n");
    runner.toFile().setExecutable(true);
    List<String> cmd = new java.util.ArrayList<>(List.of("jobs/schedules/backfill.sh"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PARALLAX_RUNNER", runner.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    return new Ran(code, out, Files.exists(calls) ? Files.readAllLines(calls) : List.of());
  }

  @Test
  void runsTheDaysInOrderAcrossAMonthEnd() throws Exception {
    Ran r = backfill("2024-01-30", "2024-02-02", "--", "--input", "news", "--output", "out");
    assertEquals(0, r.code, r.output);
    assertEquals(List.of("run --day 2024-01-30 --input news --output out", "run --day 2024-01-31 --input news "
        + "--output out", "run --day 2024-02-01 --input news --output out", "run --day 2024-02-02 --input news "
        + "--output out"), r.calls);
  }

  @Test
  void stopsAtTheFirstFailedDayWithItsExitCode() throws Exception {
    Ran r = backfill("2024-02-27", "2024-03-02", "--", "--input", "news", "--output", "out");
    assertEquals(70, r.code, r.output);
    assertEquals(3, r.calls.size(), "27, 28 and the leap day, then nothing: " + r.calls);
    assertTrue(r.output.contains("day 2024-02-29 failed with exit code 70"), r.output);
  }

  @Test
  void refusesWhatIsNotARangeOfDays() throws Exception {
    assertEquals(64, backfill("2024-02-30", "2024-03-01", "--", "--input", "x").code, "no such day");
    assertEquals(64, backfill("2024-03-02", "2024-03-01", "--", "--input", "x").code, "from after to");
    assertEquals(64, backfill("2024-03-01", "2024-03-02", "--input", "x").code, "no --");
    assertEquals(List.of(), backfill("2024-03-02", "2024-03-01", "--", "x").calls);
  }
}
