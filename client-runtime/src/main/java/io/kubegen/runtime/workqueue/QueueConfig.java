package io.kubegen.runtime.workqueue;

import io.kubegen.runtime.clock.Clock;
import java.util.Objects;

/**
 * How a queue is built, as client-go's {@code TypedQueueConfig} / {@code TypedRateLimitingQueueConfig}.
 *
 * @param name the queue's name, reported in metrics; empty for an unnamed queue, which reports no
 *     metrics (as in client-go)
 * @param clock the clock delays and metrics are measured on
 * @param metricsProvider where a named queue's metrics go
 * @param rateLimiter the rate limiter of a {@link RateLimitingQueue}; null there means
 *     {@link RateLimiter#defaultControllerRateLimiter(Clock)} on {@code clock}. Other queues ignore it.
 * @param <T> the item type; items must have value-based {@code equals} and {@code hashCode}
 */
public record QueueConfig<T>(String name, Clock clock, MetricsProvider metricsProvider, RateLimiter<T> rateLimiter) {

  public QueueConfig {
    name = name == null ? "" : name;
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(metricsProvider, "metricsProvider");
  }

  /** An unnamed queue on the system clock, without metrics and with the default rate limiter. */
  public static <T> QueueConfig<T> defaults() {
    return new QueueConfig<>("", Clock.system(), MetricsProvider.noop(), null);
  }

  /** The defaults with a name. */
  public static <T> QueueConfig<T> named(String name) {
    return QueueConfig.<T>defaults().withName(name);
  }

  public QueueConfig<T> withName(String name) {
    return new QueueConfig<>(name, clock, metricsProvider, rateLimiter);
  }

  public QueueConfig<T> withClock(Clock clock) {
    return new QueueConfig<>(name, clock, metricsProvider, rateLimiter);
  }

  public QueueConfig<T> withMetricsProvider(MetricsProvider metricsProvider) {
    return new QueueConfig<>(name, clock, metricsProvider, rateLimiter);
  }

  public QueueConfig<T> withRateLimiter(RateLimiter<T> rateLimiter) {
    return new QueueConfig<>(name, clock, metricsProvider, rateLimiter);
  }

  /** The configured rate limiter, or the default controller rate limiter on this config's clock. */
  RateLimiter<T> rateLimiterOrDefault() {
    return rateLimiter != null ? rateLimiter : RateLimiter.defaultControllerRateLimiter(clock);
  }
}
