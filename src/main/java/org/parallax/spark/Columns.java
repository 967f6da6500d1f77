package org.parallax.spark;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/** Small helpers for column lists. */
public final class Columns {
  private Columns() {}

  /** The schema's columns, in its order (for select). */
  public static Column[] of(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
