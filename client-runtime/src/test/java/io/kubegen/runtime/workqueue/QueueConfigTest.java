package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.clock.Clock;
import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueueConfigTest {

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
