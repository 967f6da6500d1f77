package org.parallax.cli;

import java.util.List;

/** Parsed arguments of {@code parallax evaluate}. */
public record EvaluateArgs(String run, String gold, String goldField, String goldIdField) {

  public static EvaluateArgs parse(List<String> args) {
    String run = null;
    String gold = null;
    String field = null;
    String idField = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String name = RunArgs.optionName(a);
      if (!name.startsWith("--")) {
        throw new UsageException("unknown argument '" + a + "'");
      }
      String value = RunArgs.inlineValue(a);
      String v = value != null ? value : RunArgs.next(args, ++i, name);
      switch (name) {
        case "--run" -> run = RunArgs.once(run, v, name);
        case "--gold" -> gold = RunArgs.once(gold, v, name);
        case "--gold-field" -> field = RunArgs.once(field, v, name);
        case "--gold-id-field" -> idField = RunArgs.once(idField, v, name);
        default -> throw new UsageException("unknown argument '" + a + "'");
      }
    }
    if (run == null) {
      throw new UsageException("missing --run OUTPUT (the --output folder of a parallax run)");
    }
    if (gold == null) {
      throw new UsageException("missing --gold FILE (JSONL or Parquet with an id and a story label per article)");
    }
    return new EvaluateArgs(run, gold, field == null ? "cluster_id" : field, idField == null ? "id" : idField);
  }
}
