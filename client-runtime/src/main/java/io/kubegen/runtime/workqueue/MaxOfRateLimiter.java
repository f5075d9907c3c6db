package io.kubegen.runtime.workqueue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * As client-go's {@code TypedMaxOfRateLimiter}: asks every limiter and waits the longest; the
 * requeue count is the largest; forgetting forgets in all. Thread-safe if its limiters are.
 */
public final class MaxOfRateLimiter<T> implements RateLimiter<T> {
  private final List<RateLimiter<T>> limiters;

  @SafeVarargs
  public MaxOfRateLimiter(RateLimiter<T>... limiters) {
    List<RateLimiter<T>> list = new ArrayList<>(limiters.length);
    for (RateLimiter<T> limiter : limiters) {
      list.add(limiter);
    }
    this.limiters = checked(list);
  }

  public MaxOfRateLimiter(List<RateLimiter<T>> limiters) {
    this.limiters = checked(limiters);
  }

  private static <T> List<RateLimiter<T>> checked(List<RateLimiter<T>> limiters) {
    List<RateLimiter<T>> copy = List.copyOf(limiters); // rejects nulls
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("MaxOfRateLimiter needs at least one limiter");
    }
    return copy;
  }

  @Override
  public Duration when(T item) {
    Duration longest = Duration.ZERO;
    for (RateLimiter<T> limiter : limiters) {
      Duration d = Objects.requireNonNull(limiter.when(item), () -> limiter + " returned a null delay");
      if (d.compareTo(longest) > 0) {
        longest = d;
      }
    }
    return longest;
  }

  @Override
  public void forget(T item) {
    for (RateLimiter<T> limiter : limiters) {
      limiter.forget(item);
    }
  }

  @Override
  public int numRequeues(T item) {
    int max = 0;
    for (RateLimiter<T> limiter : limiters) {
      max = Math.max(max, limiter.numRequeues(item));
    }
    return max;
  }

  @Override
  public String toString() {
    return "MaxOfRateLimiter" + limiters;
  }
}
