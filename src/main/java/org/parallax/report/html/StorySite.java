package org.parallax.report.html;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * The HTML story report: a static site in a run's output ({@code html/}), built from its Parquet reports.
 * An index of the stories covered by two or more outlets and one page per such story (see {@link StoryPage}
 * and {@link StoryIndex}). Pages are rendered and written by the executors, one story at a time; only their
 * sizes come back. The driver gathers one short row per listed story for the index (its table data), and the
 * cells of the coverage matrix. Self-contained: inline CSS, a little inline JavaScript, SVG drawn here,
 * nothing fetched from the network.
 */
public final class StorySite {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StorySite.class);
  public static final String FOLDER = "html";
  /** Framing terms shown per outlet and direction, voices and entities per outlet. */
  static final int TERMS = 3;
  static final int VOICES = 3;
  static final int ENTITIES = 5;
  static final int MATRIX_STORIES = 40;
  static final int MATRIX_OUTLETS = 20;

  private StorySite() {}

  /** What was written. */
  public record Written(long pages, long bytes) {}

  /** Writes the site for the reports in {@code run} into {@code target} (a new or empty folder). */
  public static Written write(SparkSession spark, String run, String target) throws IOException {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path dir = new Path(target);
    // A private instance: no .crc file beside each page on a local disk, and the shared one is left as it is.
    try (FileSystem fs = FileSystem.newInstance(dir.toUri(), hadoop)) {
      fs.setWriteChecksum(false);
      fs.mkdirs(dir);
      return write(spark, run, fs.makeQualified(dir), fs);
    }
  }

  private static Written write(SparkSession spark, String run, Path dir, FileSystem fs) throws IOException {
    // Each report is read once: story_outlets (the stories covered by 2+ outlets) feeds the pages and the matrix.
    Dataset<Row> outlets = read(spark, run, "story_outlets");
    Dataset<Row> multi = outlets.select("cluster_id").distinct();
    Dataset<Row> allClusters = read(spark, run, "clusters");
    Dataset<Row> clusters = allClusters.join(multi, "cluster_id")
        .withColumn("label", org.apache.spark.sql.functions.coalesce(col("representative_title"), col("label_terms")));
    Dataset<Row> blind = read(spark, run, "group_coverage").filter(col("blindspot")).select("cluster_id").distinct()
        .withColumn("blindspot", lit(true));
    Dataset<Row> stories = clusters.join(blind, new String[] {"cluster_id"}, "left")
        .withColumn("blindspot", org.apache.spark.sql.functions.coalesce(col("blindspot"), lit(false)))
        .cache();

    long t0 = System.nanoTime();
    Dataset<Row> pageRows = stories.select("cluster_id", "label", "size", "n_outlets", "first_published_at",
            "last_published_at", "blindspot")
        .join(sides(spark, run, outlets), "cluster_id").join(articles(spark, run, multi), "cluster_id")
        .join(topics(spark, run), new String[] {"cluster_id"}, "left");
    // Rendered and written by the executors, in parallel; only each page's size comes back.
    Map<String, String> conf = new HashMap<>();
    fs.getConf().forEach(e -> conf.put(e.getKey(), e.getValue()));
    Row written = pageRows.mapPartitions(new PageWriter(dir.toString(), conf), Encoders.LONG())
        .agg(org.apache.spark.sql.functions.count(lit(1)).as("pages"),
            org.apache.spark.sql.functions.sum("value").as("bytes"))
        .first();
    LOG.info("html: story pages in {} s", String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    long pages = written.<Long>getAs("pages");
    long bytes = written.isNullAt(written.fieldIndex("bytes")) ? 0 : written.<Long>getAs("bytes");

    ObjectMapper json = new ObjectMapper();
    ArrayNode rows = json.createArrayNode();
    for (Iterator<Row> it = stories.orderBy(col("n_outlets").desc(), col("size").desc(), col("cluster_id"))
        .toLocalIterator(); it.hasNext(); ) {
      Row r = it.next();
      rows.addArray().add((String) r.getAs("cluster_id")).add((String) r.getAs("label")).add(r.<Long>getAs("size"))
          .add(r.<Long>getAs("n_outlets")).add(StoryPage.day(r.getAs("first_published_at")))
          .add(StoryPage.day(r.getAs("last_published_at"))).add((String) r.getAs("outlets"))
          .add(r.<Boolean>getAs("blindspot"));
    }
    long all = allClusters.count();
    String index = StoryIndex.render("Parallax: stories by outlet", rows.size(), all - rows.size(),
        json.writeValueAsString(rows), matrix(outlets, stories));
    bytes += writeFile(fs, new Path(dir, "index.html"), index);
    LOG.info("html: index and matrix done at {} s", String.format(java.util.Locale.ROOT, "%.1f",
        (System.nanoTime() - t0) / 1e9));
    stories.unpersist();
    return new Written(pages + 1, bytes);
  }

  private static Dataset<Row> read(SparkSession spark, String run, String report) {
    return spark.read().parquet(new Path(run, report).toString());
  }

  /** Per story, each outlet's side: its story_outlets row with its top terms, voices and entity tones. */
  private static Dataset<Row> sides(SparkSession spark, String run, Dataset<Row> outlets) {
    Dataset<Row> terms = read(spark, run, "framing_terms").filter(col("rank").leq(TERMS))
        .groupBy("cluster_id", "outlet").agg(collect_list(struct(col("direction"), col("rank"), col("term"),
            col("evidence_text"), col("evidence_outlet"), col("instead"))).as("terms"));
    Dataset<Row> voices = read(spark, run, "voices")
        .withColumn("_r", row_number().over(Window.partitionBy("cluster_id", "outlet")
            .orderBy(col("quotes").desc(), col("speaker_key"))))
        .filter(col("_r").leq(VOICES))
        .groupBy("cluster_id", "outlet").agg(collect_list(struct(col("speaker"), col("quotes"),
            col("evidence_quote"), col("_r"))).as("voices"));
    Dataset<Row> named = read(spark, run, "story_entities");
    Dataset<Row> main = named.groupBy("cluster_id", "entity").agg(sum("mentions").as("_m"))
        .withColumn("_r", row_number().over(Window.partitionBy("cluster_id").orderBy(col("_m").desc(), col("entity"))))
        .filter(col("_r").leq(ENTITIES)).select("cluster_id", "entity", "_r");
    Dataset<Row> entities = named.join(main, new String[] {"cluster_id", "entity"})
        .groupBy("cluster_id", "outlet").agg(collect_list(struct(col("entity"), col("mentions"), col("tone"),
            col("left_out"), col("_r"))).as("entities"));
    return outlets
        .join(terms, new String[] {"cluster_id", "outlet"}, "left")
        .join(voices, new String[] {"cluster_id", "outlet"}, "left")
        .join(entities, new String[] {"cluster_id", "outlet"}, "left")
        .groupBy("cluster_id").agg(collect_list(struct(col("outlet"), col("headline"), col("articles"),
            col("copies_of"), col("groups"), col("headline_tone"), col("body_tone"), col("first_unique"),
            col("first_omitted"), col("terms"), col("voices"), col("entities"))).as("sides"));
  }

  private static Dataset<Row> articles(SparkSession spark, String run, Dataset<Row> multi) {
    return read(spark, run, "articles").join(multi, "cluster_id").groupBy("cluster_id")
        .agg(collect_list(struct(col("article_id"), col("outlet"), col("title"), col("published_at"), col("url")))
            .as("arts"));
  }

  private static Dataset<Row> topics(SparkSession spark, String run) {
    Dataset<Row> labels = read(spark, run, "topics").filter(col("rank").leq(5))
        .groupBy("topic_id").agg(concat_ws(", ", org.apache.spark.sql.functions.array_sort(
            collect_list(struct(col("rank"), col("term")))).getField("term")).as("topic_terms"));
    return read(spark, run, "story_outlet_topics").filter(col("stressed")).join(labels, "topic_id")
        .groupBy("cluster_id").agg(collect_list(struct(col("outlet"), col("topic_id"), col("topic_terms"),
            col("share"), col("others_share"))).as("topics"));
  }

  private static Row[] rows(Row r, String field) {
    int i = r.fieldIndex(field);
    if (r.isNullAt(i)) {
      return new Row[0];
    }
    return r.<Row>getList(i).toArray(Row[]::new);
  }

  /** The page's data from one joined row; lists in a fixed order, whatever order Spark collected them in. */
  static StoryView view(Row r) {
    List<StoryView.Side> sides = new ArrayList<>();
    for (Row s : rows(r, "sides")) {
      List<StoryView.Term> terms = new ArrayList<>();
      for (Row t : rows(s, "terms")) {
        terms.add(new StoryView.Term(t.getAs("direction"), t.<Integer>getAs("rank"), t.getAs("term"),
            t.getAs("evidence_text"), t.getAs("evidence_outlet"), t.getAs("instead")));
      }
      terms.sort(Comparator.comparing(StoryView.Term::direction).reversed().thenComparing(StoryView.Term::rank));
      List<Row> vs = new ArrayList<>(List.of(rows(s, "voices")));
      vs.sort(Comparator.comparing(v -> v.<Integer>getAs("_r")));
      List<StoryView.Voice> voices = vs.stream().map(v -> new StoryView.Voice(v.getAs("speaker"),
          v.<Integer>getAs("quotes"), v.getAs("evidence_quote"))).toList();
      List<Row> es = new ArrayList<>(List.of(rows(s, "entities")));
      es.sort(Comparator.comparing(e -> e.<Integer>getAs("_r")));
      List<StoryView.Entity> entities = es.stream().map(e -> new StoryView.Entity(e.getAs("entity"),
          e.<Integer>getAs("mentions"), e.getAs("tone"), e.<Boolean>getAs("left_out"))).toList();
      sides.add(new StoryView.Side(s.getAs("outlet"), s.getAs("headline"), s.<Long>getAs("articles"),
          s.getAs("copies_of"), s.getAs("groups"), s.getAs("headline_tone"), s.getAs("body_tone"),
          s.getAs("first_unique"), s.getAs("first_omitted"), terms, voices, entities));
    }
    sides.sort(Comparator.comparing(StoryView.Side::articles).reversed().thenComparing(StoryView.Side::outlet));
    List<StoryView.Article> articles = new ArrayList<>();
    for (Row a : rows(r, "arts")) {
      articles.add(new StoryView.Article(a.getAs("article_id"), a.getAs("outlet"), a.getAs("title"),
          a.getAs("published_at"), a.getAs("url")));
    }
    articles.sort(Comparator.comparing(StoryView.Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(StoryView.Article::id));
    List<StoryView.Topic> topics = new ArrayList<>();
    for (Row t : rows(r, "topics")) {
      topics.add(new StoryView.Topic(t.getAs("outlet"), t.<Integer>getAs("topic_id"), t.getAs("topic_terms"),
          t.<Double>getAs("share"), t.<Double>getAs("others_share")));
    }
    topics.sort(Comparator.comparing(StoryView.Topic::outlet).thenComparing(StoryView.Topic::topicId));
    return new StoryView(r.getAs("cluster_id"), r.getAs("label"), r.<Long>getAs("size"), r.<Long>getAs("n_outlets"),
        r.<Timestamp>getAs("first_published_at"), r.<Timestamp>getAs("last_published_at"),
        r.<Boolean>getAs("blindspot"), sides, articles, topics);
  }

  /** The most widely covered stories against the outlets that cover most stories (a few hundred cells). */
  private static StoryIndex.Matrix matrix(Dataset<Row> storyOutlets, Dataset<Row> stories) {
    List<String[]> top = new ArrayList<>();
    for (Row r : stories.orderBy(col("n_outlets").desc(), col("size").desc(), col("cluster_id"))
        .limit(MATRIX_STORIES).collectAsList()) {
      top.add(new String[] {r.getAs("cluster_id"), r.getAs("label")});
    }
    Dataset<Row> cover = storyOutlets.select("cluster_id", "outlet", "articles");
    List<String> outlets = cover.groupBy("outlet").count().orderBy(col("count").desc(), col("outlet"))
        .limit(MATRIX_OUTLETS).collectAsList().stream().map(r -> (String) r.getAs("outlet")).toList();
    Map<String, Long> cells = new HashMap<>();
    List<String> ids = top.stream().map(s -> s[0]).toList();
    if (!ids.isEmpty() && !outlets.isEmpty()) {
      for (Row r : cover.filter(col("cluster_id").isin(ids.toArray()).and(col("outlet").isin(outlets.toArray())))
          .collectAsList()) {
        cells.put(r.getAs("cluster_id") + "\u0000" + r.getAs("outlet"), r.<Long>getAs("articles"));
      }
    }
    return new StoryIndex.Matrix(top, outlets, cells);
  }

  /** Renders each story's page and writes it into the site's folder; emits the bytes written. */
  static final class PageWriter implements org.apache.spark.api.java.function.MapPartitionsFunction<Row, Long> {
    private static final long serialVersionUID = 1L;
    private final String dir;
    private final Map<String, String> conf;

    PageWriter(String dir, Map<String, String> conf) {
      this.dir = dir;
      this.conf = conf;
    }

    @Override
    public Iterator<Long> call(Iterator<Row> rows) throws IOException {
      Path folder = new Path(dir);
      List<Long> sizes = new ArrayList<>();
      if (isLocal(folder)) {
        // A local folder is written with java.nio: Hadoop's local file system sets each new file's permission
        // by running chmod in a new process when Hadoop's native library is missing (as in a plain local run),
        // 5,016 processes and about 12 s for ABP's pages.
        java.nio.file.Path local = java.nio.file.Path.of(folder.toUri());
        while (rows.hasNext()) {
          StoryView v = view(rows.next());
          byte[] b = StoryPage.render(v).getBytes(StandardCharsets.UTF_8);
          java.nio.file.Files.write(local.resolve(StoryPage.fileName(v.id())), b);
          sizes.add((long) b.length);
        }
        return sizes.iterator();
      }
      Configuration hadoop = new Configuration(false);
      conf.forEach(hadoop::set);
      try (FileSystem fs = FileSystem.newInstance(folder.toUri(), hadoop)) {
        fs.setWriteChecksum(false);
        while (rows.hasNext()) {
          StoryView v = view(rows.next());
          sizes.add(writeFile(fs, new Path(folder, StoryPage.fileName(v.id())), StoryPage.render(v)));
        }
      }
      return sizes.iterator();
    }
  }

  /** Whether {@code p} (qualified: it has its scheme) is on the local file system. */
  static boolean isLocal(Path p) {
    return "file".equals(p.toUri().getScheme());
  }

  private static long writeFile(FileSystem fs, Path p, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = fs.create(p, true)) {
      out.write(b);
    }
    return b.length;
  }
}
