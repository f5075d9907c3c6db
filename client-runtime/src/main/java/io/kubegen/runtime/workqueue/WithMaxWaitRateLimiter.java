package io.kubegen.runtime.workqueue;

import java.time.Duration;
import java.util.Objects;

/** As client-go's {@code TypedWithMaxWaitRateLimiter}: another limiter's delay, capped at {@code maxDelay}. */
public final class WithMaxWaitRateLimiter<T> implements RateLimiter<T> {
  private final RateLimiter<T> limiter;
  private final Duration maxDelay;

  public WithMaxWaitRateLimiter(RateLimiter<T> limiter, Duration maxDelay) {
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
  }

  @Override
  public Duration when(T item) {
    Duration delay = limiter.when(item);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  @Override
  public void forget(T item) {
    limiter.forget(item);
  }

  @Override
  public int numRequeues(T item) {
    return limiter.numRequeues(item);
  }

  @Override
  public String toString() {
    return "WithMaxWaitRateLimiter{" + limiter + ", max=" + maxDelay + "}";
  }
}
