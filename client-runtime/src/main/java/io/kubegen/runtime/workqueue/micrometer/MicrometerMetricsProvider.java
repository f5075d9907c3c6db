package io.kubegen.runtime.workqueue.micrometer;

import io.kubegen.runtime.workqueue.MetricsProvider;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * Workqueue metrics in a Micrometer registry, under client-go's metric names once a Prometheus
 * registry renders them ({@code workqueue_depth}, {@code workqueue_adds_total},
 * {@code workqueue_queue_duration_seconds}, {@code workqueue_work_duration_seconds},
 * {@code workqueue_unfinished_work_seconds}, {@code workqueue_longest_running_processor_seconds},
 * {@code workqueue_retries_total}), each tagged {@code name=<queue name>}.
 *
 * <p>Micrometer is an optional dependency of client-runtime: add {@code micrometer-core} to use this.
 */
public final class MicrometerMetricsProvider implements MetricsProvider {
  private final MeterRegistry registry;

  public MicrometerMetricsProvider(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public MetricsProvider.Gauge newDepthMetric(String name) {
    AtomicLong depth = new AtomicLong();
    io.micrometer.core.instrument.Gauge.builder("workqueue.depth", depth, AtomicLong::get)
        .description("Current depth of the workqueue")
        .tags(tags(name))
        .register(registry);
    return new MetricsProvider.Gauge() {
      @Override
      public void inc() {
        depth.incrementAndGet();
      }

      @Override
      public void dec() {
        depth.decrementAndGet();
      }
    };
  }

  @Override
  public Counter newAddsMetric(String name) {
    return counter("workqueue.adds", "Total number of adds handled by the workqueue", name);
  }

  @Override
  public Histogram newLatencyMetric(String name) {
    return seconds("workqueue.queue.duration", "How long an item stays in the workqueue before being requested", name);
  }

  @Override
  public Histogram newWorkDurationMetric(String name) {
    return seconds("workqueue.work.duration", "How long processing an item from the workqueue takes", name);
  }

  @Override
  public void newUnfinishedWorkSecondsMetric(String name, DoubleSupplier seconds) {
    gauge("workqueue.unfinished.work", "Seconds of work in progress not yet observed by work duration", name, seconds);
  }

  @Override
  public void newLongestRunningProcessorSecondsMetric(String name, DoubleSupplier seconds) {
    gauge("workqueue.longest.running.processor", "Seconds the longest running processor has been running", name, seconds);
  }

  @Override
  public Counter newRetriesMetric(String name) {
    return counter("workqueue.retries", "Total number of retries handled by the workqueue", name);
  }

  private Counter counter(String metric, String description, String queue) {
    io.micrometer.core.instrument.Counter counter = io.micrometer.core.instrument.Counter.builder(metric)
        .description(description)
        .tags(tags(queue))
        .register(registry);
    return counter::increment;
  }

  private Histogram seconds(String metric, String description, String queue) {
    DistributionSummary summary = DistributionSummary.builder(metric)
        .description(description)
        .baseUnit("seconds")
        .tags(tags(queue))
        .register(registry);
    return summary::record;
  }

  private void gauge(String metric, String description, String queue, DoubleSupplier seconds) {
    io.micrometer.core.instrument.Gauge.builder(metric, seconds::getAsDouble)
        .description(description)
        .baseUnit("seconds")
        .tags(tags(queue))
        .register(registry);
  }

  private static Tags tags(String queue) {
    return Tags.of("name", queue);
  }
}
