package io.kubegen.runtime.cache;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter that starts over after a quiet period, as client-go's {@code
 * exponentialBackoffManagerImpl}: the reflector's is 800 ms doubling to a 30 s cap, jitter 1.0
 * (each wait is the base plus up to as much again at random), reset when two minutes pass without a
 * backoff.
 *
 * <p>Not thread-safe: one reflector thread uses it.
 */
final class BackoffManager {
  static final Duration INITIAL = Duration.ofMillis(800);
  static final Duration CAP = Duration.ofSeconds(30);
  static final Duration RESET_AFTER = Duration.ofMinutes(2);
  static final double FACTOR = 2.0;
  static final double JITTER = 1.0;

  private final Clock clock;
  private final DoubleSupplier random;
  private final long initialNanos;
  private final long capNanos;
  private final long resetNanos;
  private long nextBaseNanos;
  private long lastBackoffStart;
  private boolean started;

  BackoffManager(Clock clock, DoubleSupplier random) {
    this(clock, random, INITIAL, CAP, RESET_AFTER);
  }

  BackoffManager(Clock clock, DoubleSupplier random, Duration initial, Duration cap, Duration resetAfter) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.initialNanos = initial.toNanos();
    this.capNanos = cap.toNanos();
    this.resetNanos = resetAfter.toNanos();
    this.nextBaseNanos = initialNanos;
  }

  /** The next wait: the current base with jitter; the base then doubles up to the cap. */
  Duration next() {
    long now = clock.nanoTime();
    if (started && now - lastBackoffStart > resetNanos) {
      nextBaseNanos = initialNanos;
    }
    started = true;
    lastBackoffStart = now;
    long base = nextBaseNanos;
    nextBaseNanos = (long) Math.min((double) capNanos, base * FACTOR);
    double r = Math.max(0.0, Math.min(1.0, random.getAsDouble()));
    return Duration.ofNanos(base + (long) (JITTER * r * base));
  }
}
