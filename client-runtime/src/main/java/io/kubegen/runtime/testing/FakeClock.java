package io.kubegen.runtime.testing;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A {@link Clock} for tests, as client-go's {@code k8s.io/utils/clock/testing}: time moves only
 * when the test calls {@link #step}, which wakes the threads whose deadline it passes, so tests of
 * delays, backoffs, resyncs, rate limits and lease expiry never sleep. Hand it to the builders
 * that take a clock ({@code RestClient}, {@code SharedIndexInformer}, {@code QueueConfig}, {@code
 * LeaderElectionConfig}). Not for production use.
 *
 * <p>A thread blocked in {@link #awaitUntil} or {@link #sleep} is a <em>waiter</em>; {@link
 * #awaitWaiters} lets a test wait (in real time, bounded) until the threads under test have parked
 * again after a step. Every {@link #sleep} is recorded, zero and negative ones included ({@link
 * #sleeps}).
 *
 * <p>{@link #autoAdvancing()} makes a clock whose {@link #sleep} moves time forward by the
 * requested duration and returns at once, for code that only sleeps between attempts and where one
 * thread sleeps at a time; its {@link #awaitUntil} still waits for a step.
 *
 * <p>Thread-safe. It starts at {@code 2024-05-01T10:00:00Z} (wall) and 1000 s (monotonic) unless
 * given another start.
 */
public final class FakeClock implements Clock {
  private static final Instant DEFAULT_START = Instant.parse("2024-05-01T10:00:00Z");
  private static final Duration REAL_TIMEOUT = Duration.ofSeconds(5);

  private final boolean autoAdvance;
  private final Object monitor = new Object();
  /** Guarded by monitor, as are the fields below. */
  private Instant wall;
  private long nanos;
  private final List<Waiter> waiters = new ArrayList<>();
  private final List<Duration> sleeps = new ArrayList<>();

  /** A clock that moves only when stepped. */
  public FakeClock() {
    this(DEFAULT_START);
  }

  /** A clock that moves only when stepped, whose wall time starts at {@code start}. */
  public FakeClock(Instant start) {
    this(start, false);
  }

  private FakeClock(Instant start, boolean autoAdvance) {
    this.wall = Objects.requireNonNull(start, "start");
    this.nanos = TimeUnit.SECONDS.toNanos(1000);
    this.autoAdvance = autoAdvance;
  }

  /** A clock whose {@link #sleep} steps it by the requested duration and returns at once. */
  public static FakeClock autoAdvancing() {
    return new FakeClock(DEFAULT_START, true);
  }

  @Override
  public Instant now() {
    synchronized (monitor) {
      return wall;
    }
  }

  @Override
  public long nanoTime() {
    synchronized (monitor) {
      return nanos;
    }
  }

  @Override
  public void awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException {
    Waiter waiter = new Waiter(deadlineNanos, lock, condition);
    synchronized (monitor) {
      if (deadlineNanos <= nanos) {
        return;
      }
      waiters.add(waiter);
      monitor.notifyAll();
    }
    try {
      // The caller holds lock, and step() takes it before signalling: no wake-up is lost between
      // the registration above and this await.
      condition.await();
    } finally {
      synchronized (monitor) {
        waiters.remove(waiter);
        monitor.notifyAll();
      }
    }
  }

  /**
   * Records the sleep, then: returns at once for zero or negative durations; when auto-advancing,
   * steps the clock by {@code duration}; otherwise waits until a {@link #step} reaches its end. The
   * end is fixed when the sleep is recorded, so a test that steps right after {@link #awaitSleeps}
   * wakes the sleeper even if it has not parked yet.
   *
   * @throws InterruptedException if the thread is (or gets) interrupted during a positive sleep,
   *     which is then not recorded if it never began
   */
  @Override
  public void sleep(Duration duration) throws InterruptedException {
    boolean positive = Clock.saturatedNanos(duration) > 0;
    if (positive && Thread.interrupted()) {
      throw new InterruptedException("interrupted before sleeping " + duration);
    }
    long end;
    synchronized (monitor) {
      sleeps.add(duration);
      end = Clock.deadline(nanos, duration);
      monitor.notifyAll();
    }
    if (!positive) {
      return;
    }
    if (autoAdvance) {
      step(duration);
      return;
    }
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

  /**
   * Moves both readings forward by {@code delta} and wakes every waiter whose deadline is reached.
   *
   * @throws IllegalArgumentException if {@code delta} is negative: a clock does not go back
   */
  public void step(Duration delta) {
    if (delta.isNegative()) {
      throw new IllegalArgumentException("a clock does not go back: " + delta);
    }
    List<Waiter> due = new ArrayList<>();
    synchronized (monitor) {
      long delay = Clock.saturatedNanos(delta);
      nanos = nanos > Long.MAX_VALUE - delay ? Long.MAX_VALUE : nanos + delay;
      wall = wall.plus(delta);
      for (Waiter w : waiters) {
        if (w.deadline <= nanos) {
          due.add(w);
        }
      }
      waiters.removeAll(due);
      monitor.notifyAll();
    }
    for (Waiter w : due) {
      w.lock.lock();
      try {
        w.condition.signalAll();
      } finally {
        w.lock.unlock();
      }
    }
  }

  /** The number of threads waiting on this clock. */
  public int waiters() {
    synchronized (monitor) {
      return waiters.size();
    }
  }

  /** Whether any thread waits on this clock. */
  public boolean hasWaiters() {
    return waiters() > 0;
  }

  /**
   * Blocks (for at most 5 s of real time) until at least {@code count} threads wait on this clock.
   *
   * @throws AssertionError on timeout
   */
  public void awaitWaiters(int count) {
    awaitState(() -> waiters.size() >= count,
        () -> "expected " + count + " waiters on the fake clock, have " + waiters.size());
  }

  /** Every sleep requested so far, in order. */
  public List<Duration> sleeps() {
    synchronized (monitor) {
      return List.copyOf(sleeps);
    }
  }

  /**
   * Blocks (for at most 5 s of real time) until {@code count} sleeps have been requested in all.
   *
   * @return every sleep requested so far
   * @throws AssertionError on timeout
   */
  public List<Duration> awaitSleeps(int count) {
    synchronized (monitor) {
      awaitState(() -> sleeps.size() >= count, () -> "expected " + count + " sleeps, saw " + sleeps);
      return List.copyOf(sleeps);
    }
  }

  @Override
  public String toString() {
    return "FakeClock{" + now() + "}";
  }

  private void awaitState(BooleanSupplier reached, Supplier<String> failure) {
    long end = System.nanoTime() + REAL_TIMEOUT.toNanos();
    synchronized (monitor) {
      while (!reached.getAsBoolean()) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(failure.get());
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(monitor, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting on the fake clock", e);
        }
      }
    }
  }

  /** Identity-compared registration of one waiting thread. */
  private static final class Waiter {
    final long deadline;
    final Lock lock;
    final Condition condition;

    Waiter(long deadline, Lock lock, Condition condition) {
      this.deadline = deadline;
      this.lock = lock;
      this.condition = condition;
    }
  }
}
