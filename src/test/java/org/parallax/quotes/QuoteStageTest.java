package org.parallax.quotes;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.parallax.SparkTest;

/** The quotes stage's Spark side: one row per quotation, and each story's voices by outlet. */
class QuoteStageTest extends SparkTest {
  private static final StructType ARTICLES = new StructType().add("article_id", DataTypes.StringType)
      .add("cluster_id", DataTypes.StringType).add("outlet", DataTypes.StringType).add("text", DataTypes.StringType);

  @Test
  void voicesCountEachOutletsSpeakersAcrossNameVariantsAndMarkTheOnesOnlyOneOutletQuotes() {
    Dataset<Row> articles = spark.createDataFrame(List.of(
        RowFactory.create("a1", "s1", "Xinhua", "Foreign Minister Qin Gang spoke on Wednesday.\n\n"
            + "“The US side should respect China's core concerns,” Qin said.\n\n"
            + "“We hope for practical actions from Washington,” he added."),
        RowFactory.create("a2", "s1", "Almasirah", "“I hope that the US side will take practical actions,” Qin said."),
        RowFactory.create("a3", "s1", "AP", "The State Department said that Blinken raised concerns about Taiwan.\n\n"
            + "“We addressed a range of issues with our counterparts,” Blinken said."),
        RowFactory.create("a4", "s2", "AP", "No one was quoted in this short report about the weather today.")),
        ARTICLES);
    Dataset<Row> quotes = QuoteStage.find(articles, new QuoteFinder(3, 4));
    assertEquals(List.of("a1", "a1", "a2", "a3", "a3"), quotes.orderBy("article_id", "quote_index")
        .select("article_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    Dataset<Row> outlets = articles.groupBy("cluster_id").agg(org.apache.spark.sql.functions.countDistinct("outlet")
        .as("outlets_in_story"));
    List<Row> voices = QuoteStage.voices(quotes, outlets).orderBy("outlet", "speaker_key")
        .select(col("outlet"), col("speaker_key"), col("speaker"), col("quotes"), col("words_quoted"),
            col("share_of_outlet_words"), col("outlets_quoting"), col("only_outlet")).collectAsList();
    assertEquals(List.of(
        RowFactory.create("AP", "blinken", "Blinken", 1, 9, 1.0, 1, true),
        RowFactory.create("AP", "the state department", "The State Department", 0, 0, 0.0, 1, true),
        RowFactory.create("Almasirah", "gang", "Qin Gang", 1, 10, 1.0, 2, false),
        RowFactory.create("Xinhua", "gang", "Qin Gang", 2, 15, 1.0, 2, false)), voices.stream()
            .map(r -> RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7)))
            .toList());
  }
}
