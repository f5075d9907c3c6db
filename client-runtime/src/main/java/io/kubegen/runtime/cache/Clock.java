package io.kubegen.runtime.cache;

import java.time.Duration;

/**
 * Time as the cache machinery sees it: a monotonic reading and a way to wait. Reflector backoff,
 * resync timers and handler resync deadlines all go through one of these, so tests step a fake
 * clock instead of sleeping (as client-go injects {@code k8s.io/utils/clock}).
 *
 * <p>Implementations are thread-safe; {@link #sleep} may be called from several threads at once and
 * must answer {@link Thread#interrupt()} with {@link InterruptedException}, which is how the cache
 * components stop their threads.
 */
public interface Clock {

  /** A monotonic reading in nanoseconds, comparable only with other readings of this clock. */
  long nanoTime();

  /**
   * Blocks the calling thread for {@code duration} of this clock's time.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clock: {@link System#nanoTime()} and {@link Thread#sleep}. */
  static Clock system() {
    return SystemClock.INSTANCE;
  }
}
