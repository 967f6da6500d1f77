package org.parallax.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Rows built by field name: a value goes to the position its schema gives the name, so reordering a
 * schema can never put a value in the wrong column, and a misspelt name fails at once. The row
 * carries its schema, so readers can use {@code getAs(name)}.
 */
public final class Rows {
  private final StructType schema;
  private final Object[] values;

  private Rows(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.size()];
  }

  /** A new row of this schema; fields not set stay null. */
  public static Rows of(StructType schema) {
    return new Rows(schema);
  }

  public Rows set(String field, Object value) {
    values[schema.fieldIndex(field)] = value;
    return this;
  }

  public Row build() {
    return new GenericRowWithSchema(values, schema);
  }
}
