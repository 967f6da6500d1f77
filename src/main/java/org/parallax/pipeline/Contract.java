package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One named Dataset of a stage's contract and the columns it carries, declared once next to the stage.
 * {@link #check} runs at every stage boundary (schema only: no Spark job): a declared column that is
 * missing, or a stage-internal column ({@code _}-prefixed) that leaks out, fails the run with the
 * stage, the dataset and the columns named.
 */
public record Contract(String stage, String dataset, List<String> columns) {

  public static Contract of(String stage, String dataset, String... columns) {
    return new Contract(stage, dataset, List.of(columns));
  }

  /** This contract with more columns (a stage that adds columns to what it was given). */
  public Contract plus(String stage, String dataset, String... more) {
    List<String> all = new ArrayList<>(columns);
    for (String c : more) {
      if (!all.contains(c)) {
        all.add(c);
      }
    }
    return new Contract(stage, dataset, List.copyOf(all));
  }

  /** {@code data}, once it is checked to carry every declared column and no internal one. */
  public Dataset<Row> check(Dataset<Row> data) {
    List<String> actual = Arrays.asList(data.columns());
    List<String> missing = columns.stream().filter(c -> !actual.contains(c)).toList();
    List<String> internal = actual.stream().filter(c -> c.startsWith("_")).toList();
    if (!missing.isEmpty() || !internal.isEmpty()) {
      throw new IllegalStateException("stage " + stage + ", dataset " + dataset + " breaks its contract: "
          + (missing.isEmpty() ? "" : "lacks " + String.join(", ", missing) + "; ")
          + (internal.isEmpty() ? "" : "leaks internal column(s) " + String.join(", ", internal) + "; ")
          + "has " + String.join(", ", actual));
    }
    return data;
  }
}
