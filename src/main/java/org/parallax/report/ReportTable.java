package org.parallax.report;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A report: its folder name, what one row is, its columns in order, and the key columns its rows are
 * sorted by (unique together), so that the same input gives the same files row for row.
 */
public record ReportTable(String name, String description, String grain, List<ReportColumn> columns,
    List<String> sortKeys) {

  public ReportTable(String name, String description, String grain, ReportColumn... columns) {
    this(name, description, grain, List.of(columns), List.of());
  }

  /** This table with its rows sorted by these columns (nulls first), in this order. */
  public ReportTable sortedBy(String... keys) {
    for (String k : keys) {
      if (!columnNames().contains(k)) {
        throw new IllegalArgumentException("report " + name + " has no sort column " + k);
      }
    }
    return new ReportTable(name, description, grain, columns, List.of(keys));
  }

  /** The schema as written: types, REQUIRED where not nullable, and each column's description and example. */
  public StructType sparkSchema() {
    StructType s = new StructType();
    for (ReportColumn c : columns) {
      s = s.add(c.name(), c.type(), c.nullable(), new MetadataBuilder().putString("description", c.description())
          .putString("example", c.example()).build());
    }
    return s;
  }

  public List<String> columnNames() {
    return columns.stream().map(ReportColumn::name).toList();
  }

  /**
   * The dataset with exactly this table's columns, in order and of the documented types. A missing
   * column or one of another type is a bug: it fails here, before anything is written.
   */
  public Dataset<Row> conform(Dataset<Row> data) {
    StructType actual = data.schema();
    for (ReportColumn c : columns) {
      if (!Arrays.asList(actual.fieldNames()).contains(c.name())) {
        throw new IllegalStateException("report " + name + " lacks column " + c.name() + "; has "
            + String.join(", ", actual.fieldNames()));
      }
      StructField f = actual.apply(c.name());
      if (!f.dataType().equals(c.type())) {
        throw new IllegalStateException("report " + name + " column " + c.name() + " is "
            + f.dataType().simpleString() + ", documented as " + c.type().simpleString());
      }
    }
    Dataset<Row> conformed = data.select(columns.stream().map(c -> col(c.name())).toArray(Column[]::new));
    if (!sortKeys.isEmpty()) {
      conformed = conformed.orderBy(sortKeys.stream().map(k -> col(k).asc_nulls_first()).toArray(Column[]::new));
    }
    // Required columns become REQUIRED in Parquet: the row encoder of the documented schema fails the write
    // on a null in a non-nullable column ("The 0th field 'article_id' of input row cannot be null"), which
    // is a bug, never data; then every column takes its description and example as field metadata, which
    // Spark writes into each file's schema (footer key org.apache.spark.sql.parquet.row.metadata).
    StructType schema = sparkSchema();
    return conformed.map((MapFunction<Row, Row>) r -> r, Encoders.row(schema))
        .select(Arrays.stream(schema.fields()).map(f -> col(f.name()).as(f.name(), f.metadata())).toArray(Column[]::new));
  }
}
