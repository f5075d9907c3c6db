package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final FakeClock clock = new FakeClock();

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Test
  void exponentialFailureDoublesFromTheBaseUpToTheCap() {
    RateLimiter<String> limiter = new ItemExponentialFailureRateLimiter<>(ms(5), Duration.ofSeconds(1000));
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      delays.add(limiter.when("a"));
    }
    assertEquals(List.of(ms(5), ms(10), ms(20), ms(40), ms(80)), delays);
    assertEquals(5, limiter.numRequeues("a"));

    for (int i = 5; i < 17; i++) {
      limiter.when("a");
    }
    assertEquals(Duration.ofMillis(655_360), limiter.when("a"), "failure 17: 5 ms * 2^17");
    assertEquals(Duration.ofSeconds(1000), limiter.when("a"), "failure 18: 5 ms * 2^18 = 1310.72 s, capped");
    assertEquals(Duration.ofSeconds(1000), limiter.when("a"));
  }

  @Test
  void exponentialFailureIsCappedAndNeverOverflows() {
    RateLimiter<String> limiter = new ItemExponentialFailureRateLimiter<>(ms(1), ms(1000));
    Duration last = Duration.ZERO;
    for (int i = 0; i < 200; i++) {
      last = limiter.when("a");
    }
    assertEquals(ms(1000), last);
    assertEquals(200, limiter.numRequeues("a"));
  }

  @Test
  void exponentialFailureCountsEachItemApartAndForgetResets() {
    RateLimiter<String> limiter = new ItemExponentialFailureRateLimiter<>(ms(1), Duration.ofSeconds(1));
    assertEquals(ms(1), limiter.when("one"));
    assertEquals(ms(2), limiter.when("one"));
    assertEquals(ms(1), limiter.when("two"));
    assertEquals(2, limiter.numRequeues("one"));
    assertEquals(1, limiter.numRequeues("two"));

    limiter.forget("one");
    assertEquals(0, limiter.numRequeues("one"));
    assertEquals(ms(1), limiter.when("one"));
    assertEquals(ms(2), limiter.when("two"));
  }

  @Test
  void fastSlowGivesTheFastDelayForTheFirstAttempts() {
    RateLimiter<String> limiter = new ItemFastSlowRateLimiter<>(ms(5), Duration.ofSeconds(10), 3);
    assertEquals(ms(5), limiter.when("a"));
    assertEquals(ms(5), limiter.when("a"));
    assertEquals(ms(5), limiter.when("a"));
    assertEquals(Duration.ofSeconds(10), limiter.when("a"));
    assertEquals(Duration.ofSeconds(10), limiter.when("a"));
    assertEquals(5, limiter.numRequeues("a"));
    assertEquals(ms(5), limiter.when("b"));

    limiter.forget("a");
    assertEquals(0, limiter.numRequeues("a"));
    assertEquals(ms(5), limiter.when("a"));
  }

  @Test
  void bucketLetsTheBurstThroughThenSpacesBy1OverQps() {
    RateLimiter<String> limiter = new BucketRateLimiter<>(10, 3, clock);
    assertEquals(Duration.ZERO, limiter.when("a"));
    assertEquals(Duration.ZERO, limiter.when("b"));
    assertEquals(Duration.ZERO, limiter.when("c"));
    assertEquals(ms(100), limiter.when("d"), "the 4th token exists 100 ms from now");
    assertEquals(ms(200), limiter.when("e"), "tokens are reserved ahead");
    assertEquals(0, limiter.numRequeues("a"));

    clock.step(ms(200)); // repays the two reserved tokens
    assertEquals(ms(100), limiter.when("f"));

    clock.step(Duration.ofSeconds(10)); // refills to the burst, no more
    assertEquals(Duration.ZERO, limiter.when("g"));
    assertEquals(Duration.ZERO, limiter.when("h"));
    assertEquals(Duration.ZERO, limiter.when("i"));
    assertEquals(ms(100), limiter.when("j"));
  }

  @Test
  void bucketIsOverallNotPerItemAndForgetDoesNothing() {
    RateLimiter<String> limiter = new BucketRateLimiter<>(1, 1, clock);
    assertEquals(Duration.ZERO, limiter.when("a"));
    limiter.forget("a");
    assertEquals(Duration.ofSeconds(1), limiter.when("other"));
  }

  @Test
  void bucketRejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> new BucketRateLimiter<String>(0, 1, clock));
    assertThrows(IllegalArgumentException.class, () -> new BucketRateLimiter<String>(Double.NaN, 1, clock));
    assertThrows(IllegalArgumentException.class, () -> new BucketRateLimiter<String>(1, 0, clock));
  }

  @Test
  void maxOfTakesTheLongestDelayAndTheLargestCount() {
    RateLimiter<String> limiter = new MaxOfRateLimiter<>(
        new ItemFastSlowRateLimiter<>(ms(5), Duration.ofSeconds(3), 2),
        new ItemExponentialFailureRateLimiter<>(ms(1), Duration.ofSeconds(1)));
    assertEquals(ms(5), limiter.when("a"));
    assertEquals(ms(5), limiter.when("a"));
    assertEquals(Duration.ofSeconds(3), limiter.when("a"));
    assertEquals(3, limiter.numRequeues("a"));

    limiter.forget("a");
    assertEquals(0, limiter.numRequeues("a"));
    assertEquals(ms(5), limiter.when("a"));
  }

  @Test
  void withMaxWaitCapsTheDelay() {
    RateLimiter<String> limiter = new WithMaxWaitRateLimiter<>(new ItemExponentialFailureRateLimiter<>(ms(100), Duration.ofSeconds(100)), ms(250));
    assertEquals(ms(100), limiter.when("a"));
    assertEquals(ms(200), limiter.when("a"));
    assertEquals(ms(250), limiter.when("a"));
    assertEquals(3, limiter.numRequeues("a"));
  }

  @Test
  void defaultControllerRateLimiterIsExponentialFrom5msUnderA10QpsBucket() {
    RateLimiter<String> limiter = RateLimiter.defaultControllerRateLimiter(clock);
    assertEquals(ms(5), limiter.when("a"));
    assertEquals(ms(10), limiter.when("a"));
    assertEquals(ms(20), limiter.when("a"));
    for (int i = 0; i < 97; i++) {
      limiter.when("item-" + i); // 100 tokens of burst used up
    }
    assertEquals(ms(100), limiter.when("fresh"), "the bucket now decides: 10 per second");
    assertEquals(ms(200), limiter.when("fresh2"));

    limiter.forget("a");
    assertEquals(0, limiter.numRequeues("a"));
    assertEquals(1, limiter.numRequeues("fresh"));
  }
}
