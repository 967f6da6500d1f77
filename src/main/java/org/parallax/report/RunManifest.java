package org.parallax.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what ran, on what, with which configuration, and what came out. Written last into
 * the staging folder, so an output folder with a manifest is complete. Counts reconcile:
 * records_read = articles_accepted + records_rejected.
 */
public final class RunManifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final ObjectNode counts = JSON.createObjectNode();
  private final ObjectNode stages = JSON.createObjectNode();
  private final ObjectNode reports = JSON.createObjectNode();
  private final Map<String, Long> rejectedByReason = new LinkedHashMap<>();
  private final Instant started = Instant.now();

  public RunManifest(String runId, List<String> inputs, String output, JsonNode config,
      Map<String, String> versions) {
    root.put("run_id", runId);
    root.put("started_at", started.toString());
    root.putPOJO("versions", versions);
    root.putPOJO("inputs", inputs);
    root.put("output", output);
    root.set("config", config);
  }

  /** What each input held: files (read, rejected, skipped, sidecars) and records; totals in counts. */
  public void inputs(List<Map<String, Object>> perInput) {
    root.putPOJO("inputs", perInput);
    for (String k : List.of("files", "files_read", "files_rejected", "files_skipped", "sidecar_files")) {
      counts.put(k, perInput.stream().mapToLong(m -> ((Number) m.get(k)).longValue()).sum());
    }
  }

  /** What the recovery of leftovers of killed runs did, one line each (empty when there were none). */
  public void recovered(List<String> lines) {
    root.putPOJO("recovered", lines);
  }

  /** "N read, N rejected, N skipped" over all inputs. */
  public String filesSummary() {
    return counted("files") + " listed: " + counted("files_read") + " read, " + counted("files_rejected")
        + " rejected, " + counted("files_skipped") + " skipped (hidden or _-prefixed), " + counted("sidecar_files")
        + " sidecar(s)";
  }

  public void count(String name, long value) {
    counts.put(name, value);
  }

  public void rejected(String reason, long n) {
    rejectedByReason.put(reason, n);
  }

  public void stage(String name, double seconds) {
    stages.put(name, Math.round(seconds * 1000) / 1000.0);
  }

  public void report(String name, long rows) {
    reports.put(name, rows);
  }

  public long counted(String name) {
    JsonNode n = counts.get(name);
    return n == null ? 0 : n.asLong();
  }

  /** "reason: n, ..." for messages. */
  public String rejectedSummary() {
    StringBuilder sb = new StringBuilder();
    rejectedByReason.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
    return sb.toString();
  }

  public double wallSeconds() {
    return root.has("wall_seconds") ? root.get("wall_seconds").asDouble()
        : Duration.between(started, Instant.now()).toMillis() / 1000.0;
  }

  /** Peak resident memory of this JVM process (Linux VmHWM), or null where /proc is not there. */
  static Long driverPeakRssMb() {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  public String toJson() {
    Instant finished = Instant.now();
    root.put("finished_at", finished.toString());
    root.put("wall_seconds", Duration.between(started, finished).toMillis() / 1000.0);
    Long peak = driverPeakRssMb();
    if (peak != null) {
      root.put("driver_peak_rss_mb", peak); // the whole process in local mode
    }
    counts.putPOJO("rejected_by_reason", rejectedByReason);
    root.set("counts", counts);
    root.set("stage_seconds", stages);
    root.set("report_rows", reports);
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
