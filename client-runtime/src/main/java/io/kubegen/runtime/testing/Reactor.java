package io.kubegen.runtime.testing;

import io.kubegen.runtime.rest.ApiException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Answers an {@link Action} of a fake client, as client-go's {@code ReactionFunc}: returns a
 * {@link Reaction}, or throws an {@link ApiException} to make the call fail. Runs on the
 * caller's thread, and may run on several threads at once.
 */
@FunctionalInterface
public interface Reactor {

  Reaction react(Action action);

  /** A reactor that fails every action it sees with a new exception from {@code error}. */
  static Reactor failWith(Supplier<? extends ApiException> error) {
    Objects.requireNonNull(error, "error");
    return action -> {
      throw error.get();
    };
  }
}
