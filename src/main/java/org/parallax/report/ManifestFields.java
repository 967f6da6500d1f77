package org.parallax.report;

import java.util.List;

/**
 * Every key of {@code manifest.json}, with what it means: the one source {@link RunManifest} writes from
 * and the manifest section of {@code docs/reports.md} is generated from. A test reads a real run's
 * manifest and fails on any key that is written but not listed here, or listed but not written.
 */
public final class ManifestFields {
  private ManifestFields() {}

  /** A top-level key. */
  public record Field(String key, String meaning) {}

  public static final Field RUN_ID = new Field("run_id", "UTC start time and a random suffix, e.g. "
      + "`20261124T101500Z-1a2b3c4d`.");
  public static final Field STARTED_AT = new Field("started_at", "When the run started (ISO 8601, UTC).");
  public static final Field FINISHED_AT = new Field("finished_at", "When the manifest was written, just before "
      + "the commit.");
  public static final Field WALL_SECONDS = new Field("wall_seconds", "finished_at - started_at, in seconds.");
  public static final Field DRIVER_PEAK_RSS_MB = new Field("driver_peak_rss_mb", "Peak resident memory of the "
      + "driver process (Linux VmHWM), in MiB: the whole job in local mode; absent where /proc is not there.");
  public static final Field VERSIONS = new Field("versions", "`parallax`, `spark`, `java`, `spark_master`.");
  public static final Field INPUTS = new Field("inputs", "Per `--input`, in order: `uri`, `files` (listed, "
      + "recursively) = `files_read` + `files_rejected` + `files_skipped` (hidden or `_`-prefixed) + "
      + "`sidecar_files`; `records_read`, `records_rejected_at_ingest`.");
  public static final Field OUTPUT = new Field("output", "The output URI (a link to the current version folder "
      + "on local disks).");
  public static final Field RECOVERED = new Field("recovered", "What the run cleaned up or restored after earlier "
      + "killed runs, one line each (empty when nothing).");
  public static final Field CONFIG = new Field("config", "The effective configuration, every key (file + `--set` "
      + "+ defaults).");
  public static final Field EXECUTION = new Field("execution", "How the run kept stage results: `checkpoints` "
      + "(`local` on a local master, `reliable` otherwise: written to `checkpoint_dir`, which survives a lost "
      + "executor, and removed after the run) and `checkpoint_dir` (null for local checkpoints).");
  public static final Field COUNTS = new Field("counts", "What each stage counted; keys in the table below.");
  public static final Field STAGE_SECONDS = new Field("stage_seconds", "Wall time of each stage, in pipeline "
      + "order: " + String.join(", ", org.parallax.pipeline.Pipeline.STAGES) + ".");
  public static final Field REPORT_ROWS = new Field("report_rows", "Rows written to each report.");
  public static final Field DAILY = new Field("daily", "For a daily run (--day): `day`, `lookback_days`, "
      + "`first_day` (the window's), and `state_from` (the earlier day folder whose story state it continued, or "
      + "null for the first day); null for a run over all the input.");
  public static final Field QUALITY = new Field("quality", "Measures of the run's own output: "
      + "`topics_mean_npmi`, the mean coherence (NPMI of the top 10 terms, over document co-occurrence in the "
      + "corpus) of the topics that are not flat (see the topics report); absent when no topic model was fitted.");

  /** The top-level keys, in the order they are written. */
  public static final List<Field> TOP_LEVEL = List.of(RUN_ID, STARTED_AT, VERSIONS, INPUTS, OUTPUT, DAILY, CONFIG,
      RECOVERED, EXECUTION, FINISHED_AT, WALL_SECONDS, DRIVER_PEAK_RSS_MB, COUNTS, STAGE_SECONDS, REPORT_ROWS,
      QUALITY);

