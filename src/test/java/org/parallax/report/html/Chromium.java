package org.parallax.report.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Chromium (Debian's package), as the browser tests drive it: the DOM after scripts ran, a screenshot. */
public final class Chromium {
  private Chromium() {}

  /** The browser's path, or null when it is not installed (the tests then skip, saying so). */
  public static String binary() {
    for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(c))) {
        return c;
      }
    }
    return null;
  }

  /** The page's DOM once loaded and its scripts have run. */
  public static String dom(String url) throws Exception {
    return run(List.of("--dump-dom", url));
  }

  /** Saves a screenshot of the page, {@code width} x {@code height} pixels. */
  public static void screenshot(String url, Path png, int width, int height) throws Exception {
    Files.createDirectories(png.getParent());
    run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), url));
  }

  private static String run(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(binary(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars", "--virtual-time-budget=3000"));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish: " + cmd);
    }
    return out;
  }
}
