package org.parallax.config;

import java.util.List;

/**
 * Generates the configuration reference ({@code docs/configuration.md}) and the shipped default file
 * ({@code conf/parallax.yaml}) from {@link ParallaxConfig}; tests fail when the committed files drift.
 */
public final class ConfigDocs {
  private ConfigDocs() {}

  /** A valid setting of this key, shown in error messages: its default. */
  public static String example(ConfigKeys.Entry e) {
    Object def = ConfigKeys.valueOf(new ParallaxConfig(), e.path());
    return "--set " + e.path() + "=" + format(def) + "   (or in the config file: " + e.path() + ": "
        + format(def) + ")";
  }

  static String range(ConfigKeys.Entry e) {
    Key k = e.key();
    if (k.oneOf().length > 0) {
      return "one of: " + String.join(", ", k.oneOf());
    }
    boolean hasMin = k.min() != Double.NEGATIVE_INFINITY;
    boolean hasMax = k.max() != Double.POSITIVE_INFINITY;
    boolean integer = !e.typeName().equals("number");
    if (!hasMin && !hasMax) {
      return e.typeName().equals("string") ? (k.optional() ? "any, may be empty" : "non-empty") : "any";
    }
    return "[" + (hasMin ? num(k.min(), integer) : "-inf") + ", " + (hasMax ? num(k.max(), integer) : "inf")
        + "]";
  }

  private static String num(double d, boolean integer) {
    if (integer || d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue()) + ".0";
    }
    return v.toString();
  }

  /** The default configuration file, every key commented. */
  public static String defaultYaml() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Parallax job configuration: every key, its default and its allowed range.\n")
        .append("# Generated from org.parallax.config.ParallaxConfig (GeneratedDocsTest checks it).\n")
        .append("# Override any key on the command line: --set section.key=value\n");
    List<ConfigKeys.Entry> entries = ConfigKeys.all();
    ParallaxConfig defaults = new ParallaxConfig();
    for (ConfigKeys.Entry e : entries) {
      String indent = "  ".repeat(e.depth());
      String name = e.path().substring(e.path().lastIndexOf('.') + 1);
      if (e.section()) {
        sb.append(e.depth() == 0 ? "\n" : "").append(indent).append("# ").append(e.key().doc()).append('\n');
        sb.append(indent).append(name).append(":\n");
      } else {
        sb.append(indent).append("# ").append(e.key().doc()).append(" Allowed: ").append(range(e)).append('\n');
        Object v = ConfigKeys.valueOf(defaults, e.path());
        String text = format(v);
        if (v instanceof String s && (s.isEmpty() || !s.matches("[A-Za-z0-9_./:-]+"))) {
          text = "\"" + s.replace("\"", "\\\"") + "\"";
        }
        sb.append(indent).append(name).append(": ").append(text).append('\n');
      }
    }
    return sb.toString();
  }

  /** The configuration reference in Markdown. */
  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Configuration reference\n\n")
        .append("Generated from `org.parallax.config.ParallaxConfig`; do not edit by hand: ")
        .append("`GeneratedDocsTest` fails when it drifts, and ")
        .append("`mvn test -Dtest=GeneratedDocsTest -Dparallax.regenerate=true` rewrites it.\n\n")
        .append("Keys are read from a YAML file (`--config FILE`, default values below; ")
        .append("`conf/parallax.yaml` lists them all) and overridden with `--set key=value`. ")
        .append("Unknown keys and out-of-range values stop the job before Spark starts, with exit code 78.\n");
    ParallaxConfig defaults = new ParallaxConfig();
    for (ConfigKeys.Entry e : ConfigKeys.all()) {
      if (e.section() && e.depth() == 0) {
        sb.append("\n## `").append(e.path()).append("`\n\n").append(e.key().doc()).append("\n\n")
            .append("| key | type | default | allowed | description |\n")
            .append("|---|---|---|---|---|\n");
      } else if (!e.section()) {
        sb.append("| `").append(e.path()).append("` | ").append(e.typeName()).append(" | `")
            .append(format(ConfigKeys.valueOf(defaults, e.path()))).append("` | ")
            .append(range(e).replace("|", "\\|")).append(" | ").append(e.key().doc().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return sb.toString();
  }
}
