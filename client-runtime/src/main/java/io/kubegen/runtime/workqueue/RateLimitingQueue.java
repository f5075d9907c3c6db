package io.kubegen.runtime.workqueue;

/**
 * A {@link DelayingQueue} that asks a {@link RateLimiter} how long an item waits before it is
 * retried, as client-go's {@code TypedRateLimitingInterface}. A controller calls
 * {@link #addRateLimited} when processing an item failed and {@link #forget} when it succeeded.
 *
 * <p>It owns the waiting thread of its delaying queue (see {@link DelayingQueue}).
 */
public interface RateLimitingQueue<T> extends DelayingQueue<T> {

  /** A rate-limiting queue with the default controller rate limiter on the system clock; starts its waiting thread. */
  static <T> RateLimitingQueue<T> create() {
    return create(QueueConfig.defaults());
  }

  /**
   * A rate-limiting queue over a new delaying queue built from {@code config}, limited by its rate
   * limiter (the default controller rate limiter on its clock when it has none). Starts the waiting
   * thread.
   */
  static <T> RateLimitingQueue<T> create(QueueConfig<T> config) {
    return wrap(DelayingQueue.create(config), config.rateLimiterOrDefault());
  }

  /** A rate-limiting queue in front of {@code queue}, which it shuts down with itself. */
  static <T> RateLimitingQueue<T> wrap(DelayingQueue<T> queue, RateLimiter<T> rateLimiter) {
    return new DefaultRateLimitingQueue<>(queue, rateLimiter);
  }

  /** Adds the item after the delay the rate limiter gives it now. */
  void addRateLimited(T item);

  /** Tells the rate limiter to stop tracking the item; it does not remove the item from the queue. */
  void forget(T item);

  /** How many times the item has been rate limited since it was last forgotten. */
  int numRequeues(T item);
}
