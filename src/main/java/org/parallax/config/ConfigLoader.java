package org.parallax.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads {@link ParallaxConfig}: the YAML file (optional), then {@code --set key=value} overrides, then
 * the range checks. Every failure is a {@link ConfigException} that names the key.
 */
public final class ConfigLoader {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

  private ConfigLoader() {}

  /** The mapper used for configuration (snake_case keys). */
  public static ObjectMapper mapper() {
    return YAML;
  }

  /**
   * Keys a stage used to read from another stage's section, and the key of its own section that took
   * over: while only the old one is set, it still sets the new one too, with a deprecation warning.
   */
  static final Map<String, String> MOVED = new java.util.LinkedHashMap<>(Map.of(
      "features.stop_words", "clean.stop_words",
      "cluster.max_iterations", "copies.max_iterations"));

  public static ParallaxConfig load(Path file, List<String> overrides) {
    return loadFrom(file == null ? null : file.toString(), overrides);
  }

  /**
   * The configuration at {@code location} ({@link ConfigSource}: a local path, a Hadoop URI or a file shipped
   * with spark-submit --files; null for none) with {@code overrides} applied, checked.
   */
  public static ParallaxConfig loadFrom(String location, List<String> overrides) {
    ObjectNode tree = location == null ? JsonNodeFactory.instance.objectNode()
        : parse(ConfigSource.read(location), location);
    for (String override : overrides) {
      apply(tree, override);
    }
    carryMoved(tree).forEach(w -> org.slf4j.LoggerFactory.getLogger(ConfigLoader.class).warn(w));
    ParallaxConfig config;
    try {
      config = YAML.treeToValue(tree, ParallaxConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String key = path(e);
      throw new ConfigException(key, "unknown key" + suggestion(key), null);
    } catch (JsonMappingException e) {
      String key = path(e);
      ConfigKeys.Entry entry = ConfigKeys.find(key);
      String expected = entry == null ? "a section" : (entry.section() ? "a section (nested keys)"
          : (entry.typeName().startsWith("i") ? "an " : "a ") + entry.typeName());
      throw new ConfigException(key, "expects " + expected + ": " + firstLine(e.getOriginalMessage()),
          entry == null || entry.section() ? null : ConfigDocs.example(entry));
    } catch (JsonProcessingException e) {
      throw new ConfigException("cannot read configuration: " + firstLine(e.getOriginalMessage()));
    }
    if (config == null) {
      config = new ParallaxConfig();
    }
    ConfigValidator.validate(config);
    return config;
  }

  /** Sets each moved key from its old name where only the old one is given; returns the warnings. */
  static List<String> carryMoved(ObjectNode tree) {
    List<String> warnings = new java.util.ArrayList<>();
    for (Map.Entry<String, String> m : MOVED.entrySet()) {
      JsonNode old = at(tree, m.getKey());
      if (old != null && at(tree, m.getValue()) == null) {
        String[] now = m.getValue().split("\\.");
        JsonNode section = tree.get(now[0]);
        ObjectNode target = section instanceof ObjectNode o ? o : tree.putObject(now[0]);
        target.set(now[1], old.deepCopy());
        warnings.add("deprecated: " + m.getKey() + " also sets " + m.getValue() + " (to " + old + "), which is "
            + "not set; this will stop: set " + m.getValue() + " as well, e.g. --set " + m.getValue() + "="
            + old.asText());
      }
    }
    return warnings;
  }

  private static JsonNode at(ObjectNode tree, String key) {
    String[] parts = key.split("\\.");
    JsonNode n = tree.get(parts[0]);
    return n == null || !n.isObject() ? null : n.get(parts[1]);
  }

  /** The effective configuration as a JSON tree (for the run manifest). */
  public static JsonNode toTree(ParallaxConfig config) {
    return YAML.valueToTree(config);
  }

  private static ObjectNode parse(String text, String file) {
    try {
      JsonNode node = YAML.readTree(text);
      if (node == null || node.isNull() || node.isMissingNode()) {
        return JsonNodeFactory.instance.objectNode();
      }
      if (!node.isObject()) {
        throw new ConfigException("configuration file " + file + " must hold a YAML mapping of sections"
            + "\n  valid example:\n    similarity:\n      threshold: 0.3");
      }
      return (ObjectNode) node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      String msg = firstLine(e.getOriginalMessage());
      if (msg.startsWith("Duplicate field")) {
        msg = msg.replaceFirst(" for `ObjectNode`.*", "") + ": each section and key may appear once (merge the two)";
      }
      throw new ConfigException("cannot parse configuration file " + file + where + ": " + msg
          + "\n  valid example:\n    cluster:\n      threshold: 0.15");
    }
  }

  /** Applies one {@code a.b=value} override; the value is read as a YAML scalar. */
  static void apply(ObjectNode tree, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) {
      throw new ConfigException("--set expects key=value, got '" + override + "'"
          + "\n  valid example: --set similarity.threshold=0.3");
    }
    String key = override.substring(0, eq).trim();
    String raw = override.substring(eq + 1).trim();
    ConfigKeys.Entry entry = ConfigKeys.find(key);
    if (entry == null) {
      throw new ConfigException(key, "unknown key" + suggestion(key), null);
    }
    if (entry.section()) {
      throw new ConfigException(key, "is a section; set one of its keys", null);
    }
    JsonNode value;
    if (entry.typeName().equals("string")) {
      value = JsonNodeFactory.instance.textNode(raw);
    } else {
      try {
        value = raw.isEmpty() ? JsonNodeFactory.instance.nullNode() : YAML.readTree(raw);
      } catch (IOException e) {
        value = JsonNodeFactory.instance.textNode(raw);
      }
    }
    String[] parts = key.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      if (!(child instanceof ObjectNode)) {
        child = node.putObject(parts[i]);
      }
      node = (ObjectNode) child;
    }
    node.set(parts[parts.length - 1], value);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String suggestion(String key) {
    List<String> known = ConfigKeys.all().stream().filter(e -> !e.section()).map(ConfigKeys.Entry::path).toList();
    String best = known.stream().min(Comparator.comparingInt(k -> distance(k, key))).orElse(null);
    if (best != null && distance(best, key) <= Math.max(3, key.length() / 3)) {
      ConfigKeys.Entry e = ConfigKeys.find(best);
      return "; did you mean '" + best + "'?\n  valid example: " + ConfigDocs.example(e);
    }
    String prefix = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "";
    List<String> siblings = known.stream().filter(k -> k.startsWith(prefix)
        && k.indexOf('.', prefix.length()) < 0).toList();
    if (siblings.isEmpty()) {
      siblings = known;
    }
    return "; known keys: " + String.join(", ", siblings)
        + "\n  valid example: " + ConfigDocs.example(ConfigKeys.find(siblings.get(0)));
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
