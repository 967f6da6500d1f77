package org.parallax.report;

import static org.parallax.report.ReportColumn.bigint;
import static org.parallax.report.ReportColumn.dbl;
import static org.parallax.report.ReportColumn.integer;
import static org.parallax.report.ReportColumn.string;
import static org.parallax.report.ReportColumn.timestamp;

import java.util.List;

/**
 * Every Parquet report Parallax writes: the one place where report columns are defined. The writer
 * conforms data to these schemas, tests read the output back against them, and {@code docs/reports.md}
 * is generated from them.
 */
public final class Reports {
  private Reports() {}

  public static final ReportTable ARTICLES = new ReportTable("articles",
      "Every accepted article, as analysed, with its coverage cluster and dominant topic.",
      "one row per accepted article",
      string("article_id", false, "Article id from the input (file name without extension for text files; "
          + "sha256- hash of the text when the input has none). Unique.", "9356f9f00d38eb76"),
      string("outlet", true, "Outlet (publisher) name from the input or sidecar, else inferred from the text "
          + "(see cleaning); null when unknown.",
          "Associated Press"),
      string("url", true, "Article URL; null when unknown.", "https://apnews.com/article/..."),
      timestamp("published_at", true, "Publication time (UTC) from the input, else from a labelled date line "
          + "in the text; null when unknown.", "2023-06-14 00:00:00+00"),
      string("title", true, "Title from the input, else the first headline-like line; null when unknown.",
          "Blinken and Qin discuss ..."),
      string("text", false, "Body text as analysed (after cleaning).", "TAIPEI, Taiwan (AP) — U.S. Secretary ..."),
      string("cluster_id", false, "Coverage cluster of this article (see clusters).", "s1a2b3c4d5e6f"),
      bigint("cluster_size", false, "Articles in this article's cluster (1 = covered by no other article).", "2"),
      integer("n_tokens", false, "Tokens analysed (after stop words).", "231"),
      integer("raw_chars", false, "Characters of the text as read, before cleaning.", "2721"),
      integer("dominant_topic_id", true, "Topic with the largest weight for this article.", "3"),
      dbl("dominant_topic_weight", true, "Weight of the dominant topic (0-1).", "0.87"),
      string("agency", true, "Wire agency named in the dateline (see cleaning).", "AP"),
      string("dateline_place", true, "Dateline place (see cleaning).", "TAIPEI, Taiwan"),
      string("source", false, "File the article was read from.", "file:/data/corpus/part-0001.jsonl"),
      bigint("position", true, "1-based line (JSONL) or row (Parquet) in source; null for one-file-per-article "
          + "input.", "17"))
      .sortedBy("article_id");

  public static final ReportTable CLUSTERS = new ReportTable("clusters",
      "Coverage clusters: articles on the same story, across outlets. Clusters of one article are included "
          + "(size = 1); filter on size >= 2 for stories covered more than once.",
      "one row per cluster",
      string("cluster_id", false, "Cluster id: 's' and 12 hex digits of the SHA-1 of the cluster's earliest "
          + "article id (published first; undated last; then smallest id): the same input gives the same ids, "
          + "and adding articles published later never renumbers a story.", "s1a2b3c4d5e6f"),
      bigint("size", false, "Articles in the cluster.", "3"),
      bigint("copies", false, "Articles in the cluster that are copies of another article (see copies).", "1"),
      bigint("n_outlets", false, "Distinct known outlets in the cluster.", "3"),
      string("outlets", true, "Distinct outlets, sorted, separated by '; '; null when none is known.",
          "AP; Almasirah"),
      timestamp("first_published_at", true, "Earliest publication time in the cluster (UTC).",
          "2024-04-26 00:00:00+00"),
      timestamp("last_published_at", true, "Latest publication time in the cluster (UTC).",
          "2025-04-12 03:02:51+00"),
      string("label_terms", true, "Words or word pairs that best describe the cluster: those among the strongest "
          + "TF-IDF terms (5 x cluster.label_terms) of most of its articles, then of the highest summed weight; "
          + "separated by ', '.",
          "qin, stop, manage, ahead, phone"),
      string("representative_article_id", false, "The article most similar to the rest of its cluster.",
          "002_89291d4d50dca3d3"),
      string("representative_title", true, "Title of the representative article.",
          "In Beijing, Blinken and Xi stress need for continued U.S.-China dialogue"),
      dbl("mean_similarity", true, "Mean cosine of the cluster's similar pairs (pairs below "
          + "similarity.min_similarity not counted); null when it has none.",
          "0.41")).sortedBy("cluster_id");

