package io.kubegen.runtime.leaderelection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LeaderElectionConfigTest {
  private final ResourceLock lock = new LeaseLock(new InMemoryLeaseClient.Store().connect(), "ns", "lease");
  private final LeaderCallbacks callbacks = new LeaderCallbacks(() -> {}, () -> {});

  private LeaderElectionConfig.Builder valid() {
    return LeaderElectionConfig.builder().lock(lock).identity("me").callbacks(callbacks);
  }

  private static void assertRejected(String messagePart, Executable build) {
    Throwable e = assertThrows(RuntimeException.class, build);
    assertTrue(e.getMessage().contains(messagePart), () -> "message '" + e.getMessage() + "' should mention " + messagePart);
  }

  @Test
  void defaultsAreClientGosUsualTimings() {
    LeaderElectionConfig config = valid().build();
    assertEquals(Duration.ofSeconds(15), config.leaseDuration());
    assertEquals(Duration.ofSeconds(10), config.renewDeadline());
    assertEquals(Duration.ofSeconds(2), config.retryPeriod());
    assertEquals(15, config.leaseDurationSeconds());
    assertEquals("", config.name());
  }

  @Test
  void leaseDurationMustExceedRenewDeadline() {
    assertRejected("leaseDuration (PT10S) must be greater than renewDeadline (PT10S)",
        () -> valid().leaseDuration(Duration.ofSeconds(10)).build());
    assertRejected("must be greater than renewDeadline",
        () -> valid().leaseDuration(Duration.ofSeconds(5)).build());
  }

  @Test
  void renewDeadlineMustExceedJitteredRetryPeriod() {
    // 1.2 * 5 s = 6 s
    assertRejected("renewDeadline (PT6S) must be greater than retryPeriod (PT5S) * 1.2",
        () -> valid().renewDeadline(Duration.ofSeconds(6)).retryPeriod(Duration.ofSeconds(5)).build());
    valid().renewDeadline(Duration.ofMillis(6001)).retryPeriod(Duration.ofSeconds(5)).build();
  }

  @Test
  void durationsMustBePositive() {
    assertRejected("leaseDuration must be greater than zero", () -> valid().leaseDuration(Duration.ZERO).build());
    assertRejected("renewDeadline must be greater than zero", () -> valid().renewDeadline(Duration.ofSeconds(-1)).build());
    assertRejected("retryPeriod must be greater than zero", () -> valid().retryPeriod(Duration.ZERO).build());
    assertRejected("retryPeriod must not be null", () -> valid().retryPeriod(null).build());
  }

  @Test
  void leaseDurationMustBeAWholeSecondAtLeast() {
    assertRejected("must be at least 1s", () -> valid()
        .leaseDuration(Duration.ofMillis(900)).renewDeadline(Duration.ofMillis(500)).retryPeriod(Duration.ofMillis(100)).build());
  }

  @Test
  void lockIdentityAndCallbacksAreRequired() {
    assertRejected("lock must not be null", () -> valid().lock(null).build());
    assertRejected("identity must not be empty", () -> valid().identity("").build());
    assertRejected("identity must not be empty", () -> valid().identity(null).build());
    assertRejected("callbacks must not be null", () -> valid().callbacks(null).build());
    assertRejected("onStartedLeading", () -> new LeaderCallbacks(null, () -> {}));
    assertRejected("onStoppedLeading", () -> new LeaderCallbacks(() -> {}, null));
  }
}
