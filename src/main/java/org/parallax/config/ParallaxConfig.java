package org.parallax.config;

/**
 * Every option of a Parallax run, in one typed tree. Loaded from YAML by {@link ConfigLoader}; each
 * field carries a {@link Key} with its doc line and range. Field names map to snake_case keys
 * ({@code similarity.max_term_df}). The defaults here are the defaults of the job; {@code
 * conf/parallax.yaml} and {@code docs/configuration.md} are generated from this class.
 */
public final class ParallaxConfig implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Key(doc = "Run-wide settings.")
  public Run run = new Run();

  @Key(doc = "How input records are read and mapped to articles.")
  public Input input = new Input();

  @Key(doc = "Text cleaning before analysis.")
  public Clean clean = new Clean();

  @Key(doc = "Tokens, vocabulary and TF-IDF.")
  public Features features = new Features();

  @Key(doc = "Which article pairs are compared, and when two articles count as similar.")
  public Similarity similarity = new Similarity();

  @Key(doc = "Syndicated, republished and partial copies among similar pairs.")
  public Copies copies = new Copies();

  @Key(doc = "Coverage clusters built from similar pairs.")
  public Cluster cluster = new Cluster();

  @Key(doc = "LDA topic model.")
  public Topics topics = new Topics();

  @Key(doc = "Framing differences between outlets inside a coverage cluster.")
  public Framing framing = new Framing();

  @Key(doc = "Outlet groups (lean, country, owner ...): coverage shares, blindspots and framing per group.")
  public Groups groups = new Groups();

  @Key(doc = "Quotations and who speaks them: direct, partial and indirect quotes, cues and speakers.")
  public Quotes quotes = new Quotes();

  @Key(doc = "People, organisations and places each outlet names in a story, and its tone toward them.")
  public Entities entities = new Entities();

  @Key(doc = "Daily runs (run --day): which articles a day's run reads besides the day's own.")
  public Daily daily = new Daily();

  /** Daily runs. */
  public static final class Daily implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Key(doc = "A run with --day D also reads the articles of the this many days before D, as context: they are "
        + "clustered with D's articles, so that a story that started earlier keeps its id, but only D's articles "
        + "are reported. Default: cluster.max_days_apart's default, the longest span of one story. Also given as "
        + "--lookback N.", min = 0, max = 3660)
    public int lookbackDays = 3;

    @Key(doc = "A run with --day D fits its vocabulary and IDF on the articles of the this many days before D "
        + "and D (read from the input like the lookback's), not on the few days it clusters: with a handful of "
        + "days' articles, a word common in the news looks rare and links unrelated stories. At least "
        + "daily.lookback_days.", min = 0, max = 3660)
    public int idfDays = 30;
  }

  /** Entities and tone. */
  public static final class Entities implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Key(doc = "An outlet leaves an entity out (story_entities.left_out) when more than this share of the story's "
        + "outlets, and at least two, name it and the outlet does not.", min = 0.0, max = 0.99)
    public double leftOutShare = 0.5;
  }

  /** Quotations. */
  public static final class Quotes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Key(doc = "A quotation in marks set apart from the outlet's sentence is direct when it has at least this many "
        + "words; shorter ones (\"a disgrace\") are partial.", min = 1, max = 100)
    public int minDirectWords = 3;

    @Key(doc = "Indirect speech (\"X said that ...\", \"according to X, ...\") is reported when the reported clause "
        + "has at least this many words.", min = 1, max = 100)
    public int minIndirectWords = 4;
  }

  /** Outlet groups. */
  public static final class Groups implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Key(doc = "Outlet table: a CSV file with a header row, or Parquet, with an 'outlet' column and any group "
        + "columns (e.g. lean, country, owner); empty = no groups. Also given as --outlets FILE.", optional = true)
    public String outlets = "";

    @Key(doc = "A story is a blindspot for a group column when at least this many outlets cover it ...", min = 2,
        max = 100000)
    public int blindspotMinOutlets = 3;

    @Key(doc = "... and at least this share of them have the same group value (one side covers it, the others "
        + "barely do).", min = 0.5, max = 1.0)
    public double blindspotShare = 0.8;
  }

  /** Run-wide settings. */
  public static final class Run implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Seed for every random choice (LDA); the same input, config and seed give the same reports.",
        min = 0)
    public long seed = 42;

    @Key(doc = "How stage results are kept between stages: local (on the executors; fast, but a lost executor "
        + "fails the run), reliable (written to run.checkpoint_dir; survives a lost executor), or auto (local "
        + "on a local master, reliable on a cluster).", oneOf = {"auto", "local", "reliable"})
    public String checkpoints = "auto";

    @Key(doc = "Folder for reliable checkpoints (any Hadoop URI); empty = a hidden folder beside --output. "
        + "Each run writes below it in a folder of its own and removes that folder when it ends.",
        optional = true)
    public String checkpointDir = "";

    @Key(doc = "Write the HTML story report with the Parquet reports: html/index.html (the stories covered by two "
        + "or more outlets, searchable and sortable, and a coverage matrix) and one page per story with its outlets "
        + "side by side. A static site: open index.html from disk, no server, nothing fetched from the network.")
    public boolean html = true;
  }

  /** Input reading. */
  public static final class Input implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Input format: auto (decided per file, by extension and content: .jsonl/.json/.ndjson = jsonl, "
        + ".parquet = parquet, known non-article formats such as .pdf/.csv/.zip = rejected, anything else = text, "
        + "one article a file; each may be gzipped), or jsonl, parquet or text for every file.",
        oneOf = {"auto", "jsonl", "parquet", "text"})
    public String format = "auto";

    @Key(doc = "Field names in JSONL and Parquet input that hold each article attribute.")
    public Fields fields = new Fields();

    @Key(doc = "Metadata for text-file input: auto (use _metadata.csv or _metadata.jsonl inside each "
        + "input directory if present), none, or the path of a CSV/JSONL file keyed by column 'file'.")
    public String sidecar = "auto";

    @Key(doc = "Characters of the raw record kept in the rejects report.", min = 20, max = 10000)
    public int rejectExcerptChars = 200;

    @Key(doc = "Largest JSONL line or text file, in MiB (after decompression); a larger one is rejected "
        + "(record_too_large) without being held in memory.", min = 1, max = 1024)
    public int maxRecordMb = 64;

    @Key(doc = "Most bytes one compressed file may expand to, in MiB; reading stops there and the rest of "
        + "the file is rejected (decompression_limit).", min = 1, max = 16777216)
    public long maxDecompressedMb = 16384;

    @Key(doc = "Most bytes out per compressed byte in (checked past the first 8 MiB): news text compresses "
        + "3-10 times, a decompression bomb about 1000 times.", min = 10, max = 100000)
    public int maxCompressionRatio = 100;

    /** The decompression limits of one file read. */
    public org.parallax.ingest.FileOpener.Limits limits() {
      return new org.parallax.ingest.FileOpener.Limits(maxDecompressedMb << 20, maxCompressionRatio);
    }
  }

  /** Field mapping of structured input. */
  public static final class Fields implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Field with the article id (unique). When absent, the id is a hash of the text.")
    public String id = "id";

    @Key(doc = "Field with the outlet (publisher) name.")
    public String outlet = "outlet";

    @Key(doc = "Field with the article URL.")
    public String url = "url";

    @Key(doc = "Field with the publication date or time (ISO 8601 date or date-time, or "
        + "'yyyy-MM-dd HH:mm:ss', read as UTC when it has no offset).")
    public String publishedAt = "date";

    @Key(doc = "Field with the title.")
    public String title = "title";

    @Key(doc = "Field with the article body text (required in every record).")
    public String text = "text";
  }

  /** Text cleaning. */
  public static final class Clean implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Articles whose cleaned text is shorter than this many characters are rejected "
        + "(reason text_too_short).", min = 1, max = 100000)
    public int minChars = 25;

    @Key(doc = "Remove boilerplate blocks (site blurbs, link lists, breadcrumbs, low-content chrome).")
    public boolean boilerplate = true;

    @Key(doc = "A line found in at least this many articles of the same outlet is site boilerplate.",
        min = 2, max = 1000000)
    public int repeatMinArticles = 3;

    @Key(doc = "... and in at least this fraction of that outlet's articles (so that a story's own updates, "
        + "which share paragraphs, are not taken for boilerplate).", min = 0.0, max = 1.0)
    public double repeatMinShare = 0.05;

    @Key(doc = "Stop-word list the boilerplate classification counts stop words with (Spark's StopWordsRemover "
        + "languages).",
        oneOf = {"danish", "dutch", "english", "finnish", "french", "german", "hungarian", "italian",
            "norwegian", "portuguese", "russian", "spanish", "swedish", "turkish"})
    public String stopWords = "english";
  }

  /** Features. */
  public static final class Features implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Stop-word list (Spark's StopWordsRemover languages).",
        oneOf = {"danish", "dutch", "english", "finnish", "french", "german", "hungarian", "italian",
            "norwegian", "portuguese", "russian", "spanish", "swedish", "turkish"})
    public String stopWords = "english";

    @Key(doc = "Shortest token kept, in characters.", min = 1, max = 50)
    public int minTokenLength = 2;

    @Key(doc = "1 = single words; 2 = words and adjacent word pairs (after stop words) as TF-IDF terms.",
        min = 1, max = 2)
    public int ngrams = 2;

    @Key(doc = "Terms among an article's first this many words (after stop words: the headline and lead, where "
        + "news says who did what) are counted once more; related stories share background, not leads. "
        + "0 = off.", min = 0, max = 10000)
    public int leadWords = 40;

    @Key(doc = "Weigh a term's count c as 1 + ln(c) instead of c.")
    public boolean sublinearTf = true;

    @Key(doc = "Terms in fewer articles than this are left out of the vocabulary.", min = 1, max = 1000000)
    public int minDf = 2;

    @Key(doc = "Largest vocabulary; the terms in the most articles are kept.", min = 100, max = 10000000)
    public int vocabSize = 262144;
  }

  /** Candidate pairs and pair similarity. */
  public static final class Similarity implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Candidate pairs with a TF-IDF cosine below this are treated as unrelated (similarity 0 in "
        + "cluster averages); keeps the similarity graph sparse.", min = 0.0, max = 1.0)
    public double minSimilarity = 0.05;

    @Key(doc = "Per article, how many of its highest-weighted terms are used to find candidate pairs.",
        min = 1, max = 1000)
    public int candidateTerms = 50;

    @Key(doc = "Two articles are compared only when they share at least this many of their signature terms.",
        min = 1, max = 1000)
    public int minSharedTerms = 2;

    @Key(doc = "A term found in more articles than this proposes no candidate pairs (bounds the work "
        + "per term; common terms still count in the cosine).", min = 2, max = 100000)
    public int maxTermDf = 200;
  }

  /** Copy detection. */
  public static final class Copies implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Only similar pairs with at least this TF-IDF cosine are checked for copied text.", min = 0.0,
        max = 1.0)
    public double minSimilarity = 0.3;

    @Key(doc = "A pair is a copy when at least this share of one article's word shingles occur in the other "
        + "(containment: a short article made of a longer one's paragraphs counts).", min = 0.05, max = 1.0)
    public double minContainment = 0.5;

    @Key(doc = "Words per shingle.", min = 2, max = 20)
    public int shingleWords = 5;

    @Key(doc = "Upper bound on the rounds of the connected-components step that gathers copies of one text "
        + "into a group.", min = 1, max = 1000)
    public int maxIterations = 50;
  }

  /** Clustering. */
  public static final class Cluster implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Average-link threshold: two groups of articles merge while the mean evidence (the link_score "
        + "of similar_pairs; 0 for a pair that is not similar) over all their article pairs is at least this.",
        min = 0.01, max = 1.0)
    public double threshold = 0.15;

    @Key(doc = "A pair's evidence is its text cosine or this times its titles' cosine, whichever is higher "
        + "(docs/clustering.md says how it was chosen). 0 = titles are not used.", min = 0.0, max = 1.0)
    public double titleWeight = 0.7;

    @Key(doc = "Two dated articles more than cluster.date_decay_after_days apart have their evidence lowered "
        + "linearly, by this share at cluster.max_days_apart. 0 = no decay.", min = 0.0, max = 1.0)
    public double dateDecay = 0.4;

    @Key(doc = "Days apart within which dates do not lower a pair's evidence (one story's articles often "
        + "appear a day apart).", min = 0, max = 36500)
    public int dateDecayAfterDays = 1;

    @Key(doc = "Time constraint: two dated articles further apart than this many days are never linked, and a "
        + "cluster's dated articles span at most this many days (follow-up stories a few days later share "
        + "most words with the story they follow). Copies are exempt: a republished copy joins its story. "
        + "Undated articles are not constrained. 0 turns the constraint off.", min = 0, max = 36500)
    public int maxDaysApart = 3;

    @Key(doc = "Local scaling: each article's scale is the evidence of its this-many-th strongest linkable pair "
        + "(its weakest when it has fewer), and a pair's evidence is multiplied by (cluster.scale_reference / "
        + "sqrt(scale_a x scale_b))^cluster.scale_power, so that one threshold suits short excerpts (low cosines "
        + "everywhere) and dense topics (many close stories) alike. docs/clustering.md says how it was chosen.",
        min = 1, max = 100)
    public int scaleNeighbour = 2;

    @Key(doc = "Local scaling's power: 0 turns it off, 1 divides by the geometric mean of the two articles' "
        + "scales. See cluster.scale_neighbour.", min = 0.0, max = 2.0)
    public double scalePower = 0.5;

    @Key(doc = "Local scaling's reference: two articles whose scales are both this keep their evidence as it is "
        + "(about the median scale of full-text news). See cluster.scale_neighbour.", min = 0.01, max = 1.0)
    public double scaleReference = 0.3;

    @Key(doc = "Local scaling's floor: a scale below this counts as this, which bounds the lift at "
        + "(cluster.scale_reference / this)^cluster.scale_power (sqrt 2 by default). An article with no story "
        + "of its own has only weak links, and lifting them merges it with its topic (docs/clustering.md). "
        + "See cluster.scale_neighbour.", min = 0.01, max = 1.0)
    public double scaleFloor = 0.15;

    @Key(doc = "Upper bound on the rounds of the connected-components step that splits the similarity "
        + "graph into independent groups.", min = 1, max = 1000)
    public int maxIterations = 50;

    @Key(doc = "A connected component of the similar-pair graph with more articles than this is split into "
        + "blocks of this many, in publication order (undated last), before average linkage, so that no task "
        + "holds a giant component; links across blocks are cut. Real news percolates: ABP's largest "
        + "component is 32,430 of its 37,553 articles, clustered whole in one task. The log and the manifest "
        + "(components_split) say when a split happens.", min = 100, max = 10000000)
    public int maxComponentArticles = 40000;

    @Key(doc = "Terms used to label each cluster in the clusters report.", min = 1, max = 50)
    public int labelTerms = 5;
  }

  /** Topic model. */
  public static final class Topics implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** topics.k's value for auto. */
    public static final int AUTO = 0;

    @Key(doc = "Number of LDA topics; auto (or 0) picks it by coherence on held-out articles from "
        + "topics.auto_k_min to topics.auto_k_max (one model per candidate: that many times the topics stage's "
        + "time).", min = 0, max = 1000)
    public int k = 10;

    @Key(doc = "With topics.k=auto: the smallest k tried.", min = 2, max = 1000)
    public int autoKMin = 5;

    @Key(doc = "With topics.k=auto: the largest k tried.", min = 2, max = 1000)
    public int autoKMax = 20;

    @Key(doc = "With topics.k=auto: the step between the k tried.", min = 1, max = 1000)
    public int autoKStep = 5;

    /** Reads topics.k: a number, or auto ({@link #AUTO}). */
    @com.fasterxml.jackson.annotation.JsonSetter("k")
    public void setK(com.fasterxml.jackson.databind.JsonNode value) {
      if (value.isTextual() && value.asText().trim().equalsIgnoreCase("auto")) {
        k = AUTO;
      } else if (value.isIntegralNumber() || value.isTextual() && value.asText().trim().matches("\\d{1,4}")) {
        k = value.isIntegralNumber() ? value.asInt() : Integer.parseInt(value.asText().trim());
        if (k == 1) {
          throw new IllegalArgumentException("one topic is no topic model: give 2 or more, or auto");
        }
      } else {
        throw new IllegalArgumentException("expects a number of topics or auto, e.g. topics.k: 10");
      }
    }

    @Key(doc = "Upper bound on LDA iterations (online optimizer); the run does topics.passes passes over the "
        + "corpus in mini-batches of topics.batch_articles, within this bound.", min = 1, max = 100000)
    public int maxIterations = 400;

    @Key(doc = "Passes over the corpus LDA trains for, at most (each iteration reads one mini-batch): a small "
        + "corpus gets this many.", min = 0.1, max = 1000.0)
    public double passes = 50.0;

    @Key(doc = "Article-word entries (each article's distinct words in the model, summed) LDA reads in all, over "
        + "every pass; its time grows with them: a corpus of many or long articles gets fewer passes than "
        + "topics.passes (at least one).", min = 1000, max = 1000000000000L)
    public long maxEntriesRead = 12000000;

    @Key(doc = "Articles per LDA mini-batch (the whole corpus when it is smaller).", min = 10, max = 10000000)
    public int batchArticles = 1000;

    @Key(doc = "LDA's learning offset (tau0): larger values make the first mini-batches count less "
        + "(Hoffman et al. 2010). Spark's default, 1024, barely moves in a few hundred iterations.", min = 1.0,
        max = 100000.0)
    public double learningOffset = 10.0;

    @Key(doc = "Sum of a fixed, symmetric Dirichlet prior on each article's topic mix (alpha), spread evenly over the "
        + "k topics; 0 = Spark's prior, 1/k a topic, re-estimated as LDA trains. A fixed sum of 5 gave more coherent "
        + "topics over three seeds, but spreads each article thinly over every topic, below "
        + "topics.min_article_weight (docs/benchmarks.md: topics-tuning). Online optimizer only.", min = 0.0, max = 10000.0)
    public double docConcentration = 0.0;

    @Key(doc = "LDA models trained, each with its own seed (the run's seed, then +1, ...); the one whose topics are "
        + "most coherent (mean NPMI of their top 10 terms over the corpus) is kept. Each one costs the training "
        + "time again.", min = 1, max = 20)
    public int restarts = 1;

    @Key(doc = "How LDA is trained: em (expectation-maximisation over the whole corpus on every iteration: more "
        + "coherent topics, no dead ones, but its time grows with the corpus), online (mini-batches, "
        + "topics.passes), or auto: em for a corpus of at most topics.em_max_entries article-word entries, online "
        + "beyond.", oneOf = {"auto", "em", "online"})
    public String optimizer = "auto";

    @Key(doc = "With the em optimizer: the iterations, each over the whole corpus.", min = 1, max = 200)
    public int emIterations = 100;

    @Key(doc = "With topics.optimizer=auto: the largest corpus, in article-word entries (each article's distinct "
        + "words in the model, summed), trained by em; 100 em iterations over BBC's 254,000 took 30 s on 2 cores.",
        min = 0, max = 1000000000000L)
    public long emMaxEntries = 300000;

    @Key(doc = "Words in fewer articles than this (or than 1% of the articles, when that is fewer: a small corpus "
        + "keeps its words) are left out of the topic model.", min = 1, max = 1000000)
    public int minDf = 5;

    @Key(doc = "Leave out generic news words (said, people, year, told...: the list topics/generic-en.txt) "
        + "that lead every topic in a corpus of news.")
    public boolean dropGenericWords = true;

    @Key(doc = "Terms in more than this fraction of articles are left out of the topic model.",
        min = 0.01, max = 1.0)
    public double maxDf = 0.5;

    @Key(doc = "Words in the topic model: the most frequent single words within topics.max_df (LDA's cost "
        + "grows with topics x words).", min = 100, max = 1000000)
    public int vocabSize = 10000;

    @Key(doc = "Terms listed per topic in the topics report.", min = 1, max = 1000)
    public int termsPerTopic = 15;

    @Key(doc = "In story_outlet_topics, an outlet stresses a topic when its share of the outlet's articles in "
        + "the story is at least this much above its share of the other outlets' articles.", min = 0.0, max = 1.0)
    public double stressMargin = 0.1;

    @Key(doc = "Article-topic weights below this are left out of article_topics.", min = 0.0, max = 1.0)
    public double minArticleWeight = 0.01;
  }

  /** Framing. */
  public static final class Framing implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @Key(doc = "Clusters covered by fewer distinct outlets than this get no framing terms.", min = 2,
        max = 10000)
    public int minOutlets = 2;

    @Key(doc = "Total pseudo-count of the informative Dirichlet prior (alpha_0), spread over terms by "
        + "corpus-wide frequency; 0 = the corpus's token count (the whole corpus as the prior, Monroe et al. "
        + "2008), which grows with the corpus.", min = 0.0, max = 1.0e12)
    public double priorScale = 0.0;

    @Key(doc = "Terms kept per cluster, outlet and direction (uses, avoids): evaluative words first (those both "
        + "word lists mark, then one), then by |z|.",
        min = 1, max = 10000)
    public int topTerms = 20;

    @Key(doc = "A term row is reliable when its p-value (exact one-sided binomial: the outlet's share of the "
        + "story's uses of the word against its share of the story's words) is at most this and its supporting "
        + "count reaches framing.min_count. Not corrected for the many words tested: a filter, not proof.",
        min = 0.0, max = 1.0)
    public double maxP = 0.05;

    @Key(doc = "Fewest uses behind a reliable term row; also the fewest uses by the other outlets for a word an "
        + "outlet never writes to count as avoided, and for an outlet's spelling to be reported.", min = 1,
        max = 1000000)
    public int minCount = 2;

    @Key(doc = "Stories covered by 3 to this many outlets also get every outlet against every other one "
        + "(framing_pairs); 0 = none. Pairs grow with the square of the outlets.", min = 0, max = 50)
    public int pairwiseMaxOutlets = 6;

    @Key(doc = "An avoided word's 'instead' is the outlet's used word sharing most neighbouring words with it (as "
        + "the others write it); it must share at least this many.", min = 1, max = 100)
    public int insteadMinShared = 2;

    @Key(doc = "A word is a name, left out of framing terms, when more than this share of its corpus uses are "
        + "capitalised other than at the start of a sentence.", min = 0.0, max = 1.0)
    public double nameShare = 0.5;

    @Key(doc = "House style: a word an outlet over-uses against the whole corpus with a p-value at most this "
        + "(exact one-sided binomial on its share of the corpus's uses of the word) in at least "
        + "framing.house_style_min_stories of its stories is reported in outlet_style and left out of its story "
        + "contrasts.", min = 0.0, max = 1.0)
    public double houseStyleMaxP = 0.001;

    @Key(doc = "Fewest stories (clusters) an outlet must use a word in for it to count as its house style.",
        min = 1, max = 1000000)
    public int houseStyleMinStories = 5;

    @Key(doc = "House style is habit, not a story's subject: the word must also appear in at least this share of "
        + "the outlet's stories.", min = 0.0, max = 1.0)
    public double houseStyleMinShare = 0.2;

    @Key(doc = "Statements: body sentences with fewer distinct content words than this are not compared.", min = 1,
        max = 1000)
    public int statementMinWords = 5;

    @Key(doc = "Two sentences of different outlets carry the same statement when they share at least this many "
        + "content words ...", min = 1, max = 1000)
    public int statementMinShared = 3;

    @Key(doc = "... and at least this share of the shorter sentence's content words (overlap coefficient).",
        min = 0.0, max = 1.0)
    public double statementSimilarity = 0.5;

    @Key(doc = "A statement is core when at least this share of the story's outlets (and two or more) carry it; "
        + "an outlet with no sentence for a core statement omits it.", min = 0.0, max = 1.0)
    public double coreShare = 0.5;

    @Key(doc = "Statements kept per cluster, outlet and kind (core, unique, omitted).", min = 1, max = 10000)
    public int topStatements = 10;
  }
}
