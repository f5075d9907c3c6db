package io.kubegen.cli;

/** The command line is wrong: exit code 2, one line, no stack trace. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
