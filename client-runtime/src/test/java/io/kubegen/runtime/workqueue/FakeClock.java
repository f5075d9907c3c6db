package io.kubegen.runtime.workqueue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A {@link Clock} that moves only when a test calls {@link #step}, waking the threads whose
 * deadline it passes: tests of delays, rate limits and lease expiry never sleep.
 *
 * <p>A thread blocked in {@link #awaitUntil} is a <em>waiter</em>; {@link #awaitWaiters} lets a test
 * wait (in real time, bounded) until the threads under test have parked again after a step.
 */
public final class FakeClock implements Clock {
  private static final Duration REAL_TIMEOUT = Duration.ofSeconds(5);

  private final Object monitor = new Object();
  private Instant wall;
  private long nanos;
  private final List<Waiter> waiters = new ArrayList<>();

  public FakeClock() {
    this(Instant.parse("2024-05-01T10:00:00Z"));
  }

  public FakeClock(Instant start) {
    this.wall = Objects.requireNonNull(start, "start");
    this.nanos = TimeUnit.SECONDS.toNanos(1000);
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

  /** Moves both readings forward by {@code delta} and wakes every waiter whose deadline is reached. */
  public void step(Duration delta) {
    if (delta.isNegative()) {
      throw new IllegalArgumentException("a clock does not go back: " + delta);
    }
    List<Waiter> due = new ArrayList<>();
    synchronized (monitor) {
      nanos += delta.toNanos();
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

  public boolean hasWaiters() {
    return waiters() > 0;
  }

  /**
   * Blocks (for at most 5 s of real time) until at least {@code count} threads wait on this clock.
   *
   * @throws AssertionError on timeout
   */
  public void awaitWaiters(int count) {
    long end = System.nanoTime() + REAL_TIMEOUT.toNanos();
    synchronized (monitor) {
      while (waiters.size() < count) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " waiters on the fake clock, have " + waiters.size());
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(monitor, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for waiters", e);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "FakeClock{" + now() + "}";
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
