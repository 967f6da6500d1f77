package org.parallax.clean;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.udf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.parallax.spark.Rows;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.config.ParallaxConfig;
import org.parallax.ingest.RecordSchema;

/**
 * Runs {@link BoilerplateRemoval} over the corpus. The one corpus-level signal, lines that recur across
 * an outlet's articles, is found with a distributed count of normalised lines per outlet; each article
 * then gets the set of its own lines that recur, and is cleaned alone.
 */
final class Boilerplate {
  private static final String REPEATED = "_repeated";

  private Boilerplate() {}

  static String column(BoilerplateRemoval.Kind k) {
    return "blocks_" + k.code();
  }

  static Dataset<Row> none(Dataset<Row> articles) {
    Dataset<Row> out = articles;
    for (BoilerplateRemoval.Kind k : BoilerplateRemoval.Kind.values()) {
      out = out.withColumn(column(k), lit(0));
    }
    return out;
  }

  static Dataset<Row> remove(Dataset<Row> articles, ParallaxConfig.Clean cfg) {
    // Lines are counted by the fingerprint of their normalised form (null for a blank line).
    UserDefinedFunction fingerprint = udf((UDF1<String, Long>) line -> {
      long f = BoilerplateRemoval.fingerprint(line);
      return f == 0 ? null : f;
    }, DataTypes.LongType);
    Dataset<Row> lines = articles.filter(col("outlet").isNotNull())
        .select(col(RecordSchema.ID), col("outlet"), explode(split(col(RecordSchema.TEXT), "\n")).as("line"))
        .select(col(RecordSchema.ID), col("outlet"), fingerprint.apply(col("line")).as("norm"))
        .filter(col("norm").isNotNull())
        .distinct();
    Dataset<Row> outletSize = articles.filter(col("outlet").isNotNull()).groupBy("outlet")
        .agg(count(lit(1)).as("outlet_articles"));
    Dataset<Row> recurring = lines.groupBy("outlet", "norm").agg(countDistinct(RecordSchema.ID).as("n"))
        .join(outletSize, "outlet")
        .filter(col("n").geq(greatest(lit(cfg.repeatMinArticles),
            ceil(col("outlet_articles").multiply(cfg.repeatMinShare)))))
        .select("outlet", "norm");
    Dataset<Row> perArticle = lines.join(recurring, new String[] {"outlet", "norm"})
        .groupBy(RecordSchema.ID).agg(collect_set("norm").as(REPEATED));
    Dataset<Row> withRepeated = articles.join(perArticle, new String[] {RecordSchema.ID}, "left");

    Set<String> stopwords = new HashSet<>(List.of(StopWordsRemover.loadDefaultStopWords(cfg.stopWords)));
    StructType result = new StructType().add("text", DataTypes.StringType);
    for (BoilerplateRemoval.Kind k : BoilerplateRemoval.Kind.values()) {
      result = result.add(k.code(), DataTypes.IntegerType, false);
    }
    StructType resultType = result;
    UserDefinedFunction clean = udf((UDF3<String, String, scala.collection.Seq<Long>, Row>) (text, title, repeated) -> {
      Set<Long> rep = new HashSet<>();
      if (repeated != null) {
        rep.addAll(scala.jdk.javaapi.CollectionConverters.asJava(repeated));
      }
      BoilerplateRemoval.Result r = BoilerplateRemoval.apply(text, title, rep, stopwords);
      Rows row = Rows.of(resultType).set("text", r.text());
      for (BoilerplateRemoval.Kind k : BoilerplateRemoval.Kind.values()) {
        row.set(k.code(), r.removed(k));
      }
      return row.build();
    }, resultType);
    Dataset<Row> out = withRepeated
        .withColumn("_bp", clean.apply(col(RecordSchema.TEXT), col(RecordSchema.TITLE),
            org.apache.spark.sql.functions.coalesce(col(REPEATED), array().cast("array<bigint>"))))
        .withColumn(RecordSchema.TEXT, col("_bp.text"));
    for (BoilerplateRemoval.Kind k : BoilerplateRemoval.Kind.values()) {
      out = out.withColumn(column(k), col("_bp." + k.code()));
    }
    return out.drop("_bp", REPEATED);
  }
}
