package io.kubegen.runtime.workqueue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link WorkQueue#create}: client-go's {@code workqueue.Typed}, a FIFO with a dirty set and a
 * processing set.
 *
 * <p>Invariants, all guarded by {@code lock}: every queued item is dirty; an item is never both
 * queued and processing; a dirty item that is processing is queued again by {@link #done}.
 */
final class BasicWorkQueue<T> implements WorkQueue<T> {
  private final String name;
  private final QueueMetrics<T> metrics;

  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled when an item is queued, and on shutdown. */
  private final Condition itemQueued = lock.newCondition();
  /** Signalled when the processing set becomes empty, and on shutdown. */
  private final Condition processingDrained = lock.newCondition();

  /** Items to hand out, in order. */
  private final ArrayDeque<T> queue = new ArrayDeque<>();
  /** Items that need processing: those queued plus those re-added while processing. */
  private final Set<T> dirty = new HashSet<>();
  /** Items handed out by get and not yet done. */
  private final Set<T> processing = new HashSet<>();
  private boolean shuttingDown;
  private boolean drain;

  BasicWorkQueue(QueueConfig<T> config) {
    this.name = config.name();
    this.metrics = QueueMetrics.create(config.name(), config.metricsProvider(), config.clock());
  }

  @Override
  public void add(T item) {
    Objects.requireNonNull(item, "item");
    lock.lock();
    try {
      if (shuttingDown || dirty.contains(item)) {
        return;
      }
      metrics.add(item);
      dirty.add(item);
      if (processing.contains(item)) {
        return; // queued again by done()
      }
      queue.addLast(item);
      itemQueued.signal();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<T> get() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (queue.isEmpty() && !shuttingDown) {
        itemQueued.await();
      }
      T item = queue.pollFirst();
      if (item == null) {
        return Optional.empty(); // shutting down and nothing left
      }
      metrics.get(item);
      processing.add(item);
      dirty.remove(item);
      return Optional.of(item);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void done(T item) {
    Objects.requireNonNull(item, "item");
    lock.lock();
    try {
      if (!processing.remove(item)) {
        return; // not handed out: queuing it again would duplicate it
      }
      metrics.done(item);
      if (dirty.contains(item)) {
        queue.addLast(item);
        itemQueued.signal();
      }
      if (processing.isEmpty()) {
        processingDrained.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int len() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void shutDown() {
    lock.lock();
    try {
      drain = false;
      shuttingDown = true;
      itemQueued.signalAll();
      processingDrained.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void shutDownWithDrain() throws InterruptedException {
    lock.lock();
    try {
      drain = true;
      shuttingDown = true;
      itemQueued.signalAll();
      while (drain && !processing.isEmpty()) {
        processingDrained.await();
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean shuttingDown() {
    lock.lock();
    try {
      return shuttingDown;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "WorkQueue{name=" + name + ", len=" + len() + "}";
  }
}
