package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class QueueMetricsTest {
  private final FakeClock clock = new FakeClock();
  private final RecordingMetricsProvider provider = new RecordingMetricsProvider();

  @Test
  void namedQueueReportsDepthAddsLatencyAndWorkDuration() throws Exception {
    WorkQueue<String> queue = WorkQueue.create(QueueConfig.<String>named("things").withClock(clock).withMetricsProvider(provider));

    queue.add("a");
    queue.add("a"); // de-duplicated: not counted
    queue.add("b");
    assertEquals(2, provider.gauge("depth", "things"));
    assertEquals(2, provider.counter("adds", "things"));

    clock.step(Duration.ofSeconds(2));
    assertEquals("a", queue.get().orElseThrow());
    assertEquals(1, provider.gauge("depth", "things"));
    assertEquals(List.of(2.0), provider.histogram("queue_duration", "things"));

    clock.step(Duration.ofSeconds(3));
    assertEquals("b", queue.get().orElseThrow());
    assertEquals(0, provider.gauge("depth", "things"));
    assertEquals(List.of(2.0, 5.0), provider.histogram("queue_duration", "things"));

    clock.step(Duration.ofSeconds(1));
    assertEquals(4.0 + 1.0, provider.supplied("unfinished_work", "things"), 1e-9);
    assertEquals(4.0, provider.supplied("longest_running", "things"), 1e-9);

    queue.done("a");
    assertEquals(List.of(4.0), provider.histogram("work_duration", "things"));
    assertEquals(1.0, provider.supplied("unfinished_work", "things"), 1e-9);
    assertEquals(1.0, provider.supplied("longest_running", "things"), 1e-9);
    queue.done("b");
    assertEquals(0.0, provider.supplied("unfinished_work", "things"), 1e-9);
    assertEquals(0.0, provider.supplied("longest_running", "things"), 1e-9);
  }

  @Test
  void reAddWhileProcessingCountsAsAnAdd() throws Exception {
    WorkQueue<String> queue = WorkQueue.create(QueueConfig.<String>named("q").withClock(clock).withMetricsProvider(provider));
    queue.add("a");
    queue.get();
    queue.add("a");
    assertEquals(2, provider.counter("adds", "q"));
    assertEquals(1, provider.gauge("depth", "q"), "dirty, to be queued again by done");
    queue.done("a");
    queue.get();
    assertEquals(0, provider.gauge("depth", "q"));
  }

  @Test
  void retriesAreCountedByAddAfter() {
    DelayingQueue<String> queue = DelayingQueue.create(QueueConfig.<String>named("retrying").withClock(clock).withMetricsProvider(provider));
    try {
      queue.addAfter("a", Duration.ofSeconds(1));
      queue.addAfter("b", Duration.ZERO);
      assertEquals(2, provider.counter("retries", "retrying"));
    } finally {
      queue.shutDown();
    }
  }

  @Test
  void unnamedQueuesReportNothing() throws Exception {
    RateLimitingQueue<String> queue = RateLimitingQueue.create(QueueConfig.<String>defaults().withClock(clock).withMetricsProvider(provider));
    try {
      queue.add("a");
      queue.get();
      queue.done("a");
      queue.addRateLimited("a");
    } finally {
      queue.shutDown();
    }
    assertTrue(provider.created.isEmpty(), provider.created::toString);
  }
}
