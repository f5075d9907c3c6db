package io.kubegen.runtime.workqueue;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-item exponential backoff, as client-go's {@code TypedItemExponentialFailureRateLimiter}: the
 * n-th failure of an item (counting from 0) waits {@code baseDelay * 2^n}, capped at {@code
 * maxDelay}. Thread-safe.
 */
public final class ItemExponentialFailureRateLimiter<T> implements RateLimiter<T> {
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Map<T, Integer> failures = new HashMap<>();

  public ItemExponentialFailureRateLimiter(Duration baseDelay, Duration maxDelay) {
    this.baseDelay = Objects.requireNonNull(baseDelay, "baseDelay");
    this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
    if (baseDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("baseDelay (" + baseDelay + ") and maxDelay (" + maxDelay + ") must not be negative");
    }
  }

  /** client-go's {@code DefaultItemBasedRateLimiter}: 1 ms doubling up to 1000 s. */
  public static <T> ItemExponentialFailureRateLimiter<T> defaultItemBased() {
    return new ItemExponentialFailureRateLimiter<>(Duration.ofMillis(1), Duration.ofSeconds(1000));
  }

  @Override
  public synchronized Duration when(T item) {
    int exponent = failures.getOrDefault(item, 0);
    failures.put(item, exponent == Integer.MAX_VALUE ? exponent : exponent + 1);
    double backoff = Clock.saturatedNanos(baseDelay) * Math.pow(2, exponent);
    if (backoff >= Clock.saturatedNanos(maxDelay)) {
      return maxDelay; // also covers backoffs too large for a long
    }
    return Duration.ofNanos((long) backoff);
  }

  @Override
  public synchronized void forget(T item) {
    failures.remove(item);
  }

  @Override
  public synchronized int numRequeues(T item) {
    return failures.getOrDefault(item, 0);
  }

  @Override
  public String toString() {
    return "ItemExponentialFailureRateLimiter{base=" + baseDelay + ", max=" + maxDelay + "}";
  }
}
