package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RateLimitingQueueTest {
  private final FakeClock clock = new FakeClock();
  private final RateLimitingQueue<String> queue = RateLimitingQueue.create(
      QueueConfig.<String>named("rate-limited").withClock(clock)
          .withRateLimiter(new ItemExponentialFailureRateLimiter<>(Duration.ofMillis(5), Duration.ofSeconds(1))));

  @AfterEach
  void shutDownLeavesNoThread() {
    queue.shutDown();
    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.getName().equals("kubegen-delaying-queue-rate-limited") && t.isAlive()));
  }

  private void awaitLen(int len) {
    Eventually.await("the queue holds " + len + " items", () -> queue.len() == len);
  }

  @Test
  void addRateLimitedDelaysByTheLimiterAndForgetStartsOver() throws Exception {
    queue.addRateLimited("a");
    assertEquals(1, queue.numRequeues("a"));
    assertEquals(0, queue.len());
    clock.step(Duration.ofMillis(5));
    awaitLen(1);
    String item = queue.get().orElseThrow();

    // processing failed again: retried after 10 ms
    queue.addRateLimited(item);
    queue.done(item);
    assertEquals(2, queue.numRequeues("a"));
    clock.step(Duration.ofMillis(9));
    clock.awaitWaiters(1);
    assertEquals(0, queue.len());
    clock.step(Duration.ofMillis(1));
    awaitLen(1);
    item = queue.get().orElseThrow();

    // processing succeeded
    queue.forget(item);
    queue.done(item);
    assertEquals(0, queue.numRequeues("a"));
    queue.addRateLimited("a");
    clock.step(Duration.ofMillis(5));
    awaitLen(1);
  }

  @Test
  void defaultsToTheControllerRateLimiterOnTheConfiguredClock() throws Exception {
    RateLimitingQueue<String> defaulted = RateLimitingQueue.create(QueueConfig.<String>defaults().withClock(clock));
    try {
      defaulted.addRateLimited("a");
      defaulted.addRateLimited("b");
      assertEquals(1, defaulted.numRequeues("a"));
      clock.step(Duration.ofMillis(5));
      Eventually.await("both are ready after 5 ms", () -> defaulted.len() == 2);
    } finally {
      defaulted.shutDown();
    }
  }
}