  public static final ReportTable COVERAGE = new ReportTable("coverage",
      "How much each outlet covered each cluster.",
      "one row per cluster and outlet (outlet null for articles of unknown outlet)",
      string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
      string("outlet", true, "Outlet; null groups the cluster's articles of unknown outlet.", "AP"),
      bigint("articles", false, "Articles of this outlet in the cluster.", "1"),
      dbl("share", false, "articles / cluster size.", "0.5"),
      timestamp("first_published_at", true, "Earliest publication of this outlet in the cluster (UTC).",
          "2023-06-14 00:00:00+00"),
      timestamp("last_published_at", true, "Latest publication of this outlet in the cluster (UTC).",
          "2023-06-14 00:00:00+00")).sortedBy("cluster_id", "outlet");

  public static final ReportTable FRAMING_TERMS = new ReportTable("framing_terms",
      "Each outlet's most distinctive terms against the rest of the same cluster: log-odds ratio with an "
          + "informative Dirichlet prior from corpus-wide term frequencies (Monroe, Colaresi & Quinn 2008). "
          + "Only clusters with at least framing.min_outlets outlets.",
      "one row per cluster, outlet and term (top framing.top_terms terms by z)",
      string("cluster_id", false, "Cluster id.", "s1a2b3c4d5e6f"),
      string("outlet", false, "Outlet.", "Almasirah"),
      string("term", false, "Term (lower-cased token).", "sovereignty"),
      integer("rank", false, "1 = most distinctive for this outlet in this cluster.", "1"),
      bigint("count", false, "Times the outlet used the term in this cluster.", "3"),
      bigint("count_rest", false, "Times the other outlets in the cluster used it.", "0"),
      dbl("log_odds", false, "Log-odds ratio (outlet vs rest), prior-smoothed; > 0 = the outlet uses it more.",
          "1.42"),
      dbl("z", false, "log_odds divided by its standard deviation; |z| > 1.96 is conventionally notable.", "2.31"))
      .sortedBy("cluster_id", "outlet", "rank", "term");

  public static final ReportTable TOPICS = new ReportTable("topics",
      "LDA topics: the top terms of each topic.",
      "one row per topic and term (top topics.terms_per_topic terms)",
      integer("topic_id", false, "Topic number, 0 to topics.k - 1.", "3"),
      integer("rank", false, "1 = the topic's heaviest term.", "1"),
      string("term", false, "Term.", "tariffs"),
      dbl("weight", false, "Term weight in the topic (share of the topic's term distribution).", "0.021"))
      .sortedBy("topic_id", "rank");

  public static final ReportTable ARTICLE_TOPICS = new ReportTable("article_topics",
      "Topic mixture of each article.",
      "one row per article and topic with weight >= topics.min_article_weight",
      string("article_id", false, "Article id.", "003_4a09b757ad9d92c4"),
      integer("topic_id", false, "Topic number.", "3"),
      dbl("weight", false, "Share of the article attributed to the topic (0-1).", "0.64"))
      .sortedBy("article_id", "topic_id");

