package io.kubegen.runtime.workqueue;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** {@link RateLimitingQueue#wrap}: client-go's {@code rateLimitingType}. Thread-safe. */
final class DefaultRateLimitingQueue<T> implements RateLimitingQueue<T> {
  private final DelayingQueue<T> queue;
  private final RateLimiter<T> rateLimiter;

  DefaultRateLimitingQueue(DelayingQueue<T> queue, RateLimiter<T> rateLimiter) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
  }

  @Override
  public void addRateLimited(T item) {
    Objects.requireNonNull(item, "item");
    queue.addAfter(item, rateLimiter.when(item));
  }

  @Override
  public void forget(T item) {
    rateLimiter.forget(item);
  }

  @Override
  public int numRequeues(T item) {
    return rateLimiter.numRequeues(item);
  }

  @Override
  public void addAfter(T item, Duration delay) {
    queue.addAfter(item, delay);
  }

  @Override
  public void add(T item) {
    queue.add(item);
  }

  @Override
  public Optional<T> get() throws InterruptedException {
    return queue.get();
  }

  @Override
  public void done(T item) {
    queue.done(item);
  }

  @Override
  public int len() {
    return queue.len();
  }

  @Override
  public void shutDown() {
    queue.shutDown();
  }

  @Override
  public void shutDownWithDrain() throws InterruptedException {
    queue.shutDownWithDrain();
  }

  @Override
  public boolean shuttingDown() {
    return queue.shuttingDown();
  }

  @Override
  public String toString() {
    return "RateLimitingQueue{" + queue + ", " + rateLimiter + "}";
  }
}
