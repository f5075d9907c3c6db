package io.kubegen.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ClockTest {

  @Test
  void deadlinesSaturateInsteadOfOverflowing() {
    assertEquals(1_000_005, Clock.deadline(1_000_000, Duration.ofNanos(5)));
    assertEquals(1_000_000, Clock.deadline(1_000_000, Duration.ofSeconds(-5)));
    assertEquals(Clock.NO_DEADLINE, Clock.deadline(1_000_000, Duration.ofSeconds(Long.MAX_VALUE)));
    assertEquals(Clock.NO_DEADLINE, Clock.deadline(Long.MAX_VALUE - 1, Duration.ofNanos(5)));
    assertEquals(Long.MIN_VALUE, Clock.saturatedNanos(Duration.ofSeconds(Long.MIN_VALUE)));
  }

  @Test
  @Timeout(5)
  void systemClockIsMonotonicFromZeroAndWaitsUntilTheDeadline() throws Exception {
    Clock clock = Clock.system();
    long start = clock.nanoTime();
    assertTrue(start >= 0);
    ReentrantLock lock = new ReentrantLock();
    Condition never = lock.newCondition();
    long deadline = Clock.deadline(start, Duration.ofMillis(5));
    lock.lock();
    try {
      while (clock.nanoTime() < deadline) {
        clock.awaitUntil(lock, never, deadline);
      }
      clock.awaitUntil(lock, never, deadline); // already passed: returns at once
    } finally {
      lock.unlock();
    }
    assertTrue(clock.nanoTime() >= deadline);
  }

  @Test
  @Timeout(5)
  void systemSleepWaitsTheDurationAndReturnsAtOnceForNoneOrLess() throws Exception {
    Clock clock = Clock.system();
    long start = clock.nanoTime();
    clock.sleep(Duration.ofMillis(5));
    assertTrue(clock.nanoTime() - start >= Duration.ofMillis(5).toNanos());
    Thread.currentThread().interrupt();
    try {
      clock.sleep(Duration.ZERO); // nothing to wait for: not even an interrupt stops it
      clock.sleep(Duration.ofSeconds(-1));
      assertThrows(InterruptedException.class, () -> clock.sleep(Duration.ofSeconds(30)));
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  @Timeout(5)
  void defaultSleepWaitsOnAwaitUntilTillTheDeadline() throws Exception {
    List<Long> deadlines = new ArrayList<>();
    long[] now = {100};
    Clock stepping = new Clock() {
      @Override
      public Instant now() {
        return Instant.EPOCH;
      }

      @Override
      public long nanoTime() {
        return now[0];
      }

      @Override
      public void awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException {
        assertTrue(((ReentrantLock) lock).isHeldByCurrentThread(), "called with its lock held");
        deadlines.add(deadlineNanos);
        if (deadlineNanos == NO_DEADLINE) {
          throw new InterruptedException("would wait forever");
        }
        now[0] += 40; // an early wake-up: sleep must wait again
      }
    };
    stepping.sleep(Duration.ofNanos(100));
    assertEquals(List.of(200L, 200L, 200L), deadlines);
    stepping.sleep(Duration.ZERO);
    stepping.sleep(Duration.ofNanos(-1));
    assertEquals(3, deadlines.size(), "no wait for zero or negative durations");
    assertThrows(InterruptedException.class, () -> stepping.sleep(ChronoUnit.FOREVER.getDuration()));
    assertEquals(Clock.NO_DEADLINE, deadlines.get(3), "saturated");
  }
}
