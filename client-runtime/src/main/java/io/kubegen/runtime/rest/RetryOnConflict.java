package io.kubegen.runtime.rest;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a read-modify-write again when it loses an optimistic-concurrency race, as client-go's
 * {@code retry.RetryOnConflict} and {@code retry.OnError}:
 *
 * <pre>{@code
 * RetryOnConflict.retryOnConflict(RetryOnConflict.DEFAULT_RETRY, () -> {
 *   ConfigMap cm = configMaps.get("app");
 *   cm.getData().put("k", "v");
 *   return configMaps.update(cm);
 * });
 * }</pre>
 *
 * <p>The function runs at most {@code backoff.steps()} times, sleeping {@code backoff.delay(n)}
 * (with jitter) in between. A failure that is not retriable propagates at once; when the steps
 * are used up, the last retriable failure is thrown. The function must re-read the object on each
 * run, or it will conflict again.
 */
public final class RetryOnConflict {
  /** client-go's {@code retry.DefaultRetry}: 5 steps of 10 ms, factor 1, jitter 0.1. */
  public static final Backoff DEFAULT_RETRY = new Backoff(Duration.ofMillis(10), 1.0, 0.1, 5, null);

  /**
   * client-go's {@code retry.DefaultBackoff}, for contended updates: 4 steps from 10 ms, factor 5,
   * jitter 0.1 (waits of about 10, 50 and 250 ms).
   */
  public static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofMillis(10), 5.0, 0.1, 4, null);

  private static final RetryOnConflict SYSTEM =
      new RetryOnConflict(Clock.system(), () -> ThreadLocalRandom.current().nextDouble());

  private final Clock clock;
  private final DoubleSupplier random;

  private RetryOnConflict(Clock clock, DoubleSupplier random) {
    this.clock = clock;
    this.random = random;
  }

  /** An instance on a given clock and source of jitter in [0, 1), for tests. */
  public static RetryOnConflict using(Clock clock, DoubleSupplier random) {
    return new RetryOnConflict(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(random, "random"));
  }

  /** Runs {@code fn}, again while it fails with a Conflict ({@link ApiException#isConflict()}). */
  public static <T> T retryOnConflict(Backoff backoff, Supplier<T> fn) {
    return SYSTEM.onConflict(backoff, fn);
  }

  /** Runs {@code fn}, again while it fails with an exception {@code retriable} accepts. */
  public static <T> T onError(Backoff backoff, Predicate<? super RuntimeException> retriable, Supplier<T> fn) {
    return SYSTEM.retry(backoff, retriable, fn);
  }

  /** {@link #retryOnConflict} on this instance's clock. */
  public <T> T onConflict(Backoff backoff, Supplier<T> fn) {
    return retry(backoff, RetryOnConflict::isConflict, fn);
  }

  /** {@link #onError} on this instance's clock. */
  public <T> T retry(Backoff backoff, Predicate<? super RuntimeException> retriable, Supplier<T> fn) {
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(retriable, "retriable");
    Objects.requireNonNull(fn, "fn");
    for (int step = 0; ; step++) {
      try {
        return fn.get();
      } catch (RuntimeException e) {
        if (!retriable.test(e) || step + 1 >= backoff.steps()) {
          throw e;
        }
        try {
          clock.sleep(backoff.delay(step, random));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          e.addSuppressed(interrupted);
          throw e;
        }
      }
    }
  }

  private static boolean isConflict(RuntimeException e) {
    return e instanceof ApiException api && api.isConflict();
  }
}
