package org.parallax.report;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
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

  /** The columns a daily run adds at the end of every report. */
  public static final List<ReportColumn> DAY_COLUMNS = List.of(
      ReportColumn.string("run_id", false, "Daily runs only: the run that wrote the row.",
          "20261204T020000Z-1a2b3c4d"),
      ReportColumn.date("day", false, "Daily runs only: the UTC day of the partition (day=YYYY-MM-DD) the row "
          + "belongs to.", "2024-04-26"));

  /** This table as a daily run writes it: {@link #DAY_COLUMNS} appended, same sort. */
  public ReportTable daily() {
    List<ReportColumn> all = new java.util.ArrayList<>(columns);
    all.addAll(DAY_COLUMNS);
    return new ReportTable(name, description, grain, List.copyOf(all), sortKeys);
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
    Dataset<Row> conformed = data.select(columns.stream().map(c -> c.name().equals("outlet") && !c.nullable()
        ? coalesce(col(c.name()), lit(ReportColumn.UNKNOWN_OUTLET)).as(c.name()) : col(c.name()))
        .toArray(Column[]::new));
    if (!sortKeys.isEmpty()) {
      conformed = conformed.orderBy(sortKeys.stream().map(k -> col(k).asc_nulls_first()).toArray(Column[]::new));
    }
    // Required columns become REQUIRED in Parquet: a null in one fails the write naming the table and the
    // column (a bug, never data), and the column is typed as never null (the coalesce with a constant, which
    // the check makes unreachable). Every column takes its description and example as field metadata, which
    // Spark writes into each file's schema (footer key org.apache.spark.sql.parquet.row.metadata). All of it
    // is expressions over the sorted rows: no row is turned into Java objects and back.
    StructType schema = sparkSchema();
    return conformed.select(Arrays.stream(schema.fields()).map(f -> required(f).as(f.name(), f.metadata()))
        .toArray(Column[]::new));
  }

  private Column required(StructField f) {
    Column c = col(f.name());
    if (f.nullable()) {
      return c;
    }
    Column checked = when(c.isNull(), raise_error(lit("report " + name + ": required column " + f.name()
        + " is null"))).otherwise(c);
    return coalesce(checked, neverUsed(f.dataType()));
  }

  /** A constant of the type: what makes the checked column's type not nullable; the check fails first. */
  private static Column neverUsed(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return lit("");
    }
    if (type.equals(DataTypes.LongType)) {
      return lit(0L);
    }
    if (type.equals(DataTypes.IntegerType)) {
      return lit(0);
    }
    if (type.equals(DataTypes.DoubleType)) {
      return lit(0.0);
    }
    if (type.equals(DataTypes.BooleanType)) {
      return lit(false);
    }
    if (type.equals(DataTypes.TimestampType)) {
      return lit(java.sql.Timestamp.from(java.time.Instant.EPOCH));
    }
    if (type.equals(DataTypes.DateType)) {
      return lit(java.sql.Date.valueOf("1970-01-01"));
    }
    throw new IllegalArgumentException("no report column is of type " + type.simpleString());
  }
}
