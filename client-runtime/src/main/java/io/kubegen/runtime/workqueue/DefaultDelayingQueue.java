package io.kubegen.runtime.workqueue;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DelayingQueue#wrap}: client-go's {@code delayingType}. Delayed items wait in a heap ordered
 * by ready time (then by arrival); one thread sleeps on the clock until the head is ready and moves
 * every ready item into the wrapped queue.
 *
 * <p>Locking: {@code lock} guards the heap, the index and {@code stopped}. The waiting thread adds
 * to the wrapped queue while holding {@code lock}; the wrapped queue never calls back, so the lock
 * order is always this queue, then the wrapped one.
 */
final class DefaultDelayingQueue<T> implements DelayingQueue<T> {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultDelayingQueue.class);

  private final WorkQueue<T> queue;
  private final Clock clock;
  private final MetricsProvider.Counter retries;
  private final Thread thread;

  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled when the earliest ready time moves earlier, and on stop. */
  private final Condition headChanged = lock.newCondition();
  private final PriorityQueue<Waiting<T>> waiting =
      new PriorityQueue<>(Comparator.<Waiting<T>>comparingLong(w -> w.readyAt).thenComparingLong(w -> w.sequence));
  /** The heap entry of each waiting item, so that a second addAfter updates it instead of adding one. */
  private final Map<T, Waiting<T>> entries = new HashMap<>();
  private long nextSequence;
  private boolean stopped;

  private DefaultDelayingQueue(WorkQueue<T> queue, QueueConfig<T> config) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = config.clock();
    this.retries = config.name().isEmpty()
        ? MetricsProvider.noop().newRetriesMetric("")
        : config.metricsProvider().newRetriesMetric(config.name());
    String threadName = config.name().isEmpty() ? "kubegen-delaying-queue" : "kubegen-delaying-queue-" + config.name();
    this.thread = new Thread(this::waitingLoop, threadName);
    this.thread.setDaemon(true);
  }

  /** Builds the queue and starts its waiting thread. */
  static <T> DefaultDelayingQueue<T> start(WorkQueue<T> queue, QueueConfig<T> config) {
    DefaultDelayingQueue<T> delaying = new DefaultDelayingQueue<>(queue, config);
    delaying.thread.start();
    return delaying;
  }

  @Override
  public void addAfter(T item, Duration delay) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(delay, "delay");
    if (queue.shuttingDown()) {
      return;
    }
    retries.inc();
    if (delay.isZero() || delay.isNegative()) {
      queue.add(item);
      return;
    }
    lock.lock();
    try {
      if (stopped) {
        return;
      }
      long readyAt = Clock.deadline(clock.nanoTime(), delay);
      Waiting<T> entry = entries.get(item);
      if (entry != null) {
        if (readyAt >= entry.readyAt) {
          return; // the earlier ready time wins
        }
        waiting.remove(entry);
        entry.readyAt = readyAt;
      } else {
        entry = new Waiting<>(item, readyAt, nextSequence++);
        entries.put(item, entry);
      }
      waiting.add(entry);
      if (waiting.peek() == entry) {
        headChanged.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  private void waitingLoop() {
    lock.lock();
    try {
      while (!stopped) {
        Waiting<T> head = waiting.peek();
        if (head != null && head.readyAt <= clock.nanoTime()) {
          waiting.poll();
          entries.remove(head.item);
          addReady(head.item);
          continue;
        }
        clock.awaitUntil(lock, headChanged, head == null ? Clock.NO_DEADLINE : head.readyAt);
      }
    } catch (InterruptedException e) {
      // Only shutDown() is meant to stop this thread; an interrupt from elsewhere stops it too, loudly.
      LOG.warn("{} interrupted: delayed items will no longer be added", thread.getName());
      stopped = true;
      waiting.clear();
      entries.clear();
    } finally {
      lock.unlock();
    }
  }

  private void addReady(T item) {
    try {
      queue.add(item);
    } catch (RuntimeException e) {
      LOG.error("{}: adding a ready item failed", thread.getName(), e); // a metrics instrument threw
    }
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
    stopWaiting();
    queue.shutDown();
    awaitWaitingThread();
  }

  @Override
  public void shutDownWithDrain() throws InterruptedException {
    stopWaiting();
    awaitWaitingThread();
    queue.shutDownWithDrain();
  }

  @Override
  public boolean shuttingDown() {
    return queue.shuttingDown();
  }

  /** The waiting thread, for tests. */
  Thread waitingThread() {
    return thread;
  }

  /** The number of items waiting for their ready time, for tests. */
  int waitingCount() {
    lock.lock();
    try {
      return waiting.size();
    } finally {
      lock.unlock();
    }
  }

  private void stopWaiting() {
    lock.lock();
    try {
      stopped = true;
      waiting.clear();
      entries.clear();
      headChanged.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits for the waiting thread to end, which it does promptly once stopped; keeps an interrupt for the caller. */
  private void awaitWaitingThread() {
    if (Thread.currentThread() == thread) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "DelayingQueue{" + queue + ", waiting=" + waitingCount() + "}";
  }

  /** A delayed item; {@code readyAt} is changed only while the entry is out of the heap. */
  private static final class Waiting<T> {
    final T item;
    final long sequence;
    long readyAt;

    Waiting(T item, long readyAt, long sequence) {
      this.item = item;
      this.readyAt = readyAt;
      this.sequence = sequence;
    }
  }
}
