package org.parallax.report;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** One documented column of a report table: plain types only (BI tools read them all). */
public record ReportColumn(String name, DataType type, boolean nullable, String description, String example) {

  /** What a report writes for an article's outlet when it is not known: joins on outlet then keep its rows. */
  public static final String UNKNOWN_OUTLET = "(unknown)";

  /**
   * An {@code outlet} column that is never null: an unknown outlet is written as {@link #UNKNOWN_OUTLET}, so
   * that a join between two reports on outlet does not silently drop those rows (SQL's NULL = NULL is not true).
   */
  public static ReportColumn outlet(String description) {
    return string("outlet", false, description + " '" + UNKNOWN_OUTLET + "' when the outlet is not known.", "AP");
  }

  public static ReportColumn string(String name, boolean nullable, String description, String example) {
    return new ReportColumn(name, DataTypes.StringType, nullable, description, example);
  }

  public static ReportColumn bigint(String name, boolean nullable, String description, String example) {
    return new ReportColumn(name, DataTypes.LongType, nullable, description, example);
  }

  public static ReportColumn integer(String name, boolean nullable, String description, String example) {
    return new ReportColumn(name, DataTypes.IntegerType, nullable, description, example);
  }

  public static ReportColumn dbl(String name, boolean nullable, String description, String example) {
    return new ReportColumn(name, DataTypes.DoubleType, nullable, description, example);
  }

  public static ReportColumn bool(String name, boolean nullable, String description, String example) {
    return new ReportColumn(name, DataTypes.BooleanType, nullable, description, example);
  }

  public static ReportColumn timestamp(String name, boolean nullable, String description, String example) {
    return new ReportColumn(name, DataTypes.TimestampType, nullable, description, example);
  }

  /** A UTC calendar day (DATE: days since 1970-01-01). */
  public static ReportColumn date(String name, boolean nullable, String description, String example) {
    return new ReportColumn(name, DataTypes.DateType, nullable, description, example);
  }

  /** The Parquet type written, as a reader sees it. */
  public String parquetType() {
    if (type.equals(DataTypes.StringType)) {
      return "BYTE_ARRAY (STRING)";
    }
    if (type.equals(DataTypes.LongType)) {
      return "INT64";
    }
    if (type.equals(DataTypes.IntegerType)) {
      return "INT32";
    }
    if (type.equals(DataTypes.DoubleType)) {
      return "DOUBLE";
    }
    if (type.equals(DataTypes.TimestampType)) {
      return "INT64 (TIMESTAMP_MICROS, UTC)";
    }
    if (type.equals(DataTypes.DateType)) {
      return "INT32 (DATE)";
    }
    if (type.equals(DataTypes.BooleanType)) {
      return "BOOLEAN";
    }
    throw new IllegalStateException("not a report type: " + type);
  }

  /** The type DuckDB reports for this column. */
  public String duckdbType() {
    if (type.equals(DataTypes.StringType)) {
      return "VARCHAR";
    }
    if (type.equals(DataTypes.LongType)) {
      return "BIGINT";
    }
    if (type.equals(DataTypes.IntegerType)) {
      return "INTEGER";
    }
    if (type.equals(DataTypes.DoubleType)) {
      return "DOUBLE";
    }
    if (type.equals(DataTypes.TimestampType)) {
      return "TIMESTAMP WITH TIME ZONE";
    }
    if (type.equals(DataTypes.DateType)) {
      return "DATE";
    }
    if (type.equals(DataTypes.BooleanType)) {
      return "BOOLEAN";
    }
    throw new IllegalStateException("not a report type: " + type);
  }
}
