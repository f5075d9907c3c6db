package io.kubegen.runtime.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The time source of the whole runtime (REST client, rate limiters, reflectors, informers, work
 * queues, leader election), injectable so that tests step a fake clock instead of sleeping, as
 * client-go injects {@code k8s.io/utils/clock}. {@code io.kubegen.runtime.testing.FakeClock} is
 * the fake to test with.
 *
 * <p>Two readings: {@link #now()} is wall-clock time, used only for timestamps that leave the
 * process (a Lease's renew time); {@link #nanoTime()} is monotonic and is what every delay,
 * deadline and expiry is measured on. Waiting goes through {@link #awaitUntil} (or {@link #sleep},
 * built on it), so that a fake clock can wake the waiters whose deadline it steps past.
 *
 * <p>Implementations are thread-safe, and their waits answer {@link Thread#interrupt()} with
 * {@link InterruptedException}: that is how the runtime's components stop their threads.
 */
public interface Clock {

  /** A deadline that is never reached: {@link #awaitUntil} then waits only for a signal. */
  long NO_DEADLINE = Long.MAX_VALUE;

  /** Wall-clock time, for timestamps written to the API server. It may jump; never measure with it. */
  Instant now();

  /**
   * Monotonic nanoseconds since an origin fixed by the clock. Never negative and never decreasing,
   * so deadlines can be compared with {@code <} (the system clock overflows after 292 years).
   */
  long nanoTime();

  /**
   * Waits on {@code condition}, whose {@code lock} the calling thread holds, until the condition is
   * signalled, the thread is interrupted, or {@link #nanoTime()} reaches {@code deadlineNanos}
   * ({@link #NO_DEADLINE} for none). Returns at once if the deadline has passed. Like
   * {@link Condition#await()}, it may also return spuriously: callers re-check their state in a
   * loop.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException;

  /**
   * Blocks the calling thread for {@code duration} of this clock's time; returns at once for zero
   * or negative durations. The default waits on {@link #awaitUntil} with a private lock, so a fake
   * clock wakes the sleeper when it steps past the end; the system clock uses {@link Thread#sleep}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  default void sleep(Duration duration) throws InterruptedException {
    if (saturatedNanos(duration) <= 0) {
      return;
    }
    long end = deadline(nanoTime(), duration);
    Lock lock = new ReentrantLock();
    Condition never = lock.newCondition();
    lock.lockInterruptibly();
    try {
      while (nanoTime() < end) {
        awaitUntil(lock, never, end);
      }
    } finally {
      lock.unlock();
    }
  }

  /** The system clock: {@link Instant#now()}, {@link System#nanoTime()} and {@link Thread#sleep}. */
  static Clock system() {
    return SystemClock.INSTANCE;
  }

  /** {@code nanos + delay} in nanoseconds, saturating at {@link #NO_DEADLINE}. */
  static long deadline(long nanos, Duration delay) {
    long delayNanos = saturatedNanos(delay);
    if (delayNanos <= 0) {
      return nanos;
    }
    return nanos > NO_DEADLINE - delayNanos ? NO_DEADLINE : nanos + delayNanos;
  }

  /** The duration in nanoseconds, saturating at {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE}. */
  static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
