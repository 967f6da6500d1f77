package org.parallax.report;

import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.pipeline.Pipeline;

/**
 * One report: its table and the function that builds its rows from the pipeline's stage outputs. The
 * reports stage writes every builder of {@link Reports#BUILDERS}; a new analysis adds a builder there,
 * not code in the driver.
 */
public record ReportBuilder(ReportTable table, Function<Pipeline, Dataset<Row>> build) {}
