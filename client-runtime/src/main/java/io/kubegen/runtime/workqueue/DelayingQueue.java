package io.kubegen.runtime.workqueue;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;

/**
 * A {@link WorkQueue} that can also add an item after a delay, as client-go's
 * {@code TypedDelayingInterface}. Delays are measured on the configured {@link Clock}.
 *
 * <p>Each delaying queue owns one daemon thread, started by {@link #create} or {@link #wrap}, that
 * waits for the earliest delayed item to become ready and adds it; there is no thread per item. The
 * thread ends when the queue is shut down ({@link #shutDown} waits for it), and delayed items that
 * are not yet ready are then dropped.
 */
public interface DelayingQueue<T> extends WorkQueue<T> {

  /** A delaying queue on the system clock, unnamed and without metrics; starts its waiting thread. */
  static <T> DelayingQueue<T> create() {
    return create(QueueConfig.defaults());
  }

  /** A delaying queue over a new {@link WorkQueue} built from {@code config}; starts its waiting thread. */
  static <T> DelayingQueue<T> create(QueueConfig<T> config) {
    return wrap(WorkQueue.create(config), config);
  }

  /**
   * A delaying queue in front of {@code queue}, which it adds ready items to and shuts down with
   * itself; {@code config} gives the clock and the metrics of retries. Starts the waiting thread.
   */
  static <T> DelayingQueue<T> wrap(WorkQueue<T> queue, QueueConfig<T> config) {
    return DefaultDelayingQueue.start(queue, config);
  }

  /**
   * Adds the item once {@code delay} has passed on the clock; a delay of zero or less adds it now.
   * If the item is already waiting, the earlier of the two ready times is kept. Ignored after
   * shutdown.
   */
  void addAfter(T item, Duration delay);
}
