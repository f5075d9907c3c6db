package io.kubegen.runtime.workqueue;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;

/**
 * Decides how long an item waits before it is retried, as client-go's {@code TypedRateLimiter}.
 * Implementations are thread-safe.
 */
public interface RateLimiter<T> {

  /** How long the item should wait now; counts as one more failure of the item. */
  Duration when(T item);

  /** Stops tracking the item: its next {@link #when} starts from the beginning. */
  void forget(T item);

  /** How many times the item has been rate limited since it was last forgotten. */
  int numRequeues(T item);

  /**
   * client-go's {@code DefaultTypedControllerRateLimiter}: the larger of a per-item exponential
   * backoff from 5 ms to 1000 s and an overall token bucket of 10 per second with a burst of 100.
   */
  static <T> RateLimiter<T> defaultControllerRateLimiter(Clock clock) {
    return new MaxOfRateLimiter<>(
        new ItemExponentialFailureRateLimiter<>(Duration.ofMillis(5), Duration.ofSeconds(1000)),
        new BucketRateLimiter<>(10, 100, clock));
  }

  /** {@link #defaultControllerRateLimiter(Clock)} on the system clock. */
  static <T> RateLimiter<T> defaultControllerRateLimiter() {
    return defaultControllerRateLimiter(Clock.system());
  }
}
