package io.kubegen.runtime.cache;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One handler of a shared informer with its own buffer and thread, as client-go's {@code
 * processorListener}: the informer {@link #add}s notifications without ever waiting for the
 * handler, and the listener's thread delivers them in order. The buffer is an {@link ArrayDeque},
 * a ring buffer that grows as needed, so a slow handler costs memory, never another handler's time.
 *
 * <p>Concurrency: {@link #add} is called by the informer's delta-processing thread (and by {@code
 * addEventHandler} for a late handler's initial adds); the handler runs only on this listener's
 * thread. Resync bookkeeping ({@link #shouldResync}, {@link #determineNextResync}) is called under
 * the {@link SharedProcessor}'s lock.
 */
final class ProcessorListener<T> implements ResourceEventHandlerRegistration {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessorListener.class);

  private final ResourceEventHandler<T> handler;
  private final String threadName;
  private final BooleanSupplier upstreamHasSynced;
  private final Duration requestedResyncPeriod;
  private final AtomicInteger pendingInitialAdds = new AtomicInteger();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  // Guarded by lock.
  private final ArrayDeque<Notification<T>> buffer = new ArrayDeque<>();
  private boolean stopped;
  private Thread thread;

  // Guarded by the SharedProcessor's lock.
  private Duration resyncPeriod;
  private long nextResyncNanos;

  ProcessorListener(ResourceEventHandler<T> handler, String threadName, BooleanSupplier upstreamHasSynced,
      Duration requestedResyncPeriod, Duration resyncPeriod, long nowNanos) {
    this.handler = handler;
    this.threadName = threadName;
    this.upstreamHasSynced = upstreamHasSynced;
    this.requestedResyncPeriod = requestedResyncPeriod;
    this.resyncPeriod = resyncPeriod;
    determineNextResync(nowNanos);
  }

  /** Buffers a notification for the handler; never blocks on the handler. */
  void add(Notification<T> notification) {
    if (notification.isInitialAdd()) {
      pendingInitialAdds.incrementAndGet();
    }
    lock.lock();
    try {
      if (stopped) {
        if (notification.isInitialAdd()) {
          pendingInitialAdds.decrementAndGet();
        }
        return;
      }
      buffer.addLast(notification);
      notEmpty.signal();
    } finally {
      lock.unlock();
    }
  }

  /** Starts the delivery thread; a no-op once started or stopped. */
  void start() {
    lock.lock();
    try {
      if (thread != null || stopped) {
        return;
      }
      thread = new Thread(this::run, threadName);
      thread.setDaemon(true);
      thread.start();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops delivery: notifications still buffered are dropped; the one being handled finishes.
   *
   * @param interrupt whether to interrupt the handler too (the informer stopping), or let it finish
   *     (the handler being removed)
   * @return the delivery thread, if one was started
   */
  Thread stop(boolean interrupt) {
    lock.lock();
    try {
      stopped = true;
      buffer.clear();
      notEmpty.signalAll();
      if (interrupt && thread != null && thread != Thread.currentThread()) {
        thread.interrupt();
      }
      return thread;
    } finally {
      lock.unlock();
    }
  }

  boolean isThread(Thread t) {
    lock.lock();
    try {
      return thread == t;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean hasSynced() {
    return upstreamHasSynced.getAsBoolean() && pendingInitialAdds.get() == 0;
  }

  Duration requestedResyncPeriod() {
    return requestedResyncPeriod;
  }

  void setResyncPeriod(Duration resyncPeriod) {
    this.resyncPeriod = resyncPeriod;
  }

  /** Whether this listener's resync is due at {@code nowNanos}. */
  boolean shouldResync(long nowNanos) {
    return !resyncPeriod.isZero() && nowNanos - nextResyncNanos >= 0;
  }

  void determineNextResync(long nowNanos) {
    nextResyncNanos = nowNanos + resyncPeriod.toNanos();
  }

  private void run() {
    while (true) {
      Notification<T> next;
      lock.lock();
      try {
        while (buffer.isEmpty() && !stopped) {
          try {
            notEmpty.await();
          } catch (InterruptedException e) {
            // Only stop interrupts us, and it sets stopped first.
          }
        }
        if (stopped) {
          return;
        }
        next = buffer.pollFirst();
        // Clear an interrupt a handler left behind, so it cannot hit the next call. Done under the
        // lock, as stop() interrupts under it: an interrupt from stop() is never cleared here.
        Thread.interrupted();
      } finally {
        lock.unlock();
      }
      try {
        next.deliverTo(handler);
      } catch (RuntimeException e) {
        LOG.error("{}: event handler {} failed on {}", threadName, handler, next.kind(), e);
      } finally {
        if (next.isInitialAdd()) {
          pendingInitialAdds.decrementAndGet();
        }
      }
    }
  }

  @Override
  public String toString() {
    return "ResourceEventHandlerRegistration{" + threadName + "}";
  }
}
