package org.parallax.config;

/** Bad configuration: names the key and shows a valid example. The job stops before any work. */
public final class ConfigException extends RuntimeException {
  private final String key;

  public ConfigException(String key, String problem, String example) {
    super("configuration key '" + key + "': " + problem
        + (example == null ? "" : "\n  valid example: " + example));
    this.key = key;
  }

  public ConfigException(String message) {
    super(message);
    this.key = null;
  }

  /** The dotted key at fault, or null when the problem is the file as a whole. */
  public String key() {
    return key;
  }
}