  public static final ReportTable CLEANING = new ReportTable("cleaning",
      "What cleaning did to each accepted article: how its bytes were decoded and what was repaired.",
      "one row per accepted article",
      string("article_id", false, "Article id.", "003_4a09b757ad9d92c4"),
      string("source_charset", true, "Charset the raw bytes were decoded with: the byte-order mark's, UTF-8, "
          + "or the detected one (for JSONL, of the article's own line: a line that is not UTF-8 is decoded by "
          + "detection, never with U+FFFD); UTF-8 for Parquet.", "windows-1252"),
      string("source_format", false, "html when the record was an HTML page or fragment (main text extracted), "
          + "else text.", "html"),
      integer("chars_in", false, "Characters of the text as read.", "2721"),
      integer("chars_out", false, "Characters of the clean text (articles.text).", "2690"),
      integer("encoding_repairs", false, "Characters recovered from mojibake (UTF-8 read as GBK, Windows-1252 "
          + "or Latin-1, or encoded twice), lost punctuation restored included.", "23"),
      integer("blocks_repeated", false, "Lines removed because they recur across the outlet's articles or twice "
          + "in this one (site blurbs, copyright lines).", "2"),
      integer("blocks_link_list", false, "Lines removed as link lists: recurring markers (\"Read more\"), the "
          + "teaser before each, bulleted headline and tag lists.", "12"),
      integer("blocks_breadcrumb", false, "Breadcrumb lines removed (Home > Section > ...).", "1"),
      integer("blocks_low_content", false, "Lines removed by the jusText-style length and stop-word "
          + "classification with context (headline lists, section labels, share lines).", "11"),
      string("inferred_outlet", true, "Outlet found in the text (copyright line, page title suffix) or the URL "
          + "host; used only where the input gave none.", "Almasirah"),
      string("outlet_evidence", true, "Where inferred_outlet came from, quoting the text.",
          "copyright line: copyright by Almasirah 2024 ©"),
      timestamp("inferred_published_at", true, "Publication time from a labelled date line (Date:, Published, "
          + "Updated); used only where the input gave none.", "2025-04-12 03:02:51+00"),
      timestamp("original_published_at", true, "An 'originally/first published' date, kept beside a republish "
          + "date.", "2024-04-26 00:00:00+00"),
      string("date_evidence", true, "The date lines the dates came from.", "Date:2025-04-12 03:02:51"),
      string("dateline_place", true, "Place of the dateline that opens the body.", "TAIPEI, Taiwan"),
      string("agency", true, "Wire agency named in the dateline.", "AP"),
      string("inferred_title", true, "First headline-like line before the body; used only where the input gave "
          + "none.", "Blinken’s Talks in Beijing Echo Xi Jinping’s Unity Call"))
      .sortedBy("article_id");

  public static final ReportTable SIMILAR_PAIRS = new ReportTable("similar_pairs",
      "Article pairs found similar: TF-IDF cosine at or above similarity.min_similarity and within "
          + "cluster.max_days_apart, or copies. Average linkage decides which of them end up in one cluster.",
      "one row per similar pair (article_a < article_b)",
      string("article_a", false, "Article id (the smaller of the two).", "000_9356f9f00d38eb76"),
      string("article_b", false, "Article id (the larger of the two).", "003_4a09b757ad9d92c4"),
      dbl("similarity", false, "Cosine similarity of the two TF-IDF vectors (0-1).", "0.52"),
      dbl("days_apart", true, "Days between the two publication times; null when one is unknown.", "0.0"),
      ReportColumn.bool("is_copy", false, "True when one article copies the other (see copies); copies are linked "
          + "whatever their days_apart.", "false"),
      string("cluster_id", true, "Cluster both articles belong to; null when they are in different clusters.",
          "s1a2b3c4d5e6f")).sortedBy("article_a", "article_b");

