package org.parallax.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.ClusterStage;
import org.parallax.spark.Rows;

/**
 * One story's entities by outlet, computed from all its mentions at once, in the pass that finds them (where SQL
 * took a shuffle of every mention, a grouping, two windows and three joins): per (outlet, entity) how much, how
 * early and in what tone the outlet names it, and a row for each outlet that leaves out an entity most of the
 * story's outlets name.
 */
final class OutletEntities {

  static final StructType SCHEMA = new StructType()
      .add(ClusterStage.CLUSTER_ID, DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, false)
      .add("entity", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("mentions", DataTypes.IntegerType, false)
      .add("articles", DataTypes.IntegerType, false)
      .add("share", DataTypes.DoubleType, false)
      .add("first_sentence", DataTypes.IntegerType, true)
      .add("first_position", DataTypes.DoubleType, true)
      .add("in_headline", DataTypes.BooleanType, false)
      .add("outlets_naming", DataTypes.IntegerType, false)
      .add("outlets_in_story", DataTypes.IntegerType, false)
      .add("only_outlet", DataTypes.BooleanType, false)
      .add("left_out", DataTypes.BooleanType, false)
      .add("tone", DataTypes.DoubleType, true)
      .add("own_mentions", DataTypes.IntegerType, false)
      .add("negative_mentions", DataTypes.IntegerType, false)
      .add("positive_mentions", DataTypes.IntegerType, false)
      .add("headline_tone", DataTypes.DoubleType, true)
      .add("body_tone", DataTypes.DoubleType, true)
      .add("quoted_tone", DataTypes.DoubleType, true)
      .add("quoted_mentions", DataTypes.IntegerType, false)
      .add("evidence_article_id", DataTypes.StringType, true)
      .add("evidence_sentence", DataTypes.StringType, true);

  private OutletEntities() {}

  /** What one outlet's mentions of one entity add up to. */
  private static final class Named {
    String kind = "";
    int mentions;
    final Set<String> articles = new HashSet<>();
    Integer firstSentence;
    Double firstPosition;
    boolean inHeadline;
    final double[] own = new double[2];
    final double[] headline = new double[2];
    final double[] body = new double[2];
    final double[] quoted = new double[2];
    int negative;
    int positive;
    /** The own-voice mention furthest from neutral, ties to the greatest (article, part, sentence). */
    double evidenceStrength = -1;
    String evidenceArticle;
    String evidencePart;
    int evidenceIndex;
    String evidenceSentence;

    void add(Row m) {
      String k = m.getAs("kind");
      kind = k.compareTo(kind) > 0 ? k : kind;
      mentions++;
      String article = m.getAs("article_id");
      articles.add(article);
      boolean title = EntityFinder.TITLE.equals(m.getAs("part"));
      boolean inQuote = m.<Boolean>getAs("in_quote");
      double tone = m.<Double>getAs("tone_score");
      int sentence = m.<Integer>getAs("sentence_index");
      inHeadline |= title;
      if (!title) {
        firstSentence = firstSentence == null ? sentence : Math.min(firstSentence, sentence);
        double position = m.<Double>getAs("position");
        firstPosition = firstPosition == null ? position : Math.min(firstPosition, position);
      }
      if (inQuote) {
        add(quoted, tone);
        return;
      }
      add(own, tone);
      add(title ? headline : body, tone);
      negative += "neg".equals(m.getAs("tone")) ? 1 : 0;
      positive += "pos".equals(m.getAs("tone")) ? 1 : 0;
      double strength = Math.abs(tone);
      String part = m.getAs("part");
      String text = m.getAs("sentence");
      if (evidenceArticle == null || strength > evidenceStrength || strength == evidenceStrength
          && compare(article, part, sentence, text) > 0) {
        evidenceStrength = strength;
        evidenceArticle = article;
        evidencePart = part;
        evidenceIndex = sentence;
        evidenceSentence = text;
      }
    }

    private int compare(String article, String part, int index, String text) {
      int c = article.compareTo(evidenceArticle);
      c = c != 0 ? c : part.compareTo(evidencePart);
      c = c != 0 ? c : Integer.compare(index, evidenceIndex);
      return c != 0 ? c : text.compareTo(evidenceSentence);
    }

    private static void add(double[] sum, double value) {
      sum[0] += value;
      sum[1]++;
    }
  }

  /**
   * The story's rows from its mentions (rows of {@link EntityStage#MENTION}, copies left out by the caller) and
   * the outlets covering it; none when fewer than two do.
   */
  static List<Row> of(String cluster, Iterable<Row> mentionRows, Set<String> storyOutlets, double leftOutShare) {
    Set<String> outlets = new TreeSet<>(storyOutlets);
    if (outlets.size() < 2) {
      return List.of();
    }
    Iterator<Row> mentions = mentionRows.iterator();
    // outlet -> entity -> what it adds up to (sorted: the rows come out in a fixed order).
    Map<String, Map<String, Named>> byOutlet = new TreeMap<>();
    while (mentions.hasNext()) {
      Row m = mentions.next();
      String outlet = m.getAs("outlet");
      if (outlets.contains(outlet)) {
        byOutlet.computeIfAbsent(outlet, o -> new TreeMap<>()).computeIfAbsent(m.getAs("entity"), e -> new Named())
            .add(m);
      }
    }
    Map<String, Integer> naming = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    byOutlet.values().forEach(entities -> entities.forEach((entity, n) -> {
      naming.merge(entity, 1, Integer::sum);
      kinds.merge(entity, n.kind, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }));
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Named>> o : byOutlet.entrySet()) {
      int total = o.getValue().values().stream().mapToInt(n -> n.mentions).sum();
      o.getValue().forEach((entity, n) -> out.add(Rows.of(SCHEMA).set(ClusterStage.CLUSTER_ID, cluster)
          .set("outlet", o.getKey()).set("entity", entity).set("kind", kinds.get(entity)).set("mentions", n.mentions)
          .set("articles", n.articles.size()).set("share", round((double) n.mentions / total))
          .set("first_sentence", n.firstSentence).set("first_position", n.firstPosition)
          .set("in_headline", n.inHeadline).set("outlets_naming", naming.get(entity))
          .set("outlets_in_story", outlets.size()).set("only_outlet", naming.get(entity) == 1).set("left_out", false)
          .set("tone", mean(n.own)).set("own_mentions", (int) n.own[1]).set("negative_mentions", n.negative)
          .set("positive_mentions", n.positive).set("headline_tone", mean(n.headline)).set("body_tone", mean(n.body))
          .set("quoted_tone", mean(n.quoted)).set("quoted_mentions", (int) n.quoted[1])
          .set("evidence_article_id", n.evidenceArticle).set("evidence_sentence", n.evidenceSentence).build()));
    }
    // Entities more than leftOutShare of the story's outlets (and two or more) name: a row for each that does not.
    for (Map.Entry<String, Integer> e : new TreeMap<>(naming).entrySet()) {
      if (e.getValue() < 2 || e.getValue() <= leftOutShare * outlets.size()) {
        continue;
      }
      for (String outlet : outlets) {
        if (byOutlet.containsKey(outlet) && byOutlet.get(outlet).containsKey(e.getKey())) {
          continue;
        }
        out.add(Rows.of(SCHEMA).set(ClusterStage.CLUSTER_ID, cluster).set("outlet", outlet).set("entity", e.getKey())
            .set("kind", kinds.get(e.getKey())).set("mentions", 0).set("articles", 0).set("share", 0.0)
            .set("in_headline", false).set("outlets_naming", e.getValue()).set("outlets_in_story", outlets.size())
            .set("only_outlet", false).set("left_out", true).set("own_mentions", 0).set("negative_mentions", 0)
            .set("positive_mentions", 0).set("quoted_mentions", 0).build());
      }
    }
    return out;
  }

  private static Double mean(double[] sum) {
    return sum[1] == 0 ? null : round(sum[0] / sum[1]);
  }

  private static double round(double x) {
    return Math.round(x * 1e4) / 1e4;
  }
}
