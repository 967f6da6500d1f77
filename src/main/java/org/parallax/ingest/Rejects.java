package org.parallax.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Shapes rejected records into the columns of the rejects report. */
public final class Rejects {
  /** The rejects-report columns, in order. */
  public static final String[] COLUMNS = {RecordSchema.SOURCE, RecordSchema.POSITION, RecordSchema.ID, "stage",
      RecordSchema.REASON, RecordSchema.DETAIL, RecordSchema.EXCERPT};

  private Rejects() {}

  /** Records with a reason, as rejects-report rows tagged with the stage that rejected them. */
  public static Dataset<Row> of(Dataset<Row> records, String stage) {
    return records.select(
        col(RecordSchema.SOURCE), col(RecordSchema.POSITION), col(RecordSchema.ID),
        lit(stage).as("stage"), col(RecordSchema.REASON), col(RecordSchema.DETAIL), col(RecordSchema.EXCERPT));
  }
}
