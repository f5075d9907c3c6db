package io.kubegen.runtime.rest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when slept on or stepped; records every sleep. */
final class FakeTimeSource implements TimeSource {
  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    if (!duration.isNegative()) {
      nanos += duration.toNanos();
    }
  }

  synchronized void step(Duration d) {
    nanos += d.toNanos();
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Sleeps of zero length left out: what a caller really waited. */
  synchronized List<Duration> waits() {
    return sleeps.stream().filter(d -> !d.isZero()).toList();
  }
}
