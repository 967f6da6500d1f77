package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.SparkTest;

/** What conform writes: documented order, sorted rows, REQUIRED columns, descriptions in the files. */
class ReportTableTest extends SparkTest {
  @TempDir
  Path dir;

  private static final ReportTable TABLE = new ReportTable("t", "A test table.", "one row per thing",
      ReportColumn.string("id", false, "The id.", "a1"),
      ReportColumn.bigint("n", true, "A count.", "3")).sortedBy("id");

  @Test
  void requiredColumnsAreRequiredAndEveryColumnCarriesItsDescription() {
    Dataset<Row> data = spark.sql("SELECT CAST(NULL AS BIGINT) AS n, id FROM VALUES ('b'), ('a'), ('c') AS v(id)");
    Path out = dir.resolve("t");
    TABLE.conform(data).write().parquet(out.toString());
    assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")),
        DuckDb.query("SELECT id FROM read_parquet('" + out + "/*.parquet')"), "sorted by id");
    assertEquals(List.of(List.of("id", "REQUIRED"), List.of("n", "OPTIONAL")), DuckDb.query(
        "SELECT DISTINCT name, repetition_type FROM parquet_schema('" + out + "/*.parquet') WHERE name IN ('id', 'n') "
            + "ORDER BY name"));
    String sparkSchema = DuckDb.scalar("SELECT decode(value) FROM parquet_kv_metadata('" + out + "/*.parquet') "
        + "WHERE decode(key) = 'org.apache.spark.sql.parquet.row.metadata' LIMIT 1");
    assertTrue(sparkSchema.contains("\"description\":\"The id.\"") && sparkSchema.contains("\"description\":\"A count.\"")
        && sparkSchema.contains("\"example\":\"a1\""), sparkSchema);
  }

  @Test
  void aNullInARequiredColumnFailsTheWriteNamingTheColumn() {
    Dataset<Row> data = spark.sql("SELECT CAST(NULL AS STRING) AS id, 1L AS n");
    Exception e = assertThrows(Exception.class, () -> TABLE.conform(data).write().parquet(dir.resolve("bad").toString()));
    String all = e.toString() + (e.getCause() == null ? "" : e.getCause().toString());
    for (Throwable t = e; t != null; t = t.getCause()) {
      all += " " + t.getMessage();
    }
    assertTrue(all.contains("report t: required column id is null"), all);
  }

  @Test
  void anUnknownOutletIsWrittenAsUnknownSoJoinsOnOutletKeepItsRows() {
    ReportTable perOutlet = new ReportTable("c", "Per outlet.", "one row per story and outlet",
        ReportColumn.string("story", false, "The story.", "s1"), ReportColumn.outlet("The outlet;"),
        ReportColumn.bigint("n", false, "Articles.", "2")).sortedBy("story", "outlet");
    Dataset<Row> data = spark.sql("SELECT * FROM VALUES ('s1', 'AP', 2L), ('s1', CAST(NULL AS STRING), 1L) "
        + "AS v(story, outlet, n)");
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    perOutlet.conform(data).write().parquet(a.toString());
    perOutlet.conform(data).write().parquet(b.toString());
    assertEquals(List.of(List.of("(unknown)", "1"), List.of("AP", "2")), DuckDb.query("SELECT a.outlet, a.n FROM "
        + "read_parquet('" + a + "/*.parquet') a JOIN read_parquet('" + b + "/*.parquet') b USING (story, outlet) "
        + "ORDER BY 1"), "an equi-join on outlet keeps the unknown outlet's row");
    assertEquals(List.of(List.of("outlet", "REQUIRED")), DuckDb.query("SELECT name, repetition_type FROM "
        + "parquet_schema('" + a + "/*.parquet') WHERE name = 'outlet'"));
  }
}
