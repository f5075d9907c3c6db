package io.kubegen.generator.model;

import java.util.List;

/**
 * The model's parts are each valid but do not fit together (a reference to a type the model does
 * not define, a resource whose type is not an object). Carries every problem found, so a reader
 * can report them all at once.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidModelException(List<String> problems) {
    super(
        problems.size() == 1
            ? "[kubegen-model] " + problems.get(0)
            : "[kubegen-model] " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one sentence each, in a deterministic order. */
  public List<String> problems() {
    return problems;
  }
}
