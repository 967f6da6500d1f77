package org.parallax.report;

/** Generates {@code docs/reports.md} from {@link Reports}; GeneratedDocsTest fails when it drifts. */
public final class ReportDocs {
  private ReportDocs() {}

  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Report reference\n\n")
        .append("Generated from `org.parallax.report.Reports`; do not edit by hand: `GeneratedDocsTest` fails ")
        .append("when it drifts, and `mvn test -Dtest=GeneratedDocsTest -Dparallax.regenerate=true` rewrites it.\n\n")
        .append("Every report is a folder of Parquet files (zstd) under `--output`. Columns are flat (no ")
        .append("arrays, maps or structs); timestamps are `TIMESTAMP_MICROS` in UTC, which DuckDB, Spark, ")
        .append("Superset, Tableau and Power BI read as true instants. The output folder is replaced as a whole ")
        .append("when a run succeeds: a folder with `manifest.json` is complete.\n\n")
        .append("```sql\n-- DuckDB\nSELECT * FROM read_parquet('OUT/clusters/*.parquet') WHERE size >= 2 ORDER BY size DESC;\n```\n\n")
        .append("| report | one row per |\n|---|---|\n");
    for (ReportTable t : Reports.DOCUMENTED) {
      sb.append("| [`").append(t.name()).append("`](#").append(t.name().replace("_", "_")).append(") | ")
          .append(t.grain()).append(" |\n");
    }
    sb.append("| [`manifest.json`](#manifestjson) | one JSON document per run |\n");
    for (ReportTable t : Reports.DOCUMENTED) {
      sb.append("\n## ").append(t.name()).append("\n\n").append(t.description()).append(" One row per ")
          .append(t.grain().replaceFirst("^one row per ", "")).append(".")
          .append(t.sortKeys().isEmpty() ? "" : " Rows are sorted by " + String.join(", ", t.sortKeys()) + ".")
          .append("\n\n")
          .append("| column | Parquet type | DuckDB type | null? | description | example |\n")
          .append("|---|---|---|---|---|---|\n");
      for (ReportColumn c : t.columns()) {
        sb.append("| `").append(c.name()).append("` | ").append(c.parquetType()).append(" | ")
            .append(c.duckdbType()).append(" | ").append(c.nullable() ? "yes" : "no").append(" | ")
            .append(c.description().replace("|", "\\|")).append(" | `").append(c.example().replace("|", "\\|"))
            .append("` |\n");
      }
    }
    sb.append("\n## Reject reasons\n\n")
        .append("The `reason` column of `rejects`. A reject with no `position` is a whole file.\n\n")
        .append("| reason | meaning |\n|---|---|\n");
    for (org.parallax.ingest.RejectReason r : org.parallax.ingest.RejectReason.values()) {
      sb.append("| `").append(r.code()).append("` | ").append(r.meaning).append(" |\n");
    }
    sb.append("\n## manifest.json\n\n")
        .append("Written last, inside the same atomic commit as the reports. Keys:\n\n")
        .append("| key | meaning |\n|---|---|\n")
        .append("| `run_id` | UTC start time and a random suffix, e.g. `20261124T101500Z-1a2b3c4d` |\n")
        .append("| `started_at`, `finished_at`, `wall_seconds` | when the run ran and how long it took |\n")
        .append("| `versions` | `parallax`, `spark`, `java`, `spark_master` |\n")
        .append("| `inputs` | per `--input`, in order: `uri`, `files` (listed, recursively) = `files_read` + ")
        .append("`files_rejected` + `files_skipped` (hidden or `_`-prefixed) + `sidecar_files`; `records_read`, ")
        .append("`records_rejected_at_ingest` |\n")
        .append("| `output` | the output URI (a link to the current version folder on local disks) |\n")
        .append("| `recovered` | what the run cleaned up or restored after earlier killed runs, one line each |\n")
        .append("| `config` | the effective configuration, every key (file + `--set` + defaults) |\n")
        .append("| `counts` | `records_read` = `articles_accepted` + `records_rejected` (a file that cannot be read ")
        .append("counts as one rejected record); `files`, `files_read`, `files_rejected`, `files_skipped`, ")
        .append("`sidecar_files` over all inputs; `rejected_by_reason`; ")
        .append("`vocabulary_terms`, `candidate_pairs`, `similar_pairs`, `clusters`, `clusters_multi_article`, ")
        .append("`clusters_multi_outlet` |\n")
        .append("| `stage_seconds` | wall time of each stage: ingest, clean, features, similarity, cluster, topics, ")
        .append("framing, reports |\n")
        .append("| `report_rows` | rows written to each report |\n");
    return sb.toString();
  }
}
