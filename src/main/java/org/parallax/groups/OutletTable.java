package org.parallax.groups;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The outlet table (groups.outlets): one row per outlet with its group columns, read from CSV (header row)
 * or Parquet, in long form: (outlet, group_column, group_value). Rows with a blank outlet, and repeats of an
 * outlet after its first (by group values), are counted as rejected; blank group values are left out.
 */
public final class OutletTable {
  public static final StructType LONG = new StructType().add("outlet", DataTypes.StringType, false)
      .add("group_column", DataTypes.StringType, false).add("group_value", DataTypes.StringType, false);

  private OutletTable() {}

  /** The table in long form, with how many rows were read and rejected. */
  public record Read(Dataset<Row> groups, List<String> columns, long rows, long rejected) {}

  public static Read read(SparkSession spark, String uri) {
    if (uri == null || uri.isBlank()) {
      return new Read(spark.createDataFrame(List.of(), LONG), List.of(), 0, 0);
    }
    Dataset<Row> raw = uri.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? spark.read().option("header", true).option("encoding", "UTF-8").csv(uri)
        : spark.read().parquet(uri);
    List<String> columns = new ArrayList<>();
    for (String c : raw.columns()) {
      if (!c.equals("outlet")) {
        columns.add(c);
      }
    }
    List<Column> values = new ArrayList<>();
    for (String c : columns) {
      values.add(trim(col("`" + c + "`").cast("string")).as(c));
    }
    Dataset<Row> typed = raw.select(trim(col("outlet").cast("string")).as("outlet"),
        struct(values.toArray(Column[]::new)).as("_values"));
    long rows = typed.count();
    Dataset<Row> named = typed.filter(col("outlet").isNotNull().and(col("outlet").notEqual("")));
    Dataset<Row> first = named.groupBy("outlet").agg(min(col("_values")).as("_values"), count(lit(1)).as("_n"));
    long kept = first.count();
    List<Column> pairs = new ArrayList<>();
    for (String c : columns) {
      pairs.add(struct(lit(c).as("group_column"), col("_values.`" + c + "`").as("group_value")));
    }
    Dataset<Row> longForm = first.select(col("outlet"), explode(array(pairs.toArray(Column[]::new))).as("_g"))
        .select(col("outlet"), col("_g.group_column").as("group_column"), col("_g.group_value").as("group_value"))
        .filter(col("group_value").isNotNull().and(col("group_value").notEqual("")));
    return new Read(longForm, List.copyOf(columns), rows, rows - kept);
  }

  /**
   * The table as a map: per outlet (lower case), its value in each group column. Bounded by the table's outlets,
   * not by the corpus: framing takes it to every story.
   */
  public static java.util.Map<String, java.util.Map<String, String>> sides(Read read) {
    java.util.Map<String, java.util.Map<String, String>> out = new java.util.TreeMap<>();
    for (Row r : read.groups().select("outlet", "group_column", "group_value").collectAsList()) {
      out.computeIfAbsent(r.<String>getAs("outlet").toLowerCase(java.util.Locale.ROOT), k -> new java.util.TreeMap<>())
          .put(r.getAs("group_column"), r.getAs("group_value"));
    }
    return out;
  }
}
