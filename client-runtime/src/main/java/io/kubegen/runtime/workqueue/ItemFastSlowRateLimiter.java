package io.kubegen.runtime.workqueue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * As client-go's {@code TypedItemFastSlowRateLimiter}: an item's first {@code maxFastAttempts}
 * retries wait {@code fastDelay}, later ones {@code slowDelay}. Thread-safe.
 */
public final class ItemFastSlowRateLimiter<T> implements RateLimiter<T> {
  private final Duration fastDelay;
  private final Duration slowDelay;
  private final int maxFastAttempts;
  private final Map<T, Integer> attempts = new HashMap<>();

  public ItemFastSlowRateLimiter(Duration fastDelay, Duration slowDelay, int maxFastAttempts) {
    this.fastDelay = Objects.requireNonNull(fastDelay, "fastDelay");
    this.slowDelay = Objects.requireNonNull(slowDelay, "slowDelay");
    if (maxFastAttempts < 0) {
      throw new IllegalArgumentException("maxFastAttempts must not be negative, was " + maxFastAttempts);
    }
    this.maxFastAttempts = maxFastAttempts;
  }

  @Override
  public synchronized Duration when(T item) {
    int attempt = attempts.merge(item, 1, (a, b) -> a == Integer.MAX_VALUE ? a : a + b);
    return attempt <= maxFastAttempts ? fastDelay : slowDelay;
  }

  @Override
  public synchronized void forget(T item) {
    attempts.remove(item);
  }

  @Override
  public synchronized int numRequeues(T item) {
    return attempts.getOrDefault(item, 0);
  }

  @Override
  public String toString() {
    return "ItemFastSlowRateLimiter{fast=" + fastDelay + " x" + maxFastAttempts + ", slow=" + slowDelay + "}";
  }
}
