package io.kubegen.benchmarks;

import io.kubegen.runtime.workqueue.RateLimitingQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Work-queue throughput, items per second: {@code producers} threads add {@value #ITEMS} distinct
 * keys to a fresh rate-limiting queue while {@code workers} threads get and mark each done (no work
 * in between, so this is the queue's own cost, with its lock contended). kubegen's
 * {@link RateLimitingQueue} against the official Java client's {@code DefaultRateLimitingQueue}
 * (io.kubernetes:client-java-extended), both with their default rate limiter and no metrics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
public class WorkQueueBenchmark {
  static final int ITEMS = 100_000;

  @Param({"kubegen", "official"})
  public String queue;

  @Param({"2"})
  public int producers;

  @Param({"1", "4"})
  public int workers;

  private String[] keys;
  private ExecutorService threads;

  /** The three calls a controller makes, over either queue. */
  interface Queue {
    void add(String key);

    /** The next key, or null once shut down and empty. */
    String get() throws InterruptedException;

    void done(String key);

    void shutDown();
  }

  @Setup
  public void setUp() {
    keys = new String[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      keys[i] = "namespace-" + (i % 50) + "/object-" + i;
    }
    threads = Executors.newFixedThreadPool(producers + workers);
  }

  @TearDown
  public void tearDown() {
    threads.shutdownNow();
  }

  Queue newQueue() {
    if (queue.equals("kubegen")) {
      RateLimitingQueue<String> q = RateLimitingQueue.create();
      return new Queue() {
        @Override
        public void add(String key) {
          q.add(key);
        }

        @Override
        public String get() throws InterruptedException {
          Optional<String> key = q.get();
          return key.orElse(null);
        }

        @Override
        public void done(String key) {
          q.done(key);
        }

        @Override
        public void shutDown() {
          q.shutDown();
        }
      };
    }
    ExecutorService delayer = Executors.newSingleThreadExecutor();
    io.kubernetes.client.extended.workqueue.RateLimitingQueue<String> q =
        new io.kubernetes.client.extended.workqueue.DefaultRateLimitingQueue<>(delayer);
    return new Queue() {
      @Override
      public void add(String key) {
        q.add(key);
      }

      @Override
      public String get() throws InterruptedException {
        return q.get();
      }

      @Override
      public void done(String key) {
        q.done(key);
      }

      @Override
      public void shutDown() {
        q.shutDown();
        delayer.shutdownNow();
      }
    };
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int addGetDone() throws Exception {
    Queue q = newQueue();
    AtomicInteger processed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      int from = p * ITEMS / producers;
      int to = (p + 1) * ITEMS / producers;
      running.add(threads.submit(() -> {
        start.await();
        for (int i = from; i < to; i++) {
          q.add(keys[i]);
        }
        return null;
      }));
    }
    for (int w = 0; w < workers; w++) {
      running.add(threads.submit(() -> {
        start.await();
        for (String key; (key = q.get()) != null; ) {
          q.done(key);
          if (processed.incrementAndGet() == ITEMS) {
            q.shutDown();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : running) {
      f.get(60, TimeUnit.SECONDS);
    }
    if (processed.get() != ITEMS) {
      throw new IllegalStateException("processed " + processed.get() + " of " + ITEMS);
    }
    return processed.get();
  }
}
