package org.parallax.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Walks the {@link ParallaxConfig} tree: every section and key with its dotted name and annotation. */
public final class ConfigKeys {
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  /** One node of the tree: a section (nested object) or a leaf key. */
  public record Entry(String path, Field field, Key key, boolean section, int depth) {
    public Object valueIn(Object owner) {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    public String typeName() {
      Class<?> t = field.getType();
      if (t == int.class || t == long.class) {
        return "integer";
      }
      if (t == double.class) {
        return "number";
      }
      if (t == boolean.class) {
        return "boolean";
      }
      return "string";
    }
  }

  private ConfigKeys() {}

  /** Entries in declaration order, sections before their keys. */
  public static List<Entry> all() {
    List<Entry> out = new ArrayList<>();
    walk(ParallaxConfig.class, "", 0, out);
    return out;
  }

  /** The entry with this dotted path, or null. */
  public static Entry find(String path) {
    for (Entry e : all()) {
      if (e.path().equals(path)) {
        return e;
      }
    }
    return null;
  }

  static String snake(String javaName) {
    return SNAKE.translate(javaName);
  }

  static boolean isSection(Class<?> type) {
    return type.getEnclosingClass() == ParallaxConfig.class;
  }

  private static void walk(Class<?> type, String prefix, int depth, List<Entry> out) {
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || !Modifier.isPublic(f.getModifiers())) {
        continue;
      }
      Key key = f.getAnnotation(Key.class);
      if (key == null) {
        throw new IllegalStateException("config field without @Key: " + type.getName() + "." + f.getName());
      }
      String path = prefix + snake(f.getName());
      boolean section = isSection(f.getType());
      out.add(new Entry(path, f, key, section, depth));
      if (section) {
        walk(f.getType(), path + ".", depth + 1, out);
      }
    }
  }

  /** Value of a dotted key in a loaded configuration. */
  public static Object valueOf(ParallaxConfig config, String path) {
    Object owner = config;
    String[] parts = path.split("\\.");
    Entry e = null;
    StringBuilder p = new StringBuilder();
    for (String part : parts) {
      p.append(p.length() == 0 ? "" : ".").append(part);
      e = find(p.toString());
      if (e == null) {
        return null;
      }
      owner = e.valueIn(owner);
    }
    return owner;
  }
}
