package io.kubegen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FakeClockTest {

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

    Instant before = clock.now();
    clock.step(Duration.ofSeconds(1));
    waiter.join(2_000);
    assertFalse(waiter.isAlive());
    assertEquals(0, clock.waiters());
    assertEquals(before.plusSeconds(1), clock.now());
  }

  @Test
  @Timeout(5)
  void aSleeperIsAWaiterUntilAStepReachesItsEnd() throws Exception {
    FakeClock clock = new FakeClock();
    long start = clock.nanoTime();
    CompletableFuture<Long> woke = CompletableFuture.supplyAsync(() -> {
      try {
        clock.sleep(Duration.ofSeconds(3));
        return clock.nanoTime();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    clock.awaitWaiters(1);
    assertEquals(List.of(Duration.ofSeconds(3)), clock.awaitSleeps(1));

    clock.step(Duration.ofSeconds(2));
    clock.awaitWaiters(1); // woken by nothing: still parked
    assertFalse(woke.isDone());

    clock.step(Duration.ofSeconds(1));
    assertEquals(start + TimeUnit.SECONDS.toNanos(3), woke.get(2, TimeUnit.SECONDS));
    assertEquals(0, clock.waiters());
  }

  @Test
  @Timeout(5)
  void aStepRightAfterASleepIsRecordedWakesTheSleeperEvenBeforeItParks() throws Exception {
    FakeClock clock = new FakeClock();
    for (int i = 0; i < 200; i++) {
      CompletableFuture<Void> slept = CompletableFuture.runAsync(() -> {
        try {
          clock.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      clock.awaitSleeps(i + 1);
      clock.step(Duration.ofSeconds(1));
      slept.get(2, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(5)
  void anInterruptedSleeperStopsWaiting() throws Exception {
    FakeClock clock = new FakeClock();
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    Thread sleeper = new Thread(() -> {
      try {
        clock.sleep(Duration.ofMinutes(1));
        thrown.complete(null);
      } catch (Throwable e) {
        thrown.complete(e);
      }
    }, "fake-clock-sleeper");
    sleeper.start();
    clock.awaitWaiters(1);
    sleeper.interrupt();
    assertTrue(thrown.get(2, TimeUnit.SECONDS) instanceof InterruptedException);
    sleeper.join(2_000);
    assertEquals(0, clock.waiters(), "no waiter left behind");
  }

  @Test
  void anAutoAdvancingClockStepsBySleepsAndRecordsThemAll() throws Exception {
    FakeClock clock = FakeClock.autoAdvancing();
    Instant wall = clock.now();
    long start = clock.nanoTime();
    clock.sleep(Duration.ofMillis(500));
    clock.sleep(Duration.ZERO);
    clock.sleep(Duration.ofSeconds(-1)); // recorded; a clock does not go back
    clock.sleep(Duration.ofSeconds(2));

    assertEquals(List.of(Duration.ofMillis(500), Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(2)),
        clock.sleeps());
    assertEquals(start + Duration.ofMillis(2500).toNanos(), clock.nanoTime());
    assertEquals(wall.plusMillis(2500), clock.now());

    Thread.currentThread().interrupt();
    try {
      assertThrows(InterruptedException.class, () -> clock.sleep(Duration.ofSeconds(1)));
    } finally {
      Thread.interrupted();
    }
    assertEquals(start + Duration.ofMillis(2500).toNanos(), clock.nanoTime(), "an interrupted sleep takes no time");
    assertEquals(4, clock.sleeps().size(), "and is not recorded");
  }

  @Test
  @Timeout(5)
  void anAutoAdvancingSleepWakesAwaitersItPasses() throws Exception {
    FakeClock clock = FakeClock.autoAdvancing();
    ReentrantLock lock = new ReentrantLock();
    Condition condition = lock.newCondition();
    long deadline = Clock.deadline(clock.nanoTime(), Duration.ofSeconds(1));
    CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
      lock.lock();
      try {
        while (clock.nanoTime() < deadline) {
          clock.awaitUntil(lock, condition, deadline);
        }
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        lock.unlock();
      }
    });
    clock.awaitWaiters(1);
    clock.sleep(Duration.ofSeconds(1));
    done.get(2, TimeUnit.SECONDS);
  }

  @Test
  void stepsNeverGoBackAndSaturate() {
    FakeClock clock = new FakeClock(Instant.parse("2030-01-01T00:00:00Z"));
    assertEquals(Instant.parse("2030-01-01T00:00:00Z"), clock.now());
    assertThrows(IllegalArgumentException.class, () -> clock.step(Duration.ofNanos(-1)));
    clock.step(Duration.ofDays(365L * 1000));
    assertEquals(Clock.NO_DEADLINE, clock.nanoTime(), "saturated at the end of time");
  }

  @Test
  void awaitingWhatNeverHappensFailsInsteadOfHanging() {
    FakeClock clock = new FakeClock();
    assertFalse(clock.hasWaiters());
    assertThrows(AssertionError.class, () -> clock.awaitSleeps(1));
  }
}