  public static final ReportTable COPIES = new ReportTable("copies",
      "Syndicated, republished and partial copies: articles most of whose text (word 5-gram shingles) occurs in "
          + "another article. Copies of one text form a group; the earliest article of the group is the original. "
          + "Copies are linked whatever their dates and always share a cluster.",
      "one row per article that is a copy (originals have no row)",
      string("article_id", false, "The copy.", "002_89291d4d50dca3d3"),
      string("copy_of", false, "The earliest article of its copy group (published first; undated ones last; then "
          + "smallest id).", "001_22cd5751afba1364"),
      dbl("containment", false, "Share of this article's distinct word shingles that occur in copy_of "
          + "(1 = every passage of it is in the original).", "0.83"),
      string("shared_passage", true, "The longest passage of this article that occurs in copy_of (up to 300 "
          + "characters).", "We are committed to maintaining and strengthening lines of communication ..."),
      dbl("days_after_original", true, "Days from copy_of's publication to this one's; null when either is "
          + "undated.", "351.1"),
      bigint("group_size", false, "Articles in the copy group, the original included.", "2"))
      .sortedBy("article_id");

  public static final ReportTable REJECTS = new ReportTable("rejects",
      "Every input record that was not analysed, and every input file that could not be read, with why and where "
          + "it came from.",
      "one row per rejected record",
      string("source", false, "File the record came from (for a sidecar row, the sidecar file).",
          "file:/data/corpus/part-0001.jsonl"),
      bigint("position", true, "1-based line (JSONL, sidecar) or row (Parquet); null for one-file-per-article "
          + "input and for a whole file that could not be read.",
          "42"),
      string("article_id", true, "Id of the record when it could be read.", "basil-17"),
      string("stage", false, "Stage that rejected it: ingest or clean.", "ingest"),
      string("reason", false, "Reason code (see docs/reports.md#reject-reasons): " + org.parallax.ingest.RejectReason.codes()
          + ".", "malformed_json"),
      string("detail", true, "What exactly was wrong.", "Unexpected end-of-input: expected close marker for "
          + "Object (column 57)"),
      string("excerpt", true, "Start of the raw record (input.reject_excerpt_chars characters).",
          "{\"id\": \"x1\", \"text\": \"Blinken arrived"))
      .sortedBy("source", "position", "stage", "reason", "article_id", "detail", "excerpt");

  public static final ReportTable EVALUATION = new ReportTable("evaluation",
      "Written by 'parallax evaluate' into the run's folder: how well the run's clusters agree with gold story "
          + "labels. Only gold articles are scored; one missing from the run counts as a cluster of its own.",
      "one row per metric",
      string("metric", false, "bcubed_precision, bcubed_recall, bcubed_f1 (Bagga & Baldwin 1998); pairwise_precision, "
          + "pairwise_recall, pairwise_f1; adjusted_rand_index; nmi (arithmetic normalisation); and the counts "
          + "articles, predicted_clusters, gold_clusters, predicted_pairs, gold_pairs, correct_pairs, and the gold "
          + "records not scored: gold_records_without_id_or_label, gold_duplicate_ids_skipped (an id given twice is "
          + "scored once, with its smallest label).",
          "bcubed_f1"),
      dbl("value", false, "Metric value (0-1 for scores, ARI can be negative; a count for counts).", "0.9912"),
      string("gold_file", false, "Gold file the run was scored against.", "../shared/corpora/basil.jsonl"),
      string("gold_field", false, "Field of the gold file holding the story label.", "cluster_id"),
      bigint("gold_articles", false, "Articles with a gold label.", "300"),
      bigint("missing_from_run", false, "Gold articles not in the run's articles report (scored as singletons).",
          "0"),
      timestamp("evaluated_at", false, "When the evaluation ran (UTC).", "2026-11-24 21:00:00+00"));

  /** Reports written by 'parallax run', in the order they are documented. */
  public static final List<ReportTable> ALL = List.of(ARTICLES, CLUSTERS, COVERAGE, FRAMING_TERMS, TOPICS,
      ARTICLE_TOPICS, SIMILAR_PAIRS, COPIES, CLEANING, REJECTS);

  /** Every documented table: the run's reports, then those other commands add to a run's folder. */
  public static final List<ReportTable> DOCUMENTED = java.util.stream.Stream.concat(ALL.stream(),
      java.util.stream.Stream.of(EVALUATION)).toList();
}
