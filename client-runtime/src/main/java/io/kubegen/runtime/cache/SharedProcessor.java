package io.kubegen.runtime.cache;

import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The handlers of one informer, as client-go's {@code sharedProcessor}: fans notifications out to
 * every listener, or, for resync notifications, only to those whose resync is due.
 *
 * <p>Concurrency: a read-write lock guards the listener set and which listeners are syncing;
 * {@link #distribute} takes the read lock and only appends to buffers, so it never waits on a
 * handler.
 */
final class SharedProcessor<T> {
  private final Clock clock;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  // Guarded by lock: listener → whether it is syncing in the current resync round.
  private final Map<ProcessorListener<T>, Boolean> listeners = new LinkedHashMap<>();
  private boolean started;

  SharedProcessor(Clock clock) {
    this.clock = clock;
  }

  void addListener(ProcessorListener<T> listener) {
    lock.writeLock().lock();
    try {
      listeners.put(listener, false);
      if (started) {
        listener.start();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes and stops a listener, letting its current call finish; false if it is not ours. */
  boolean removeListener(ProcessorListener<?> listener) {
    lock.writeLock().lock();
    try {
      if (listeners.remove(listener) == null) {
        return false;
      }
      listener.stop(false);
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  void distribute(Notification<T> notification, boolean sync) {
    lock.readLock().lock();
    try {
      for (Map.Entry<ProcessorListener<T>, Boolean> e : listeners.entrySet()) {
        if (!sync || e.getValue()) {
          e.getKey().add(notification);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  void start() {
    lock.writeLock().lock();
    try {
      started = true;
      listeners.keySet().forEach(ProcessorListener::start);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Stops every listener, interrupting handlers, and waits for their threads (except the caller's). */
  void stop() {
    List<Thread> threads = new ArrayList<>();
    lock.writeLock().lock();
    try {
      started = false;
      for (ProcessorListener<T> listener : listeners.keySet()) {
        Thread t = listener.stop(true);
        if (t != null) {
          threads.add(t);
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
    boolean interrupted = false;
    for (Thread t : threads) {
      while (t != Thread.currentThread() && t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  boolean isListenerThread(Thread thread) {
    lock.readLock().lock();
    try {
      for (ProcessorListener<T> listener : listeners.keySet()) {
        if (listener.isThread(thread)) {
          return true;
        }
      }
      return false;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Marks which listeners are due for a resync now; true if any is. */
  boolean shouldResync() {
    lock.writeLock().lock();
    try {
      boolean any = false;
      long now = clock.nanoTime();
      for (Map.Entry<ProcessorListener<T>, Boolean> e : listeners.entrySet()) {
        ProcessorListener<T> listener = e.getKey();
        boolean due = listener.shouldResync(now);
        e.setValue(due);
        if (due) {
          any = true;
          listener.determineNextResync(now);
        }
      }
      return any;
    } finally {
      lock.writeLock().unlock();
    }
  }

  void resyncCheckPeriodChanged(Duration checkPeriod) {
    lock.writeLock().lock();
    try {
      for (ProcessorListener<T> listener : listeners.keySet()) {
        listener.setResyncPeriod(DefaultSharedIndexInformer.determineResyncPeriod(listener.requestedResyncPeriod(), checkPeriod));
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
