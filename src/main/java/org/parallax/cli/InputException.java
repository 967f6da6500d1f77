package org.parallax.cli;

/** An input or output location cannot be used (missing, unreadable, unsafe to replace). */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
