package io.kubegen.runtime.workqueue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits, in real time and for at most 5 s, for a condition another thread will make true. Not a
 * sleep for timing: it returns as soon as the condition holds.
 */
public final class Eventually {
  private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private Eventually() {}

  public static void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + TIMEOUT_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("timed out waiting until " + what);
      }
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
    }
  }

  /** Waits until the thread is parked (blocked in a wait), which is how a test sees a blocking call block. */
  public static void awaitBlocked(Thread thread) {
    await(thread.getName() + " blocks", () -> {
      Thread.State state = thread.getState();
      return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    });
  }
}
