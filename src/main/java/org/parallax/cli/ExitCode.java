package org.parallax.cli;

/** Process exit codes (BSD sysexits), one per kind of failure. */
public enum ExitCode {
  OK(0, "success"),
  USAGE(64, "usage error: bad command line"),
  BAD_INPUT(65, "bad input: nothing usable is left in the input (every record rejected), or a gold file "
      + "cannot be used"),
  NO_INPUT(66, "an input (or the sidecar named by input.sidecar, or the outlet table) does not exist or cannot be "
      + "read; checked "
      + "before Spark starts"),
  UNAVAILABLE(69, "no file system on the classpath serves a URI's scheme (e.g. s3a:// without hadoop-aws); "
      + "checked before Spark starts"),
  INTERNAL(70, "internal failure: a bug or a Spark/cluster failure; see the log"),
  CANT_CREATE(73, "the output location is unsafe (not a Parallax output, inside an input) or not writable; "
      + "checked before Spark starts"),
  LOCKED(75, "another run is writing the same output (its lock is beside the output); try again when it ends; "
      + "checked before Spark starts"),
  BAD_CONFIG(78, "bad configuration: a key is unknown or out of range, or the YAML is malformed"),
  TERMINATED(143, "stopped by SIGTERM (or SIGINT: 130): no reports were committed unless the log says so");

  public final int code;
  public final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }
}
