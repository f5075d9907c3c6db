package io.kubegen.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be turned into a model. Carries every problem the reader found (readers collect
 * problems and fail once), each naming its file and location; the message lists them all, so a
 * command line or build plugin prints {@link #getMessage()} and no stack trace.
 */
public final class ReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ReadProblem> problems;

  ReadException(List<ReadProblem> problems) {
    super(message(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  private static String message(List<ReadProblem> problems) {
    if (problems.size() == 1) {
      return "[kubegen-read] " + problems.get(0);
    }
    return "[kubegen-read] "
        + problems.size()
        + " problems:\n  "
        + problems.stream().map(ReadProblem::toString).collect(Collectors.joining("\n  "));
  }

  /** Every problem, in the order found (files in order, then document order). */
  public List<ReadProblem> problems() {
    return problems;
  }
}
