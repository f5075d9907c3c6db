package io.kubegen.runtime.rest;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * An exponential backoff, as client-go's {@code wait.Backoff}: the first delay is
 * {@code duration}, each next one {@code factor} times the previous, at most {@code cap} (null for
 * no cap), each stretched by up to {@code jitter} times itself at random; {@code steps} is the
 * number of attempts a retry loop makes (so it sleeps {@code steps - 1} times).
 *
 * <p>Unlike client-go, reaching the cap does not end the steps early: the delay stays at the cap.
 *
 * @param duration the first delay, not negative
 * @param factor the growth per step; 0 means 1 (constant), as in client-go
 * @param jitter the random stretch per delay, 0 for none (0.1 means up to +10 %)
 * @param steps how many attempts, at least 1
 * @param cap the longest delay before jitter, or null for none
 */
public record Backoff(Duration duration, double factor, double jitter, int steps, Duration cap) {

  public Backoff {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("backoff duration must not be negative, was " + duration);
    }
    if (factor < 0 || Double.isNaN(factor) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("backoff factor must be >= 0, was " + factor);
    }
    if (jitter < 0 || Double.isNaN(jitter) || Double.isInfinite(jitter)) {
      throw new IllegalArgumentException("backoff jitter must be >= 0, was " + jitter);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("backoff steps must be >= 1, was " + steps);
    }
    if (cap != null && cap.isNegative()) {
      throw new IllegalArgumentException("backoff cap must not be negative, was " + cap);
    }
  }

  /** A backoff without jitter and without cap. */
  public static Backoff of(Duration duration, double factor, int steps) {
    return new Backoff(duration, factor, 0, steps, null);
  }

  public Backoff withCap(Duration cap) {
    return new Backoff(duration, factor, jitter, steps, cap);
  }

  public Backoff withSteps(int steps) {
    return new Backoff(duration, factor, jitter, steps, cap);
  }

  public Backoff withJitter(double jitter) {
    return new Backoff(duration, factor, jitter, steps, cap);
  }

  /**
   * The delay after the {@code n}-th failed attempt (0-based), before jitter: {@code duration *
   * factor^n}, bounded by the cap.
   */
  public Duration delay(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("attempt index must be >= 0, was " + n);
    }
    double f = factor == 0 ? 1 : factor;
    double nanos = duration.toNanos() * Math.pow(f, n);
    double capNanos = cap == null ? Long.MAX_VALUE : cap.toNanos();
    return Duration.ofNanos((long) Math.min(Math.min(nanos, capNanos), Long.MAX_VALUE));
  }

  /** {@link #delay(int)} stretched by {@code jitter * random}, with {@code random} in [0, 1). */
  public Duration delay(int n, DoubleSupplier random) {
    Duration base = delay(n);
    if (jitter <= 0) {
      return base;
    }
    double extra = base.toNanos() * jitter * random.getAsDouble();
    return base.plusNanos((long) Math.min(extra, Long.MAX_VALUE - (double) base.toNanos()));
  }
}
