package io.kubegen.input.generate;

import java.util.Objects;

/**
 * A generation run failed. The message is meant for the user as it is (it names the file and
 * place for bad input), so a build plugin or command line prints it without a stack trace; only
 * {@link Kind#INTERNAL} failures keep their cause.
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Whose fault it is, which decides the command line's exit code. */
  public enum Kind {
    /** The configuration is wrong: a missing base package, an unknown generator, a bad pattern. */
    USAGE,
    /** An input cannot be read or turned into a client, or the output directory is not ours. */
    INPUT,
    /** Anything else: an I/O failure or a bug. */
    INTERNAL
  }

  private final Kind kind;

  GenerationException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  GenerationException(String message, Throwable cause) {
    super(message, cause);
    this.kind = Kind.INTERNAL;
  }

  public Kind kind() {
    return kind;
  }
}
