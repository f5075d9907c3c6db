package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** retry.RetryOnConflict and retry.OnError, and the Backoff they step through, on a fake clock. */
class RetryOnConflictTest {
  private final FakeClock time = FakeClock.autoAdvancing();
  private final RetryOnConflict retry = RetryOnConflict.using(time, () -> 0.0);

  private static ApiException conflict(int n) {
    return new ApiException("conflict #" + n, 409, new Status().withReason("Conflict").withCode(409));
  }

  @Test
  void retriesConflictsUntilTheUpdateGoesThrough() {
    AtomicInteger calls = new AtomicInteger();
    String result = retry.onConflict(RetryOnConflict.DEFAULT_RETRY, () -> {
      if (calls.incrementAndGet() < 3) {
        throw conflict(calls.get());
      }
      return "updated";
    });
    assertEquals("updated", result);
    assertEquals(3, calls.get());
    assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(10)), time.sleeps());
  }

  @Test
  void throwsTheLastConflictWhenTheStepsAreUsedUp() {
    List<ApiException> thrown = new ArrayList<>();
    ApiException e = assertThrows(ApiException.class, () -> retry.onConflict(RetryOnConflict.DEFAULT_RETRY, () -> {
      ApiException c = conflict(thrown.size() + 1);
      thrown.add(c);
      throw c;
    }));
    assertEquals(5, thrown.size(), "DEFAULT_RETRY makes 5 attempts");
    assertSame(thrown.get(4), e);
    assertEquals(4, time.sleeps().size());
  }

  @Test
  void otherErrorsPropagateAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    ApiException notFound = new ApiException("nf", 404, new Status().withReason("NotFound"));
    assertSame(notFound, assertThrows(ApiException.class, () -> retry.onConflict(RetryOnConflict.DEFAULT_RETRY, () -> {
      calls.incrementAndGet();
      throw notFound;
    })));
    assertEquals(1, calls.get());
    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(bug, assertThrows(IllegalStateException.class,
        () -> retry.onConflict(RetryOnConflict.DEFAULT_RETRY, () -> { throw bug; })));
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void aConflictWithoutReasonCountsByItsCode() {
    AtomicInteger calls = new AtomicInteger();
    retry.onConflict(RetryOnConflict.DEFAULT_RETRY, () -> {
      if (calls.incrementAndGet() == 1) {
        throw new ApiException("409", 409, new Status().withCode(409));
      }
      return null;
    });
    assertEquals(2, calls.get());
  }

  @Test
  void defaultBackoffGrowsFiveFold() {
    AtomicInteger calls = new AtomicInteger();
    assertThrows(ApiException.class, () -> retry.onConflict(RetryOnConflict.DEFAULT_BACKOFF, () -> {
      throw conflict(calls.incrementAndGet());
    }));
    assertEquals(4, calls.get());
    assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250)), time.sleeps());
  }

  @Test
  void jitterStretchesEachWait() {
    RetryOnConflict jittery = RetryOnConflict.using(time, () -> 0.5);
    AtomicInteger calls = new AtomicInteger();
    assertThrows(ApiException.class, () -> jittery.onConflict(RetryOnConflict.DEFAULT_RETRY.withSteps(2), () -> {
      throw conflict(calls.incrementAndGet());
    }));
    assertEquals(List.of(Duration.ofMillis(10).plus(Duration.ofMillis(10).multipliedBy(5).dividedBy(100))),
        time.sleeps(), "10 ms + 0.1 * 0.5 * 10 ms");
  }

  @Test
  void onErrorRetriesWhatThePredicateAccepts() {
    AtomicInteger calls = new AtomicInteger();
    int result = retry.retry(Backoff.of(Duration.ofSeconds(1), 2, 4),
        e -> e instanceof ApiException api && api.isServerTimeout(),
        () -> {
          if (calls.incrementAndGet() < 4) {
            throw new ApiException("slow", 500, new Status().withReason("ServerTimeout"));
          }
          return 42;
        });
    assertEquals(42, result);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void backoffDelaysAndValidation() {
    Backoff b = new Backoff(Duration.ofMillis(100), 3, 0, 10, Duration.ofSeconds(1));
    assertEquals(Duration.ofMillis(100), b.delay(0));
    assertEquals(Duration.ofMillis(300), b.delay(1));
    assertEquals(Duration.ofMillis(900), b.delay(2));
    assertEquals(Duration.ofSeconds(1), b.delay(3), "capped");
    assertEquals(Duration.ofSeconds(1), b.delay(60), "no overflow");
    assertEquals(Duration.ofMillis(100), Backoff.of(Duration.ofMillis(100), 0, 3).delay(5), "factor 0 is constant");
    assertThrows(IllegalArgumentException.class, () -> Backoff.of(Duration.ofMillis(-1), 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.of(Duration.ofMillis(1), -1, 1));
    assertThrows(IllegalArgumentException.class, () -> Backoff.of(Duration.ofMillis(1), 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, 1, -0.1, 1, null));
  }

  @Test
  void theStaticFormRunsOnTheSystemClock() {
    AtomicInteger calls = new AtomicInteger();
    // A zero wait: no real sleeping in tests.
    String result = RetryOnConflict.retryOnConflict(Backoff.of(Duration.ZERO, 1, 2), () -> {
          if (calls.incrementAndGet() == 1) {
            throw conflict(1);
          }
          return "ok";
        });
    assertEquals("ok", result);
  }
}
