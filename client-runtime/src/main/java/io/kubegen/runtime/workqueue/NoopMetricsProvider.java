package io.kubegen.runtime.workqueue;

import java.util.function.DoubleSupplier;

/** {@link MetricsProvider#noop()}. */
final class NoopMetricsProvider implements MetricsProvider {
  static final NoopMetricsProvider INSTANCE = new NoopMetricsProvider();

  private static final Gauge GAUGE = new Gauge() {
    @Override
    public void inc() {}

    @Override
    public void dec() {}
  };
  private static final Counter COUNTER = () -> {};
  private static final Histogram HISTOGRAM = seconds -> {};

  private NoopMetricsProvider() {}

  @Override
  public Gauge newDepthMetric(String name) {
    return GAUGE;
  }

  @Override
  public Counter newAddsMetric(String name) {
    return COUNTER;
  }

  @Override
  public Histogram newLatencyMetric(String name) {
    return HISTOGRAM;
  }

  @Override
  public Histogram newWorkDurationMetric(String name) {
    return HISTOGRAM;
  }

  @Override
  public void newUnfinishedWorkSecondsMetric(String name, DoubleSupplier seconds) {}

  @Override
  public void newLongestRunningProcessorSecondsMetric(String name, DoubleSupplier seconds) {}

  @Override
  public Counter newRetriesMetric(String name) {
    return COUNTER;
  }

  @Override
  public String toString() {
    return "MetricsProvider.noop()";
  }
}
