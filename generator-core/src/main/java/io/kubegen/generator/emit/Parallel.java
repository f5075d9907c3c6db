package io.kubegen.generator.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a list on as many threads as there are processors, keeping its order, and rethrows a
 * failure as it was thrown (a parallel stream would rethrow a copy whose message starts with the
 * exception's class name). Not the common pool: on two cores that has a single worker.
 */
final class Parallel {
  private Parallel() {}

  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      List<R> results = new ArrayList<>(items.size());
      items.forEach(item -> results.add(fn.apply(item)));
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kubegen-generate");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> fn.apply(item)));
      }
      List<R> results = new ArrayList<>(items.size());
      for (Future<R> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
