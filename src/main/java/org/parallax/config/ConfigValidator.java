package org.parallax.config;

import java.util.Arrays;

/** Range and value checks for every {@link Key}; the first violation stops the job. */
public final class ConfigValidator {
  private ConfigValidator() {}

  public static void validate(ParallaxConfig config) {
    for (ConfigKeys.Entry e : ConfigKeys.all()) {
      if (e.section()) {
        continue;
      }
      Object value = ConfigKeys.valueOf(config, e.path());
      Key k = e.key();
      String example = ConfigDocs.example(e);
      if (value instanceof Number n) {
        double d = n.doubleValue();
        if (Double.isNaN(d) || d < k.min() || d > k.max()) {
          throw new ConfigException(e.path(), "value " + value + " is outside the allowed range "
              + ConfigDocs.range(e), example);
        }
      } else if (e.field().getType() == String.class) {
        String s = (String) value;
        if (s == null || s.isBlank()) {
          if (!k.optional()) {
            throw new ConfigException(e.path(), "must not be empty", example);
          }
        } else if (k.oneOf().length > 0 && !Arrays.asList(k.oneOf()).contains(s)) {
          throw new ConfigException(e.path(), "value '" + s + "' is not one of "
              + String.join(", ", k.oneOf()), example);
        }
      }
    }
  }
}
