package io.kubegen.runtime.workqueue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/** A {@link MetricsProvider} that keeps every value in memory, keyed by {@code metric/queue}. */
final class RecordingMetricsProvider implements MetricsProvider {
  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
  private final Map<String, List<Double>> observations = new ConcurrentHashMap<>();
  private final Map<String, DoubleSupplier> suppliers = new ConcurrentHashMap<>();
  /** Every metric created, in order. */
  final List<String> created = Collections.synchronizedList(new ArrayList<>());

  long gauge(String metric, String queue) {
    return values.getOrDefault(metric + "/" + queue, new AtomicLong()).get();
  }

  long counter(String metric, String queue) {
    return gauge(metric, queue);
  }

  List<Double> histogram(String metric, String queue) {
    return List.copyOf(observations.getOrDefault(metric + "/" + queue, List.of()));
  }

  double supplied(String metric, String queue) {
    return suppliers.get(metric + "/" + queue).getAsDouble();
  }

  private AtomicLong value(String metric, String queue) {
    created.add(metric + "/" + queue);
    return values.computeIfAbsent(metric + "/" + queue, k -> new AtomicLong());
  }

  private Gauge newGauge(String metric, String queue) {
    AtomicLong v = value(metric, queue);
    return new Gauge() {
      @Override
      public void inc() {
        v.incrementAndGet();
      }

      @Override
      public void dec() {
        v.decrementAndGet();
      }
    };
  }

  private Counter newCounter(String metric, String queue) {
    AtomicLong v = value(metric, queue);
    return v::incrementAndGet;
  }

  private Histogram newHistogram(String metric, String queue) {
    created.add(metric + "/" + queue);
    List<Double> list = observations.computeIfAbsent(metric + "/" + queue, k -> Collections.synchronizedList(new ArrayList<>()));
    return list::add;
  }

  private void newSupplied(String metric, String queue, DoubleSupplier supplier) {
    created.add(metric + "/" + queue);
    suppliers.put(metric + "/" + queue, supplier);
  }

  @Override
  public Gauge newDepthMetric(String name) {
    return newGauge("depth", name);
  }

  @Override
  public Counter newAddsMetric(String name) {
    return newCounter("adds", name);
  }

  @Override
  public Histogram newLatencyMetric(String name) {
    return newHistogram("queue_duration", name);
  }

  @Override
  public Histogram newWorkDurationMetric(String name) {
    return newHistogram("work_duration", name);
  }

  @Override
  public void newUnfinishedWorkSecondsMetric(String name, DoubleSupplier seconds) {
    newSupplied("unfinished_work", name, seconds);
  }

  @Override
  public void newLongestRunningProcessorSecondsMetric(String name, DoubleSupplier seconds) {
    newSupplied("longest_running", name, seconds);
  }

  @Override
  public Counter newRetriesMetric(String name) {
    return newCounter("retries", name);
  }
}
