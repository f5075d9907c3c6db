package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token bucket on a fake clock. */
class RateLimiterTest {
  private final FakeClock time = FakeClock.autoAdvancing();

  @Test
  void startsFullThenRefillsAtQps() {
    RateLimiter limiter = RateLimiter.create(10, 3, time);
    assertTrue(limiter.tryAccept());
    assertTrue(limiter.tryAccept());
    assertTrue(limiter.tryAccept());
    assertFalse(limiter.tryAccept(), "burst used up");
    time.step(Duration.ofMillis(99));
    assertFalse(limiter.tryAccept());
    time.step(Duration.ofMillis(1));
    assertTrue(limiter.tryAccept(), "one token per 100 ms");
    assertFalse(limiter.tryAccept());
  }

  @Test
  void neverHoldsMoreThanTheBurst() {
    RateLimiter limiter = RateLimiter.create(5, 2, time);
    time.step(Duration.ofHours(1));
    assertTrue(limiter.tryAccept());
    assertTrue(limiter.tryAccept());
    assertFalse(limiter.tryAccept());
  }

  @Test
  void acceptWaitsForTheNextToken() throws InterruptedException {
    RateLimiter limiter = RateLimiter.create(2, 1, time);
    assertEquals(Duration.ZERO, limiter.accept());
    assertEquals(Duration.ofMillis(500), limiter.accept());
    assertEquals(Duration.ofMillis(500), limiter.accept());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), waits());
  }

  @Test
  void waitersQueueUpInTimeSlots() {
    RateLimiter limiter = RateLimiter.create(4, 1, time);
    assertEquals(Duration.ZERO, limiter.reserve());
    assertEquals(Duration.ofMillis(250), limiter.reserve());
    assertEquals(Duration.ofMillis(500), limiter.reserve(), "the second waiter after the first");
    assertFalse(limiter.tryAccept(), "promised tokens are not handed out twice");
  }

  @Test
  void qpsZeroOrLessMeansUnlimited() throws InterruptedException {
    for (double qps : new double[] {0, -1}) {
      RateLimiter limiter = RateLimiter.create(qps, 0, time);
      assertTrue(limiter.isUnlimited());
      for (int i = 0; i < 1000; i++) {
        assertTrue(limiter.tryAccept());
        assertEquals(Duration.ZERO, limiter.accept());
      }
      assertEquals(0.0, limiter.qps());
    }
    assertTrue(time.sleeps().isEmpty());
    assertTrue(RateLimiter.unlimited().tryAccept());
  }

  @Test
  void defaultsFromTheConfigAreFivePerSecondBurstTen() {
    RestClient client = RestClient.create(RestConfig.builder("https://example.test").build());
    assertEquals(5.0, client.rateLimiter().qps());
    assertEquals(10, client.rateLimiter().burst());
  }

  @Test
  void aPositiveQpsNeedsAPositiveBurst() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RateLimiter.create(5, 0));
    assertTrue(e.getMessage().contains("burst"), e.getMessage());
  }

  @Test
  void interruptedAcceptThrows() {
    RateLimiter limiter = RateLimiter.create(1, 1, time);
    assertTrue(limiter.tryAccept());
    Thread.currentThread().interrupt();
    try {
      assertThrows(InterruptedException.class, limiter::accept);
    } finally {
      Thread.interrupted();
    }
  }

  /** The sleeps of zero length left out: what a caller really waited. */
  private List<Duration> waits() {
    return time.sleeps().stream().filter(d -> !d.isZero()).toList();
  }
}
