package io.kubegen.runtime.workqueue;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * An overall token bucket, not per item, as client-go's {@code TypedBucketRateLimiter} over
 * {@code golang.org/x/time/rate}: the bucket holds at most {@code burst} tokens, starts full and
 * refills at {@code qps} tokens a second on the clock. Each {@link #when} takes a token, reserving
 * one that has not yet been refilled if need be, and answers how long until that token exists.
 * {@link #forget} does nothing and {@link #numRequeues} is always 0. Thread-safe.
 */
public final class BucketRateLimiter<T> implements RateLimiter<T> {
  private final double qps;
  private final int burst;
  private final Clock clock;
  /** Tokens available at {@code last}; negative when tokens are reserved ahead. Guarded by this. */
  private double tokens;
  private long last;

  /**
   * @param qps tokens added per second, positive
   * @param burst the bucket's size, at least 1
   */
  public BucketRateLimiter(double qps, int burst, Clock clock) {
    if (!(qps > 0)) {
      throw new IllegalArgumentException("qps must be positive, was " + qps);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1, was " + burst);
    }
    this.qps = qps;
    this.burst = burst;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tokens = burst;
    this.last = clock.nanoTime();
  }

  @Override
  public synchronized Duration when(T item) {
    long now = clock.nanoTime();
    if (now > last) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * qps);
      last = now;
    }
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    double waitNanos = Math.ceil(-tokens / qps * 1e9);
    return Duration.ofNanos(waitNanos >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) waitNanos);
  }

  @Override
  public void forget(T item) {}

  @Override
  public int numRequeues(T item) {
    return 0;
  }

  @Override
  public String toString() {
    return "BucketRateLimiter{qps=" + qps + ", burst=" + burst + "}";
  }
}
