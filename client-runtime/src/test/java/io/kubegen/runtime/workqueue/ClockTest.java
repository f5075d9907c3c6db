package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
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
  void fakeClockWakesWaitersItStepsPastAndOnlyThose() throws Exception {
    FakeClock clock = new FakeClock();
    ReentrantLock lock = new ReentrantLock();
    Condition condition = lock.newCondition();
    long deadline = Clock.deadline(clock.nanoTime(), Duration.ofSeconds(10));
    Thread waiter = new Thread(() -> {
      lock.lock();
      try {
        while (clock.nanoTime() < deadline) {
          clock.awaitUntil(lock, condition, deadline);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        lock.unlock();
      }
    }, "fake-clock-waiter");
    waiter.start();
    clock.awaitWaiters(1);

    clock.step(Duration.ofSeconds(9));
    assertEquals(1, clock.waiters(), "not due: still waiting");
    assertTrue(waiter.isAlive());

    java.time.Instant before = clock.now();
    clock.step(Duration.ofSeconds(1));
    waiter.join(2_000);
    assertTrue(!waiter.isAlive());
    assertEquals(0, clock.waiters());
    assertEquals(before.plusSeconds(1), clock.now());
  }

  @Test
  void queueConfigDefaultsAndWithers() {
    QueueConfig<String> config = QueueConfig.defaults();
    assertEquals("", config.name());
    assertEquals(Clock.system(), config.clock());
    assertEquals(MetricsProvider.noop(), config.metricsProvider());
    assertEquals(null, config.rateLimiter());
    assertEquals("", config.withName(null).name());

    FakeClock clock = new FakeClock();
    RateLimiter<String> limiter = new ItemFastSlowRateLimiter<>(Duration.ZERO, Duration.ZERO, 1);
    QueueConfig<String> custom = QueueConfig.<String>named("q").withClock(clock).withRateLimiter(limiter);
    assertEquals("q", custom.name());
    assertEquals(clock, custom.clock());
    assertEquals(limiter, custom.rateLimiterOrDefault());
    assertTrue(config.rateLimiterOrDefault() instanceof MaxOfRateLimiter);
  }
}
