package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parallax.config.ParallaxConfig;

/**
 * Turns one JSONL line into candidate-record fields, never throwing: a line that cannot be used gets a
 * {@link RejectReason} and a detail instead. A line holding several JSON objects one after the other
 * ({@code {...}{...}}, concatenated JSON) gives one record per object; anything else after an object
 * (garbage, a number, an array) makes the whole line malformed: nothing on a line is ever ignored.
 */
public final class JsonLineParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fields of one parsed record; {@code reason} is null when it is usable so far. */
  public record Parsed(String id, String outlet, String url, String publishedRaw, String title, String text,
      String reason, String detail) {
    static Parsed reject(RejectReason r, String detail) {
      return new Parsed(null, null, null, null, null, null, r.code(), detail);
    }
  }

  private final ParallaxConfig.Fields fields;
  private final int maxStringChars;
  private transient ObjectMapper mapper;

  public JsonLineParser(ParallaxConfig.Fields fields) {
    this(fields, Integer.MAX_VALUE);
  }

  public JsonLineParser(ParallaxConfig.Fields fields, int maxStringChars) {
    this.fields = fields;
    this.maxStringChars = maxStringChars;
  }

  /** The single record of a line (the first, when the line holds several). */
  public Parsed parse(String line) {
    return parseAll(line).get(0);
  }

  /** Every record of a line: one per JSON object, or one reject. */
  public List<Parsed> parseAll(String line) {
    if (line == null || line.isBlank()) {
      return List.of(Parsed.reject(RejectReason.EMPTY_RECORD, "blank line"));
    }
    if (mapper == null) {
      JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(maxStringChars).build()).build();
      mapper = new ObjectMapper(factory);
    }
    List<JsonNode> values = new ArrayList<>();
    try (JsonParser p = mapper.getFactory().createParser(line)) {
      while (p.nextToken() != null) {
        if (!values.isEmpty() && !p.currentToken().isStructStart()) {
          return List.of(Parsed.reject(RejectReason.MALFORMED_JSON, "unexpected " + tokenName(p)
              + " after the JSON object (column " + p.currentLocation().getColumnNr() + ")"));
        }
        values.add(mapper.readTree(p));
      }
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      if (e.getLocation() != null) {
        msg += " (column " + e.getLocation().getColumnNr() + ")";
      }
      if (!values.isEmpty()) {
        msg = "after the JSON object: " + msg;
      }
      return List.of(Parsed.reject(RejectReason.MALFORMED_JSON, firstLine(msg)));
    } catch (IOException e) {
      return List.of(Parsed.reject(RejectReason.MALFORMED_JSON, firstLine(String.valueOf(e.getMessage()))));
    }
    List<Parsed> out = new ArrayList<>(values.size());
    for (JsonNode node : values) {
      if (!node.isObject()) {
        return List.of(Parsed.reject(RejectReason.MALFORMED_JSON, "expected a JSON object, found "
            + node.getNodeType().toString().toLowerCase() + (values.size() > 1 ? " among " + values.size()
            + " JSON values on the line" : "")));
      }
      out.add(fields(node));
    }
    return out;
  }

  private Parsed fields(JsonNode node) {
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

  private static String tokenName(JsonParser p) throws IOException {
    String t = p.getText();
    return t == null || t.isEmpty() ? String.valueOf(p.currentToken()) : "'" + (t.length() > 20 ? t.substring(0, 20)
        + "…" : t) + "'";
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
