package io.kubegen.runtime.rest;

import java.time.Duration;

/**
 * The clock and the sleep of the REST client, its rate limiter and its retry helpers, so that
 * tests step a fake clock instead of sleeping (as client-go injects {@code clock.Clock}).
 * Implementations must be thread-safe.
 */
public interface TimeSource {

  /** A monotonic reading in nanoseconds, comparable only with other readings of this source. */
  long nanoTime();

  /**
   * Blocks for {@code duration}; returns at once for zero or negative durations.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** The JVM's monotonic clock and {@link Thread#sleep}. */
  static TimeSource system() {
    return SystemTimeSource.INSTANCE;
  }
}

/** {@link TimeSource#system()}. */
enum SystemTimeSource implements TimeSource {
  INSTANCE;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    long nanos = duration.toNanos();
    Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
  }

  @Override
  public String toString() {
    return "TimeSource.system()";
  }
}
