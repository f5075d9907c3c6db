package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SharedIndexInformer}: a {@link Reflector} feeding a {@link DeltaFIFO} whose known
 * objects are the cache, a controller loop popping deltas into the cache and the {@link
 * SharedProcessor}, as client-go's {@code sharedIndexInformer}.
 *
 * <p>Threads: the thread calling {@link #run} pops and processes deltas; {@code <name>-reflector}
 * lists and watches (with {@code <name>-resync} when resyncs are due); one thread per handler.
 *
 * <p>Locks, always taken in this order: {@code lifecycle} (start/stop/configuration), the queue's
 * lock (held while a popped key is processed), {@code blockDeltas} (processing versus adding a
 * late handler, so that it sees each object exactly once), then the processor's and listeners'.
 */
final class DefaultSharedIndexInformer<T extends KubernetesObject> implements SharedIndexInformer<T> {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultSharedIndexInformer.class);

  private final Class<T> type;
  private final String name;
  private final ListerWatcher<T, ?> listerWatcher;
  private final Clock clock;
  private final Indexer<T> indexer;
  private final SharedProcessor<T> processor;
  private final Duration defaultResyncPeriod;
  private final AtomicInteger handlerCount = new AtomicInteger();
  private final CountDownLatch terminated = new CountDownLatch(1);

  private final ReentrantLock lifecycle = new ReentrantLock();
  private final ReentrantLock blockDeltas = new ReentrantLock();
  // Guarded by lifecycle.
  private Duration resyncCheckPeriod;
  private UnaryOperator<T> transform;
  private WatchErrorHandler watchErrorHandler = Reflector.DEFAULT_WATCH_ERROR_HANDLER;
  private boolean started;
  private DeltaFIFO<T> fifo;
  private Reflector<T, ?> reflector;
  private Thread runThread;
  private Thread reflectorThread;
  private Thread controllerThread;
  private volatile boolean stopped;

  DefaultSharedIndexInformer(SharedIndexInformer.Builder<T> b) {
    this.type = b.type;
    this.name = b.name;
    this.listerWatcher = b.listerWatcher;
    this.clock = b.clock;
    this.indexer = Stores.newIndexer(KeyFunctions::metaNamespaceKey, b.indexers);
    this.processor = new SharedProcessor<>(clock);
    this.defaultResyncPeriod = b.resyncPeriod;
    this.resyncCheckPeriod = b.resyncPeriod;
  }

  /** A handler's effective period given the informer's check period, as client-go decides it. */
  static Duration determineResyncPeriod(Duration desired, Duration checkPeriod) {
    if (desired.isZero()) {
      return desired;
    }
    if (checkPeriod.isZero()) {
      LOG.warn("resync period {} is ignored: this informer does not resync", desired);
      return Duration.ZERO;
    }
    if (desired.compareTo(checkPeriod) < 0) {
      LOG.warn("resync period {} is shorter than the informer's resync check period {}; using the latter",
          desired, checkPeriod);
      return checkPeriod;
    }
    return desired;
  }

  @Override
  public ResourceEventHandlerRegistration addEventHandler(ResourceEventHandler<T> handler) {
    return addEventHandler(handler, defaultResyncPeriod);
  }

  @Override
  public ResourceEventHandlerRegistration addEventHandler(ResourceEventHandler<T> handler, Duration resyncPeriod) {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(resyncPeriod, "resyncPeriod");
    if (resyncPeriod.isNegative()) {
      throw new IllegalArgumentException("resyncPeriod must not be negative: " + resyncPeriod);
    }
    lifecycle.lock();
    try {
      if (stopped) {
        throw new IllegalStateException("informer " + name + " has been stopped; handler " + handler + " not added");
      }
      Duration period = resyncPeriod;
      if (!period.isZero()) {
        if (period.compareTo(MINIMUM_RESYNC_PERIOD) < 0) {
          LOG.warn("{}: resync period {} is too short; using {}", name, period, MINIMUM_RESYNC_PERIOD);
          period = MINIMUM_RESYNC_PERIOD;
        }
        if (resyncCheckPeriod.isZero() || period.compareTo(resyncCheckPeriod) < 0) {
          if (started) {
            LOG.warn("{}: resync period {} is shorter than the running informer's check period {}; using the latter",
                name, period, resyncCheckPeriod);
            period = resyncCheckPeriod;
          } else {
            resyncCheckPeriod = period;
            processor.resyncCheckPeriodChanged(period);
          }
        }
      }
      ProcessorListener<T> listener = new ProcessorListener<>(handler,
          THREAD_NAME_PREFIX + name + "-handler-" + handlerCount.incrementAndGet(), this::hasSynced,
          period, determineResyncPeriod(period, resyncCheckPeriod), clock.nanoTime());
      if (!started) {
        processor.addListener(listener);
        return listener;
      }
      // Running: give the newcomer the current objects, with no delta processed in between.
      blockDeltas.lock();
      try {
        processor.addListener(listener);
        for (T obj : indexer.list()) {
          listener.add(Notification.add(obj, true));
        }
      } finally {
        blockDeltas.unlock();
      }
      return listener;
    } finally {
      lifecycle.unlock();
    }
  }

  @Override
  public void removeEventHandler(ResourceEventHandlerRegistration registration) {
    if (registration instanceof ProcessorListener<?> listener) {
      processor.removeListener(listener);
    }
  }

  @Override
  public Store<T> getStore() {
    return indexer;
  }

  @Override
  public Indexer<T> getIndexer() {
    return indexer;
  }

  @Override
  public void addIndexers(Map<String, Function<T, List<String>>> indexers) {
    lifecycle.lock();
    try {
      requireNotStarted("addIndexers");
      indexer.addIndexers(indexers);
    } finally {
      lifecycle.unlock();
    }
  }

  @Override
  public void setTransform(UnaryOperator<T> transform) {
    lifecycle.lock();
    try {
      requireNotStarted("setTransform");
      this.transform = transform;
    } finally {
      lifecycle.unlock();
    }
  }

  @Override
  public void setWatchErrorHandler(WatchErrorHandler handler) {
    Objects.requireNonNull(handler, "handler");
    lifecycle.lock();
    try {
      requireNotStarted("setWatchErrorHandler");
      this.watchErrorHandler = handler;
    } finally {
      lifecycle.unlock();
    }
  }

  @Override
  public boolean hasSynced() {
    DeltaFIFO<T> queue;
    lifecycle.lock();
    try {
      queue = fifo;
    } finally {
      lifecycle.unlock();
    }
    return queue != null && queue.hasSynced();
  }

  @Override
  public String lastSyncResourceVersion() {
    lifecycle.lock();
    try {
      return reflector == null ? "" : reflector.lastSyncResourceVersion();
    } finally {
      lifecycle.unlock();
    }
  }

  @Override
  public void run() {
    DeltaFIFO<T> queue;
    lifecycle.lock();
    try {
      if (started) {
        LOG.warn("{}: an informer runs only once", name);
        return;
      }
      if (stopped) {
        return;
      }
      started = true;
      runThread = Thread.currentThread();
      queue = new DeltaFIFO<>(KeyFunctions::metaNamespaceKey, indexer, transform);
      fifo = queue;
      Reflector<T, ?> r = newReflector(listerWatcher, queue);
      reflector = r;
      processor.start();
      reflectorThread = new Thread(r::run, THREAD_NAME_PREFIX + name + "-reflector");
      reflectorThread.setDaemon(true);
      reflectorThread.start();
    } finally {
      lifecycle.unlock();
    }
    try {
      processLoop(queue);
    } finally {
      shutDownThreads();
      terminated.countDown();
    }
  }

  private <L extends KubernetesListObject<T>> Reflector<T, L> newReflector(ListerWatcher<T, L> lw, DeltaFIFO<T> queue) {
    return Reflector.builder(lw, queue)
        .name(THREAD_NAME_PREFIX + name)
        .resyncPeriod(resyncCheckPeriod)
        .shouldResync(processor::shouldResync)
        .clock(clock)
        .watchErrorHandler(watchErrorHandler)
        .build();
  }

  @Override
  public void start() {
    Thread thread = new Thread(this::run, THREAD_NAME_PREFIX + name + "-controller");
    thread.setDaemon(true);
    lifecycle.lock();
    try {
      if (controllerThread != null || started || stopped) {
        LOG.warn("{}: an informer runs only once", name);
        return;
      }
      controllerThread = thread;
    } finally {
      lifecycle.unlock();
    }
    thread.start();
  }

  @Override
  public void stop() {
    boolean wait;
    Thread controller;
    lifecycle.lock();
    try {
      stopped = true;
      if (fifo != null) {
        fifo.close();
      }
      if (reflector != null) {
        reflector.stop();
      }
      Thread current = Thread.currentThread();
      wait = started && current != runThread && current != reflectorThread && !processor.isListenerThread(current);
      controller = controllerThread;
    } finally {
      lifecycle.unlock();
    }
    if (wait) {
      awaitUninterruptibly(terminated);
    }
    if (controller != null && controller != Thread.currentThread() && !processor.isListenerThread(Thread.currentThread())) {
      joinUninterruptibly(controller); // Ends right after run() returns, or at once if run() never began.
    }
  }

  @Override
  public boolean isStopped() {
    return stopped;
  }

  private void processLoop(DeltaFIFO<T> queue) {
    while (!stopped) {
      try {
        if (queue.pop(this::handleDeltas) == null) {
          return;
        }
      } catch (InterruptedException e) {
        LOG.debug("{}: interrupted, stopping", name);
        stopped = true;
        return;
      } catch (RuntimeException e) {
        LOG.error("{}: failed to process deltas", name, e);
      }
    }
  }

  /** Applies one key's deltas to the cache and tells the handlers; runs under the queue's lock. */
  private void handleDeltas(List<Delta<T>> deltas, boolean isInInitialList) {
    blockDeltas.lock();
    try {
      for (Delta<T> delta : deltas) {
        switch (delta.type()) {
          case SYNC, REPLACED, ADDED, UPDATED -> {
            T obj = delta.lastKnownState();
            T old = indexer.get(obj);
            if (old != null) {
              indexer.update(obj);
              // An unchanged resourceVersion means nothing changed: only handlers due for a resync hear of it.
              boolean isSync = Objects.equals(resourceVersionOf(old), resourceVersionOf(obj));
              processor.distribute(Notification.update(old, obj), isSync);
            } else {
              indexer.add(obj);
              processor.distribute(Notification.add(obj, isInInitialList), false);
            }
          }
          case DELETED -> {
            T last = delta.lastKnownState();
            if (last == null) {
              LOG.warn("{}: tombstone without a last known state for {}; nothing to delete", name,
                  KeyFunctions.metaNamespaceKey(delta.object()));
              continue;
            }
            indexer.delete(last);
            processor.distribute(Notification.delete(last, delta.isTombstone()), false);
          }
          default -> throw new IllegalStateException("unknown delta type " + delta.type());
        }
      }
    } finally {
      blockDeltas.unlock();
    }
  }

  private void shutDownThreads() {
    Reflector<T, ?> r;
    Thread rt;
    lifecycle.lock();
    try {
      stopped = true;
      if (fifo != null) {
        fifo.close();
      }
      r = reflector;
      rt = reflectorThread;
    } finally {
      lifecycle.unlock();
    }
    if (r != null) {
      r.stop();
    }
    if (rt != null && rt != Thread.currentThread()) {
      joinUninterruptibly(rt);
    }
    processor.stop();
  }

  private void requireNotStarted(String what) {
    if (started) {
      throw new IllegalStateException(what + ": informer " + name + " has already started");
    }
  }

  private static String resourceVersionOf(KubernetesObject obj) {
    ObjectMeta meta = obj.getMetadata();
    return meta == null ? null : meta.getResourceVersion();
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
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
    return "SharedIndexInformer{" + type.getSimpleName() + ", " + name + "}";
  }
}