  /** A key of {@code counts}, with the stage that counts it. */
  public enum Count {
    FILES("files", "ingest", "Files listed over all inputs (recursively)."),
    FILES_READ("files_read", "ingest", "Files a reader read."),
    FILES_REJECTED("files_rejected", "ingest", "Files no reader could use (each is one rejected record)."),
    FILES_SKIPPED("files_skipped", "ingest", "Hidden or `_`-prefixed files, skipped."),
    SIDECAR_FILES("sidecar_files", "ingest", "Sidecar metadata files (`_metadata.csv`, `_metadata.jsonl`)."),
    RECORDS_READ("records_read", "ingest", "Records read = `articles_accepted` + `records_rejected` (a file that "
        + "cannot be read counts as one record)."),
    ARTICLES_ACCEPTED("articles_accepted", "clean", "Articles analysed (rows of `articles`)."),
    RECORDS_REJECTED("records_rejected", "clean", "Records rejected by ingest or clean (rows of `rejects`)."),
    REJECTED_BY_REASON("rejected_by_reason", "clean", "Rejected records per reason code (see Reject reasons)."),
    ARTICLES_IN_WINDOW("articles_in_window", "window", "Daily runs only: accepted articles of the day and its "
        + "lookback days, the articles analysed (= `articles_accepted` - `articles_outside_window`)."),
    ARTICLES_OF_DAY("articles_of_day", "window", "Daily runs only: accepted articles of the day itself (undated ones "
        + "first read on this day included), the articles reported."),
    ARTICLES_OUTSIDE_WINDOW("articles_outside_window", "window", "Daily runs only: accepted articles of other "
        + "days, not analysed by this run (they belong to other days' runs)."),
    VOCABULARY_TERMS("vocabulary_terms", "features", "Terms in the TF-IDF vocabulary."),
    CANDIDATE_PAIRS("candidate_pairs", "similarity", "Pairs sharing enough rare signature terms to be scored."),
    SCORED_PAIRS("scored_pairs", "similarity", "Candidate pairs with a cosine of at least "
        + "similarity.min_similarity."),
    COPY_PAIRS("copy_pairs", "copies", "Scored pairs where one article copies the other."),
    SIMILAR_PAIRS("similar_pairs", "cluster", "Pairs clustering may link: scored pairs within "
        + "cluster.max_days_apart, and copies (rows of `similar_pairs`)."),
    COMPONENTS("components", "cluster", "Connected components of the similar-pair graph (articles with a pair)."),
    LARGEST_COMPONENT_ARTICLES("largest_component_articles", "cluster", "Articles in the largest component, "
        + "before any split."),
    COMPONENTS_SPLIT("components_split", "cluster", "Components larger than cluster.max_component_articles, "
        + "split into blocks of consecutive publication order before average linkage (0 on ABP, whose largest "
        + "component is 32,430 articles)."),
    CLUSTERS("clusters", "cluster", "Coverage clusters, singletons included (rows of `clusters`)."),
    CLUSTERS_MULTI_ARTICLE("clusters_multi_article", "cluster", "Clusters of two or more articles."),
    CLUSTERS_MULTI_OUTLET("clusters_multi_outlet", "cluster", "Clusters covered by two or more outlets."),
    STORIES_NEW("stories_new", "stories", "Daily runs only: stories first seen this day (`story_history` event new)."),
    STORIES_GREW("stories_grew", "stories", "Daily runs only: earlier stories that gained articles (event grew)."),
    STORIES_MERGED("stories_merged", "stories", "Daily runs only: earlier stories merged into another (event merged)."),
    STORIES_SPLIT("stories_split", "stories", "Daily runs only: parts split off earlier stories (event split)."),
    STORIES_KNOWN("stories_known", "stories", "Daily runs only: stories in the state after this day (rows of "
        + "`stories`)."),
    QUOTES("quotes", "quotes", "Quotations found: direct, partial and indirect (rows of `quotes`)."),
    QUOTES_DIRECT("quotes_direct", "quotes", "Direct quotations among them."),
    ENTITY_MENTIONS("entity_mentions", "entities", "Mentions of people, organisations and places in the compared "
        + "articles (rows of `entity_mentions`)."),
    HTML_PAGES("html_pages", "html", "Pages of the HTML story report (html/: the index and one per story covered by "
        + "two or more outlets); absent when run.html is false."),
    HTML_BYTES("html_bytes", "html", "Bytes of the HTML story report."),
    OUTLET_TABLE_ROWS("outlet_table_rows", "groups", "Rows read from the outlet table (groups.outlets, --outlets) "
        + "= `outlet_table_accepted` + `outlet_table_rejected`; 0 without one."),
    OUTLET_TABLE_ACCEPTED("outlet_table_accepted", "groups", "Outlet-table rows used: one per outlet."),
    OUTLET_TABLE_REJECTED("outlet_table_rejected", "groups", "Outlet-table rows not used: a blank outlet, or an "
        + "outlet listed again (its first row by group values is kept); the log names the counts.");

    public final String key;
    public final String stage;
    public final String meaning;

    Count(String key, String stage, String meaning) {
      this.key = key;
      this.stage = stage;
      this.meaning = meaning;
    }
  }
}
