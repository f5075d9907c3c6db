package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffManagerTest {
  private final FakeClock clock = new FakeClock();

  @Test
  void doublesUpToTheCap() {
    BackoffManager backoff = new BackoffManager(clock, () -> 0.0);
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      millis.add(backoff.next().toMillis());
    }
    assertEquals(List.of(800L, 1600L, 3200L, 6400L, 12800L, 25600L, 30000L, 30000L, 30000L), millis);
  }

  @Test
  void jitterAddsUpToTheBaseAgain() {
    BackoffManager backoff = new BackoffManager(clock, () -> 0.999);
    assertEquals(1599, backoff.next().toMillis());
    assertEquals(3198, backoff.next().toMillis());
  }

  @Test
  void startsOverAfterTwoQuietMinutes() {
    BackoffManager backoff = new BackoffManager(clock, () -> 0.0);
    backoff.next();
    backoff.next();
    clock.step(Duration.ofMinutes(2)); // not more than two minutes: keeps growing
    assertEquals(Duration.ofMillis(3200), backoff.next());
    clock.step(Duration.ofMinutes(2).plusMillis(1));
    assertEquals(Duration.ofMillis(800), backoff.next());
    assertEquals(Duration.ofMillis(1600), backoff.next());
  }
}
