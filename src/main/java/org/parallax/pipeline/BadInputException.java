package org.parallax.pipeline;

/**
 * The input cannot be analysed: nothing in it is usable, or it cannot be listed. Thrown by stages and
 * evaluation; {@code Main} alone maps it to an exit code (65).
 */
public final class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
