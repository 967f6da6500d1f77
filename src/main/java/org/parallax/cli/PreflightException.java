package org.parallax.cli;

/**
 * A check before Spark starts failed: an input is missing or unreadable, the output location is unsafe or
 * not writable, or no file system serves a URI's scheme. Carries its own exit code; the message is one
 * line that names the path and shows a valid example.
 */
public final class PreflightException extends RuntimeException {
  private final ExitCode code;

  public PreflightException(ExitCode code, String message) {
    super(message);
    this.code = code;
  }

  public ExitCode code() {
    return code;
  }
}
