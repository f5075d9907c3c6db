package io.kubegen.runtime.informers;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.cache.SharedIndexInformer;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares one informer per object type among everyone who asks, as client-go's {@code
 * sharedInformerFactory}; generated factories extend it with their {@code apps().v1().deployments()}
 * accessors, and register their resources for {@link #forResource}.
 *
 * <ul>
 *   <li>{@link #informerFor} creates an informer the first time a type is asked for, with the
 *       factory's transform; later calls return the same one.
 *   <li>{@link #start} runs, each on a thread of the factory's executor, the informers not yet
 *       started; call it again after asking for more informers. It does nothing after {@link
 *       #shutdown}.
 *   <li>{@link #waitForCacheSync} waits for the started informers and reports per type.
 *   <li>{@link #shutdown} stops every informer, waits for their threads to end, and refuses later
 *       starts.
 * </ul>
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public class SharedInformerFactory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SharedInformerFactory.class);
  private static final AtomicInteger FACTORY_IDS = new AtomicInteger();
  private static final long SYNC_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final SharedInformerOptions options;
  private final int id = FACTORY_IDS.incrementAndGet();

  private final Object lock = new Object();
  // Guarded by lock.
  private final Map<Class<?>, SharedIndexInformer<?>> informers = new LinkedHashMap<>();
  private final Set<Class<?>> startedInformers = new HashSet<>();
  private final Map<GroupVersionResource, Supplier<? extends SharedIndexInformer<?>>> resources = new LinkedHashMap<>();
  private ExecutorService executor;
  private final List<Thread> executorThreads = new ArrayList<>();
  private boolean shuttingDown;

  public SharedInformerFactory(SharedInformerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public SharedInformerFactory() {
    this(SharedInformerOptions.defaults());
  }

  public final SharedInformerOptions options() {
    return options;
  }

  /** The one namespace informers watch, or null for all. */
  public final String namespace() {
    return options.namespace();
  }

  /** The tweak every informer applies to its lists and watches. */
  public final UnaryOperator<ListOptions> tweakListOptions() {
    return options.tweakListOptions();
  }

  /** The resync period for informers of {@code type}: its custom one, else the default. */
  public final Duration resyncPeriodFor(Class<?> type) {
    return options.resyncFor(type);
  }

  /**
   * The informer for {@code type}, created by {@code newFunc} (given this factory, for its
   * namespace, tweak and resync period) the first time and shared from then on.
   */
  public final <T extends KubernetesObject> SharedIndexInformer<T> informerFor(
      Class<T> type, Function<? super SharedInformerFactory, ? extends SharedIndexInformer<T>> newFunc) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(newFunc, "newFunc");
    synchronized (lock) {
      SharedIndexInformer<?> existing = informers.get(type);
      if (existing != null) {
        @SuppressWarnings("unchecked")
        SharedIndexInformer<T> typed = (SharedIndexInformer<T>) existing;
        return typed;
      }
      SharedIndexInformer<T> informer = Objects.requireNonNull(newFunc.apply(this),
          "newFunc returned null for " + type.getName());
      UnaryOperator<KubernetesObject> transform = options.transform();
      if (transform != null) {
        informer.setTransform(obj -> type.cast(transform.apply(obj)));
      }
      informers.put(type, informer);
      return informer;
    }
  }

  /**
   * Registers a resource for {@link #forResource}; generated factories call this from their
   * constructor. {@code informer} is called only when the resource is asked for.
   */
  protected final <T extends KubernetesObject> void registerResource(
      GroupVersionResource resource, Supplier<? extends SharedIndexInformer<T>> informer) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(informer, "informer");
    synchronized (lock) {
      if (resources.putIfAbsent(resource, informer) != null) {
        throw new IllegalArgumentException("resource " + resource + " is already registered");
      }
    }
  }

  /**
   * An informer and lister for a registered resource.
   *
   * @throws IllegalArgumentException if no informer is registered for {@code resource}
   */
  public GenericInformer<?> forResource(GroupVersionResource resource) {
    Supplier<? extends SharedIndexInformer<?>> supplier;
    synchronized (lock) {
      supplier = resources.get(resource);
    }
    if (supplier == null) {
      throw new IllegalArgumentException("no informer found for " + resource);
    }
    return genericInformer(supplier.get(), resource);
  }

  private static <T extends KubernetesObject> GenericInformer<T> genericInformer(
      SharedIndexInformer<T> informer, GroupVersionResource resource) {
    return GenericInformer.of(informer, resource.groupResource());
  }

  /** Starts the informers not started yet; idempotent; does nothing once shut down. */
  public final void start() {
    synchronized (lock) {
      if (shuttingDown) {
        return;
      }
      for (Map.Entry<Class<?>, SharedIndexInformer<?>> e : informers.entrySet()) {
        if (startedInformers.add(e.getKey())) {
          executor().execute(e.getValue()::run);
        }
      }
    }
  }

  /**
   * Waits until every started informer has synced, or {@code timeout} passed.
   *
   * @return for each started informer's type, whether it synced in time
   */
  public final Map<Class<?>, Boolean> waitForCacheSync(Duration timeout) {
    Map<Class<?>, SharedIndexInformer<?>> started = new LinkedHashMap<>();
    synchronized (lock) {
      for (Map.Entry<Class<?>, SharedIndexInformer<?>> e : informers.entrySet()) {
        if (startedInformers.contains(e.getKey())) {
          started.put(e.getKey(), e.getValue());
        }
      }
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<Class<?>, Boolean> result = new LinkedHashMap<>();
    for (Map.Entry<Class<?>, SharedIndexInformer<?>> e : started.entrySet()) {
      SharedIndexInformer<?> informer = e.getValue();
      boolean synced = informer.hasSynced();
      while (!synced && !informer.isStopped() && !Thread.currentThread().isInterrupted()
          && System.nanoTime() - deadline < 0) {
        LockSupport.parkNanos(Math.min(SYNC_POLL_NANOS, deadline - System.nanoTime()));
        synced = informer.hasSynced();
      }
      result.put(e.getKey(), synced);
    }
    return result;
  }

  /**
   * Stops every informer and waits until their threads have ended; later {@link #start} calls do
   * nothing. Idempotent.
   */
  public final void shutdown() {
    List<SharedIndexInformer<?>> toStop;
    ExecutorService exec;
    List<Thread> threads;
    synchronized (lock) {
      shuttingDown = true;
      toStop = new ArrayList<>(informers.values());
      exec = executor;
      threads = new ArrayList<>(executorThreads);
    }
    for (SharedIndexInformer<?> informer : toStop) {
      try {
        informer.stop();
      } catch (RuntimeException e) {
        LOG.warn("stopping {} failed", informer, e);
      }
    }
    if (exec != null) {
      exec.shutdown();
      boolean interrupted = false;
      while (!exec.isTerminated()) {
        try {
          exec.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      // A pool reports termination from its last worker, just before that thread ends.
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
  }

  /** Same as {@link #shutdown}. */
  @Override
  public void close() {
    shutdown();
  }

  private ExecutorService executor() {
    if (executor == null) {
      AtomicInteger threads = new AtomicInteger();
      ThreadFactory factory = r -> {
        Thread t = new Thread(r, SharedIndexInformer.THREAD_NAME_PREFIX + "factory-" + id + "-" + threads.incrementAndGet());
        t.setDaemon(true);
        synchronized (lock) {
          executorThreads.add(t);
        }
        return t;
      };
      executor = Executors.newCachedThreadPool(factory);
    }
    return executor;
  }
}
