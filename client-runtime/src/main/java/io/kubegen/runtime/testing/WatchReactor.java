package io.kubegen.runtime.testing;

import io.kubegen.runtime.rest.Watch;

/**
 * Answers a {@code watch} {@link Action}: a {@link Watch} whose events carry objects of any class
 * with the resource's JSON shape (the fake client converts them), null when not handled, or an
 * {@code ApiException} thrown to fail the call. A {@link FakeWatch} lets a test drive the events.
 */
@FunctionalInterface
public interface WatchReactor {

  Watch<?> react(Action action);
}
