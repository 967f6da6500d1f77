package org.parallax.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.parallax.report.ReportOutput;

/**
 * A process that publishes a small fake report folder through {@link ReportOutput}, exactly as a run
 * does after its stages, without Spark: the kill tests halt it at each commit step.
 * Arguments: OUTPUT RUN_ID.
 */
public final class CommitChild {
  private CommitChild() {}

  public static void main(String[] args) throws Exception {
    ReportOutput out = new ReportOutput(args[0], args[1], new Configuration());
    out.checkSafe();
    out.recover();
    Path staging = Path.of(java.net.URI.create(out.stagingUri()));
    Files.createDirectories(staging.resolve("articles"));
    Files.writeString(staging.resolve("articles/part-00000.txt"), args[1], StandardCharsets.UTF_8);
    out.writeManifest("{\"run_id\": \"" + args[1] + "\"}");
    out.commit();
  }
}
