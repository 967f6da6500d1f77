package org.parallax.cli;

/** The command line is wrong; the message says how. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
