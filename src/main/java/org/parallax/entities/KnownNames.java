package org.parallax.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names whose kind is known without context: countries, US states, capitals and large cities, regions, and
 * well-known organisations, each with the other names written for it ("U.S.", "US", "America" are the United
 * States). Read from {@code entities/known-en.tsv} in the jar.
 */
public final class KnownNames implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "/entities/known-en.tsv";

  /** A known entity: its kind ({@link EntityFinder#PLACE} or {@link EntityFinder#ORG}) and the name reports use. */
  public record Known(String kind, String name) implements Serializable {}

  private final Map<String, Known> byName;

  private KnownNames(Map<String, Known> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The entity written {@code name} (case folded, except that a name of 2-3 capitals must be written so), or null. */
  public Known find(String name) {
    Known k = byName.get(name.toLowerCase(Locale.ROOT));
    if (k == null) {
      return null;
    }
    String letters = name.replace(".", "");
    if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT))
        && !k.name().equalsIgnoreCase(name)) {
      return null; // "Us" or "Fed" at a sentence's start is not the United States or the Federal Reserve
    }
    return k;
  }

  /** The list shipped in the jar. */
  public static KnownNames shipped() {
    try (InputStream in = KnownNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the known-names list " + RESOURCE + " is not in the jar");
      }
      Map<String, Known> names = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Known k = new Known(f[0], f[1]);
        names.putIfAbsent(f[1].toLowerCase(Locale.ROOT), k);
        if (f.length > 2 && !f[2].isEmpty()) {
          for (String alias : f[2].split("\\|")) {
            names.putIfAbsent(alias.toLowerCase(Locale.ROOT), k);
          }
        }
      }
      return new KnownNames(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
