package io.kubegen.runtime.workqueue.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubegen.runtime.testing.FakeClock;
import io.kubegen.runtime.workqueue.QueueConfig;
import io.kubegen.runtime.workqueue.RateLimitingQueue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerMetricsProviderTest {

  @Test
  void namedQueueReportsClientGoMetricsTaggedWithItsName() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    FakeClock clock = new FakeClock();
    RateLimitingQueue<String> queue = RateLimitingQueue.create(QueueConfig.<String>named("pods")
        .withClock(clock)
        .withMetricsProvider(new MicrometerMetricsProvider(registry)));
    try {
      queue.add("a");
      queue.add("b");
      queue.add("a"); // deduplicated: not an add
      assertEquals(2.0, registry.get("workqueue.adds").tag("name", "pods").counter().count());
      assertEquals(2.0, registry.get("workqueue.depth").tag("name", "pods").gauge().value());

      clock.step(Duration.ofSeconds(3));
      String item = queue.get().orElseThrow();
      assertEquals(1.0, registry.get("workqueue.depth").gauge().value());
      assertEquals(3.0, registry.get("workqueue.queue.duration").summary().max());

      clock.step(Duration.ofSeconds(2));
      assertEquals(2.0, registry.get("workqueue.longest.running.processor").gauge().value());
      assertEquals(2.0, registry.get("workqueue.unfinished.work").gauge().value());
      queue.done(item);
      assertEquals(2.0, registry.get("workqueue.work.duration").summary().totalAmount());
      assertEquals(0.0, registry.get("workqueue.unfinished.work").gauge().value());

      queue.addRateLimited("c");
      assertEquals(1.0, registry.get("workqueue.retries").counter().count());
    } finally {
      queue.shutDown();
    }
  }

  @Test
  void unnamedQueueRegistersNothing() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RateLimitingQueue<String> queue = RateLimitingQueue.create(QueueConfig.<String>defaults()
        .withMetricsProvider(new MicrometerMetricsProvider(registry)));
    try {
      queue.add("a");
      assertNull(registry.find("workqueue.adds").counter());
    } finally {
      queue.shutDown();
    }
  }
}
