package org.parallax.report;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** A report: its folder name, what one row is, and its columns in order. */
public record ReportTable(String name, String description, String grain, List<ReportColumn> columns) {

  public ReportTable(String name, String description, String grain, ReportColumn... columns) {
    this(name, description, grain, List.of(columns));
  }

  public StructType sparkSchema() {
    StructType s = new StructType();
    for (ReportColumn c : columns) {
      s = s.add(c.name(), c.type(), c.nullable());
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
    return data.select(columns.stream().map(c -> col(c.name())).toArray(Column[]::new));
  }
}
