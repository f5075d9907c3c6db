package io.kubegen.runtime.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/** {@link Clock#system()}: the JVM's clocks, with {@code nanoTime} counted from class loading. */
final class SystemClock implements Clock {
  static final SystemClock INSTANCE = new SystemClock();

  private static final long ORIGIN = System.nanoTime();

  private SystemClock() {}

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public long nanoTime() {
    return System.nanoTime() - ORIGIN;
  }

  @Override
  public void awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException {
    if (deadlineNanos == NO_DEADLINE) {
      condition.await();
      return;
    }
    long remaining = deadlineNanos - nanoTime();
    if (remaining > 0) {
      condition.awaitNanos(remaining);
    }
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long nanos = Clock.saturatedNanos(duration);
    if (nanos > 0) {
      Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
    }
  }

  @Override
  public String toString() {
    return "Clock.system()";
  }
}
