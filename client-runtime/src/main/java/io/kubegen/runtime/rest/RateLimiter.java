package io.kubegen.runtime.rest;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket, as client-go's {@code flowcontrol.NewTokenBucketRateLimiter}: it holds up to
 * {@code burst} tokens, starts full, and gains {@code qps} tokens per second; each request takes
 * one. A QPS of zero or less means no limit.
 *
 * <p>Thread-safe. {@link #accept()} reserves its token under the lock and sleeps outside it, so
 * waiting callers are served in the order they arrived, each at its own time slot.
 */
public final class RateLimiter {
  private static final RateLimiter UNLIMITED = new RateLimiter(0, 0, Clock.system());

  private final double qps;
  private final int burst;
  private final Clock clock;
  private final Object lock = new Object();
  /** May go negative: tokens already promised to waiting callers. Guarded by lock. */
  private double tokens;
  /** Guarded by lock. */
  private long lastNanos;

  private RateLimiter(double qps, int burst, Clock clock) {
    this.qps = qps;
    this.burst = burst;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tokens = burst;
    this.lastNanos = clock.nanoTime();
  }

  /** A limiter of {@code qps} requests per second with bursts of {@code burst}, on the system clock. */
  public static RateLimiter create(double qps, int burst) {
    return create(qps, burst, Clock.system());
  }

  /**
   * A limiter on the given clock.
   *
   * @throws IllegalArgumentException if {@code qps > 0} and {@code burst <= 0}
   */
  public static RateLimiter create(double qps, int burst, Clock clock) {
    if (Double.isNaN(qps)) {
      throw new IllegalArgumentException("qps must be a number");
    }
    if (qps > 0 && burst <= 0) {
      throw new IllegalArgumentException("burst must be positive when qps is set, was " + burst);
    }
    return new RateLimiter(qps > 0 ? qps : 0, qps > 0 ? burst : 0, clock);
  }

  /** A limiter that never waits. */
  public static RateLimiter unlimited() {
    return UNLIMITED;
  }

  /** Requests per second; 0 when unlimited. */
  public double qps() {
    return qps;
  }

  /** Tokens the bucket holds when full; 0 when unlimited. */
  public int burst() {
    return burst;
  }

  public boolean isUnlimited() {
    return qps <= 0;
  }

  /** Takes a token if one is there now; never waits. */
  public boolean tryAccept() {
    if (isUnlimited()) {
      return true;
    }
    synchronized (lock) {
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }
  }

  /**
   * Takes a token, waiting until one is there.
   *
   * @return how long the caller waited
   * @throws InterruptedException if interrupted while waiting (the reserved token is lost)
   */
  public Duration accept() throws InterruptedException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      clock.sleep(wait);
    }
    return wait;
  }

  /** Reserves a token and says how long until it may be used, without waiting. */
  Duration reserve() {
    if (isUnlimited()) {
      return Duration.ZERO;
    }
    synchronized (lock) {
      refill();
      tokens -= 1;
      if (tokens >= 0) {
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil(-tokens / qps * 1e9));
    }
  }

  private void refill() {
    long now = clock.nanoTime();
    long elapsed = now - lastNanos;
    if (elapsed > 0) {
      tokens = Math.min(burst, tokens + elapsed / 1e9 * qps);
      lastNanos = now;
    }
  }

  @Override
  public String toString() {
    return isUnlimited() ? "RateLimiter{unlimited}" : "RateLimiter{qps=" + qps + ", burst=" + burst + "}";
  }
}
