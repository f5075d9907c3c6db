package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A test {@link Clock}. Manual: {@link #sleep} blocks until the test {@link #step}s past its
 * deadline. Auto-advancing: {@link #sleep} moves time forward by the requested duration and returns
 * at once (only for tests where one thread sleeps). Either way every requested sleep is recorded.
 */
public final class SteppedClock implements Clock {
  private static final long AWAIT_SECONDS = 5;

  private final boolean autoAdvance;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<Duration> sleeps = new ArrayList<>();
  private long now = 1_000_000_000L;
  private int sleeping;

  private SteppedClock(boolean autoAdvance) {
    this.autoAdvance = autoAdvance;
  }

  public static SteppedClock manual() {
    return new SteppedClock(false);
  }

  public static SteppedClock autoAdvancing() {
    return new SteppedClock(true);
  }

  @Override
  public long nanoTime() {
    lock.lock();
    try {
      return now;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      sleeps.add(duration);
      if (autoAdvance) {
        now += duration.toNanos();
        changed.signalAll();
        return;
      }
      long deadline = now + duration.toNanos();
      sleeping++;
      changed.signalAll();
      try {
        while (now - deadline < 0) {
          changed.await();
        }
      } finally {
        sleeping--;
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Moves time forward, waking the sleepers whose deadline has come. */
  public void step(Duration duration) {
    lock.lock();
    try {
      now += duration.toNanos();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits (a few seconds at most) until {@code count} threads are sleeping on this clock. */
  public void awaitSleepers(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(AWAIT_SECONDS);
    lock.lock();
    try {
      while (sleeping < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          fail("expected " + count + " sleepers on the clock, found " + sleeping);
        }
        changed.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits (a few seconds at most) until {@code count} sleeps have been requested in all. */
  public List<Duration> awaitSleeps(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(AWAIT_SECONDS);
    lock.lock();
    try {
      while (sleeps.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          fail("expected " + count + " sleeps, saw " + sleeps);
        }
        changed.awaitNanos(left);
      }
      return List.copyOf(sleeps);
    } finally {
      lock.unlock();
    }
  }

  /** Every sleep requested so far. */
  public List<Duration> sleeps() {
    lock.lock();
    try {
      return List.copyOf(sleeps);
    } finally {
      lock.unlock();
    }
  }
}
