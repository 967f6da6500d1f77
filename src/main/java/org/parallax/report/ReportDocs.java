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
        .append("```sql\n-- DuckDB\nSELECT * FROM read_parquet('target/sample-reports/clusters/*.parquet') WHERE size >= 2 ORDER BY size DESC;\n```\n\n")
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
          .append("\n\n");
      columnRows(sb, t.columns());
    }
    sb.append("\n## Daily outputs\n\n")
        .append("`parallax run --day YYYY-MM-DD --output OUT` writes the day into `OUT/day=YYYY-MM-DD/` (every report ")
        .append("above, the day's rows only, plus `stories`, `story_history` and `story_members`, and its ")
        .append("`manifest.json`), committed atomically, and copies the latest day's `stories` to `OUT/stories/`. ")
        .append("Reports of articles hold the day's articles; reports of stories hold the stories with an article ")
        .append("of the day, as the day saw them (see README, Daily runs). Every report of a daily output has two ")
        .append("more columns at the end:\n\n");
    columnRows(sb, ReportTable.DAY_COLUMNS);
    sb.append("\n```sql\n-- DuckDB: every day's coverage in the daily output of README's Daily runs\n")
        .append("SELECT day, cluster_id, outlet, articles FROM read_parquet('target/sample-daily/day=*/coverage/*.parquet') ")
        .append("ORDER BY day, cluster_id, outlet;\n```\n");
    sb.append("\n## Reject reasons\n\n")
        .append("The `reason` column of `rejects`. A reject with no `position` is a whole file.\n\n")
        .append("| reason | meaning |\n|---|---|\n");
    for (org.parallax.ingest.RejectReason r : org.parallax.ingest.RejectReason.values()) {
      sb.append("| `").append(r.code()).append("` | ").append(r.meaning).append(" |\n");
    }
    sb.append("\n## manifest.json\n\n")
        .append("Written last, inside the same atomic commit as the reports. Generated from ")
        .append("`org.parallax.report.ManifestFields`, which the writer uses. Keys, in the order written:\n\n")
        .append("| key | meaning |\n|---|---|\n");
    for (ManifestFields.Field f : ManifestFields.TOP_LEVEL) {
      sb.append("| `").append(f.key()).append("` | ").append(f.meaning().replace("|", "\\|")).append(" |\n");
    }
    sb.append("\n### counts\n\n| key | counted by stage | meaning |\n|---|---|---|\n");
    for (ManifestFields.Count c : ManifestFields.Count.values()) {
      sb.append("| `").append(c.key).append("` | ").append(c.stage).append(" | ")
          .append(c.meaning.replace("|", "\\|")).append(" |\n");
    }
    return sb.toString();
  }

  /** A markdown table of columns: name, Parquet and DuckDB types, null?, description, example. */
  private static void columnRows(StringBuilder sb, java.util.List<ReportColumn> columns) {
    sb.append("| column | Parquet type | DuckDB type | null? | description | example |\n")
        .append("|---|---|---|---|---|---|\n");
    for (ReportColumn c : columns) {
      sb.append("| `").append(c.name()).append("` | ").append(c.parquetType()).append(" | ")
          .append(c.duckdbType()).append(" | ").append(c.nullable() ? "yes" : "no").append(" | ")
          .append(c.description().replace("|", "\\|")).append(" | `").append(c.example().replace("|", "\\|"))
          .append("` |\n");
    }
  }
}
