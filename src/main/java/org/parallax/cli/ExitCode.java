package org.parallax.cli;

/** Process exit codes (BSD sysexits), one per kind of failure. */
public enum ExitCode {
  OK(0, "success"),
  USAGE(64, "usage error: bad command line"),
  BAD_INPUT(65, "bad input: an input cannot be read, or the output location is unsafe"),
  INTERNAL(70, "internal failure: a bug or a Spark/cluster failure; see the log"),
  BAD_CONFIG(78, "bad configuration: a key is unknown or out of range");

  public final int code;
  public final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }
}
