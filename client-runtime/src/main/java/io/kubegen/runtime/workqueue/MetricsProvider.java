package io.kubegen.runtime.workqueue;

import java.util.function.DoubleSupplier;

/**
 * Where a named queue's metrics go, as client-go's {@code workqueue.MetricsProvider}. Each method is
 * called once per named queue, when the queue is created, with the queue's name; unnamed queues
 * report nothing. The client-go metric names a binding would use are given on each method.
 *
 * <p>Instruments are called from the threads that use the queue, often while the queue holds its
 * lock: they must be thread-safe and must not block or call back into the queue.
 *
 * <p>Unlike client-go, the two "unfinished work" gauges are read on demand through a supplier
 * instead of being set every 500 ms by a goroutine, so a queue never needs a metrics thread.
 */
public interface MetricsProvider {

  /** {@code workqueue_depth}: items waiting in the queue. */
  Gauge newDepthMetric(String name);

  /** {@code workqueue_adds_total}: items accepted by {@code add}. */
  Counter newAddsMetric(String name);

  /** {@code workqueue_queue_duration_seconds}: time from being added to being taken by {@code get}. */
  Histogram newLatencyMetric(String name);

  /** {@code workqueue_work_duration_seconds}: time from {@code get} to {@code done}. */
  Histogram newWorkDurationMetric(String name);

  /**
   * {@code workqueue_unfinished_work_seconds}: the summed age of the items being processed, in
   * seconds. The supplier is thread-safe and cheap; read it whenever the metric is collected.
   */
  void newUnfinishedWorkSecondsMetric(String name, DoubleSupplier seconds);

  /**
   * {@code workqueue_longest_running_processor_seconds}: the age of the oldest item being processed,
   * in seconds. The supplier is thread-safe and cheap; read it whenever the metric is collected.
   */
  void newLongestRunningProcessorSecondsMetric(String name, DoubleSupplier seconds);

  /** {@code workqueue_retries_total}: calls to {@code addAfter} (and so {@code addRateLimited}). */
  Counter newRetriesMetric(String name);

  /** A provider that records nothing: the default. */
  static MetricsProvider noop() {
    return NoopMetricsProvider.INSTANCE;
  }

  /** A value that goes up and down. */
  interface Gauge {
    void inc();

    void dec();
  }

  /** A value that only goes up. */
  interface Counter {
    void inc();
  }

  /** A distribution of observations, in seconds. */
  interface Histogram {
    void observe(double seconds);
  }
}
