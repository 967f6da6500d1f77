package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import org.parallax.config.ParallaxConfig;

/**
 * Turns one JSONL line into candidate-record fields, never throwing: a line that cannot be used gets a
 * {@link RejectReason} and a detail instead.
 */
public final class JsonLineParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fields of one parsed line; {@code reason} is null when the line is usable so far. */
  public record Parsed(String id, String outlet, String url, String publishedRaw, String title, String text,
      String reason, String detail) {
    static Parsed reject(RejectReason r, String detail) {
      return new Parsed(null, null, null, null, null, null, r.code(), detail);
    }
  }

  private final ParallaxConfig.Fields fields;
  private transient ObjectMapper mapper;

  public JsonLineParser(ParallaxConfig.Fields fields) {
    this.fields = fields;
  }

  public Parsed parse(String line) {
    if (line == null || line.isBlank()) {
      return Parsed.reject(RejectReason.EMPTY_RECORD, "blank line");
    }
    if (mapper == null) {
      mapper = new ObjectMapper();
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      if (e.getLocation() != null) {
        msg += " (column " + e.getLocation().getColumnNr() + ")";
      }
      return Parsed.reject(RejectReason.MALFORMED_JSON, firstLine(msg));
    }
    if (node == null || !node.isObject()) {
      return Parsed.reject(RejectReason.MALFORMED_JSON,
          "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
    }
    try {
      String id = scalar(node, fields.id, true);
      String outlet = string(node, fields.outlet);
      String url = string(node, fields.url);
      String date = string(node, fields.publishedAt);
      String title = string(node, fields.title);
      String text = string(node, fields.text);
      return new Parsed(id, outlet, url, date, title, text, null, null);
    } catch (WrongType e) {
      return Parsed.reject(RejectReason.WRONG_TYPE, e.getMessage());
    }
  }

  private static String string(JsonNode obj, String field) {
    return scalar(obj, field, false);
  }

  private static String scalar(JsonNode obj, String field, boolean numbersAllowed) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (numbersAllowed && v.isIntegralNumber()) {
      return v.asText();
    }
    throw new WrongType("field '" + field + "' is " + article(v) + ", expected a string");
  }

  private static String article(JsonNode v) {
    String t = v.getNodeType().toString().toLowerCase();
    return (t.startsWith("a") || t.startsWith("o") ? "an " : "a ") + t;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static final class WrongType extends RuntimeException {
    WrongType(String m) {
      super(m, null, false, false);
    }
  }
}
