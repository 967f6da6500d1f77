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
import org.parallax.report.ManifestFields.Count;

/**
 * manifest.json: what ran, on what, with which configuration, and what came out. Written last into
 * the staging folder, so an output folder with a manifest is complete. Counts reconcile:
 * records_read = articles_accepted + records_rejected. Its keys are those of {@link ManifestFields}.
 */
public final class RunManifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final ObjectNode counts = JSON.createObjectNode();
  private final ObjectNode stages = JSON.createObjectNode();
  private final ObjectNode reports = JSON.createObjectNode();
  private final ObjectNode quality = JSON.createObjectNode();
  private final Map<String, Long> rejectedByReason = new LinkedHashMap<>();
  private final Instant started = Instant.now();

  public RunManifest(String runId, List<String> inputs, String output, JsonNode config,
      Map<String, String> versions) {
    root.put(ManifestFields.RUN_ID.key(), runId);
    root.put(ManifestFields.STARTED_AT.key(), started.toString());
    root.putPOJO(ManifestFields.VERSIONS.key(), versions);
    root.putPOJO(ManifestFields.INPUTS.key(), inputs);
    root.put(ManifestFields.OUTPUT.key(), output);
    root.putNull(ManifestFields.DAILY.key());
    root.set(ManifestFields.CONFIG.key(), config);
    root.putPOJO(ManifestFields.RECOVERED.key(), List.of());
  }

  /** A manifest no run writes: what a pipeline started from in-memory articles counts into. */
  public static RunManifest detached() {
    return new RunManifest("detached", List.of(), "", JSON.createObjectNode(), Map.of());
  }

  /** A daily run's day, window and the state it continued (the manifest's {@code daily} key). */
  public void daily(java.time.LocalDate day, int lookbackDays, String stateFrom) {
    ObjectNode d = JSON.createObjectNode();
    d.put("day", day.toString());
    d.put("lookback_days", lookbackDays);
    d.put("first_day", day.minusDays(lookbackDays).toString());
    d.put("state_from", stateFrom);
    root.set(ManifestFields.DAILY.key(), d);
  }

  /** A count, as a number (null when not counted). */
  public Long countOrNull(Count c) {
    JsonNode n = counts.get(c.key);
    return n == null ? null : n.asLong();
  }

  /** What each input held: files (read, rejected, skipped, sidecars) and records; totals in counts. */
  public void inputs(List<Map<String, Object>> perInput) {
    root.putPOJO(ManifestFields.INPUTS.key(), perInput);
    for (Count c : List.of(Count.FILES, Count.FILES_READ, Count.FILES_REJECTED, Count.FILES_SKIPPED,
        Count.SIDECAR_FILES)) {
      count(c, perInput.stream().mapToLong(m -> ((Number) m.get(c.key)).longValue()).sum());
    }
  }

  /** What the recovery of leftovers of killed runs did, one line each (empty when there were none). */
  public void recovered(List<String> lines) {
    root.putPOJO(ManifestFields.RECOVERED.key(), lines);
  }

  /** How stage results were kept: local or reliable checkpoints, and where. */
  public void execution(String checkpoints, String checkpointDir) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("checkpoints", checkpoints);
    e.put("checkpoint_dir", checkpointDir);
    root.putPOJO(ManifestFields.EXECUTION.key(), e);
  }

  /** "N read, N rejected, N skipped" over all inputs. */
  public String filesSummary() {
    return counted(Count.FILES) + " listed: " + counted(Count.FILES_READ) + " read, "
        + counted(Count.FILES_REJECTED) + " rejected, " + counted(Count.FILES_SKIPPED)
        + " skipped (hidden or _-prefixed), " + counted(Count.SIDECAR_FILES) + " sidecar(s)";
  }

  public void count(Count c, long value) {
    counts.put(c.key, value);
  }

  public void rejected(String reason, long n) {
    rejectedByReason.put(reason, n);
  }

  public void stage(String name, double seconds) {
    stages.put(name, Math.round(seconds * 1000) / 1000.0);
  }

  /** A measure of the run's output (a key of {@link ManifestFields#QUALITY}). */
  public void metric(String name, double value) {
    quality.put(name, value);
  }

  /** A measure of the run's output, or null when not measured. */
  public Double metricOrNull(String name) {
    JsonNode n = quality.get(name);
    return n == null ? null : n.asDouble();
  }

  /** A stage's wall time in seconds, or null when it has not run. */
  public Double stageSecondsOrNull(String name) {
    JsonNode n = stages.get(name);
    return n == null ? null : n.asDouble();
  }

  public void report(String name, long rows) {
    reports.put(name, rows);
  }

  /** "26 reports, 5,123,456 rows" over the reports written so far. */
  public String reportsSummary() {
    long rows = 0;
    for (JsonNode n : reports) {
      rows += n.asLong();
    }
    return String.format(java.util.Locale.ROOT, "%d reports, %,d rows", reports.size(), rows);
  }

  /** "name 1,234, name 56" over the counts {@code stage} recorded, in their declared order; "" for none. */
  public String countsOf(String stage) {
    StringBuilder sb = new StringBuilder();
    for (Count c : Count.values()) {
      JsonNode n = counts.get(c.key);
      if (c.stage.equals(stage) && n != null && n.isNumber()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(c.key.replace('_', ' ')).append(' ')
            .append(String.format(java.util.Locale.ROOT, "%,d", n.asLong()));
      }
    }
    return sb.toString();
  }

  public long counted(Count c) {
    JsonNode n = counts.get(c.key);
    return n == null ? 0 : n.asLong();
  }

  /** "reason: n, ..." for messages. */
  public String rejectedSummary() {
    StringBuilder sb = new StringBuilder();
    rejectedByReason.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
    return sb.toString();
  }

  public double wallSeconds() {
    return root.has(ManifestFields.WALL_SECONDS.key()) ? root.get(ManifestFields.WALL_SECONDS.key()).asDouble()
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
    if (!root.has(ManifestFields.EXECUTION.key())) {
      execution("local", null);
    }
    root.put(ManifestFields.FINISHED_AT.key(), finished.toString());
    root.put(ManifestFields.WALL_SECONDS.key(), Duration.between(started, finished).toMillis() / 1000.0);
    Long peak = driverPeakRssMb();
    if (peak != null) {
      root.put(ManifestFields.DRIVER_PEAK_RSS_MB.key(), peak); // the whole process in local mode
    }
    counts.putPOJO(Count.REJECTED_BY_REASON.key, rejectedByReason);
    root.set(ManifestFields.COUNTS.key(), counts);
    root.set(ManifestFields.STAGE_SECONDS.key(), stages);
    root.set(ManifestFields.REPORT_ROWS.key(), reports);
    root.set(ManifestFields.QUALITY.key(), quality);
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
