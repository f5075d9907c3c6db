package io.kubegen.runtime.workqueue;

import io.kubegen.runtime.clock.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A queue's metrics, as client-go's {@code defaultQueueMetrics}: depth, adds, queue latency, work
 * duration and the two unfinished-work gauges. Thread-safe: it guards its own maps, so the gauges
 * can be read by a metrics scrape without the queue's lock. Unnamed queues get {@link #disabled()},
 * which keeps no state.
 */
final class QueueMetrics<T> {
  private static final QueueMetrics<Object> DISABLED = new QueueMetrics<>(null, null, null, false);

  private final Clock clock;
  private final MetricsProvider.Gauge depth;
  private final MetricsProvider.Counter adds;
  private final MetricsProvider.Histogram latency;
  private final MetricsProvider.Histogram workDuration;
  private final boolean enabled;
  /** When each queued item was first added; guarded by this. */
  private final Map<T, Long> addTimes = new HashMap<>();
  /** When each item being processed was taken; guarded by this. */
  private final Map<T, Long> processingStartTimes = new HashMap<>();

  private QueueMetrics(String name, MetricsProvider provider, Clock clock, boolean enabled) {
    this.clock = clock;
    this.enabled = enabled;
    this.depth = enabled ? provider.newDepthMetric(name) : null;
    this.adds = enabled ? provider.newAddsMetric(name) : null;
    this.latency = enabled ? provider.newLatencyMetric(name) : null;
    this.workDuration = enabled ? provider.newWorkDurationMetric(name) : null;
  }

  /** Metrics for the queue {@code name}; disabled when the name is empty, as in client-go. */
  static <T> QueueMetrics<T> create(String name, MetricsProvider provider, Clock clock) {
    if (name.isEmpty() || provider == MetricsProvider.noop()) {
      return disabled();
    }
    QueueMetrics<T> metrics = new QueueMetrics<>(name, provider, clock, true);
    provider.newUnfinishedWorkSecondsMetric(name, metrics::unfinishedWorkSeconds);
    provider.newLongestRunningProcessorSecondsMetric(name, metrics::longestRunningProcessorSeconds);
    return metrics;
  }

  @SuppressWarnings("unchecked")
  static <T> QueueMetrics<T> disabled() {
    return (QueueMetrics<T>) DISABLED;
  }

  /** An item became dirty (was accepted by add). */
  void add(T item) {
    if (!enabled) {
      return;
    }
    synchronized (this) {
      adds.inc();
      depth.inc();
      addTimes.putIfAbsent(item, clock.nanoTime());
    }
  }

  /** An item was taken by get. */
  void get(T item) {
    if (!enabled) {
      return;
    }
    synchronized (this) {
      long now = clock.nanoTime();
      depth.dec();
      processingStartTimes.put(item, now);
      Long added = addTimes.remove(item);
      if (added != null) {
        latency.observe(seconds(now - added));
      }
    }
  }

  /** An item being processed was marked done. */
  void done(T item) {
    if (!enabled) {
      return;
    }
    synchronized (this) {
      Long started = processingStartTimes.remove(item);
      if (started != null) {
        workDuration.observe(seconds(clock.nanoTime() - started));
      }
    }
  }

  synchronized double unfinishedWorkSeconds() {
    long now = clock.nanoTime();
    double total = 0;
    for (long started : processingStartTimes.values()) {
      total += seconds(now - started);
    }
    return total;
  }

  synchronized double longestRunningProcessorSeconds() {
    long now = clock.nanoTime();
    double oldest = 0;
    for (long started : processingStartTimes.values()) {
      oldest = Math.max(oldest, seconds(now - started));
    }
    return oldest;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
