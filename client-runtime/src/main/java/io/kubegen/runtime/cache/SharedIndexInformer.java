package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A cache of one resource kept current by a {@link Reflector}, with handlers told of every change,
 * as client-go's {@code SharedIndexInformer}. Generated informers and the {@code
 * SharedInformerFactory} hand out one per type, shared by every user.
 *
 * <ul>
 *   <li>Handlers can be added and removed at any time; one added after start first gets an add for
 *       every object already cached. Each has its own thread and unbounded buffer, so a slow or
 *       failing handler affects no other.
 *   <li>A handler's resync period (at least 1 s) makes it receive, that often, an update for every
 *       cached object with the same old and new state. Periods shorter than the informer's resync
 *       check period are raised to it once the informer runs.
 *   <li>Same-resourceVersion updates (resyncs, and a watch replaying objects the cache has, as some
 *       servers and mocks do) reach only handlers whose resync is due.
 * </ul>
 *
 * <p>Lifecycle: configure ({@link #setTransform}, {@link #setWatchErrorHandler}, {@link
 * #addIndexers}), then {@link #run} on a thread of yours or {@link #start}; {@link #stop} (or
 * {@link #close}) ends every thread the informer started and waits for them. An informer runs once.
 * Threads are named {@value #THREAD_NAME_PREFIX}{@code <name>-...}.
 */
public interface SharedIndexInformer<T extends KubernetesObject> extends AutoCloseable {

  /** The prefix of every thread an informer starts. */
  String THREAD_NAME_PREFIX = "kubegen-informer-";

  /** Smallest handler resync period; shorter requested periods are raised to it. */
  Duration MINIMUM_RESYNC_PERIOD = Duration.ofSeconds(1);

  /** Adds a handler with the informer's default resync period. */
  ResourceEventHandlerRegistration addEventHandler(ResourceEventHandler<T> handler);

  /**
   * Adds a handler with its own resync period (zero for none).
   *
   * @throws IllegalStateException if the informer has been stopped
   */
  ResourceEventHandlerRegistration addEventHandler(ResourceEventHandler<T> handler, Duration resyncPeriod);

  /**
   * Removes a handler: it gets nothing more once its current call returns. Unknown registrations are
   * ignored.
   */
  void removeEventHandler(ResourceEventHandlerRegistration registration);

  /** The cache, as a store. */
  Store<T> getStore();

  /** The cache, with its indices. */
  Indexer<T> getIndexer();

  /**
   * Adds indices to the cache.
   *
   * @throws IllegalStateException once the informer has started
   * @throws IllegalArgumentException on a name already taken
   */
  void addIndexers(Map<String, Function<T, List<String>>> indexers);

  /**
   * Transforms each object once, before it is cached and handed to handlers (to drop fields, for
   * instance); never applied to tombstones.
   *
   * @throws IllegalStateException once the informer has started
   */
  void setTransform(UnaryOperator<T> transform);

  /**
   * Told of each failed list-and-watch round.
   *
   * @throws IllegalStateException once the informer has started
   */
  void setWatchErrorHandler(WatchErrorHandler handler);

  /** True once the first list has been entirely processed into the cache. */
  boolean hasSynced();

  /** The resourceVersion the cache is at; {@code ""} before the first list. */
  String lastSyncResourceVersion();

  /**
   * Runs the informer on the calling thread until {@link #stop}: lists, watches and dispatches.
   * Returns at once if it has already run or been stopped.
   */
  void run();

  /** Runs the informer on a new thread ({@code <prefix><name>-controller}) and returns. */
  void start();

  /**
   * Stops every thread of the informer and waits until they have ended (handlers are interrupted).
   * Called from one of those threads, it does not wait. Idempotent.
   */
  void stop();

  boolean isStopped();

  /** Same as {@link #stop}. */
  @Override
  default void close() {
    stop();
  }

  /**
   * A builder for an informer over {@code listerWatcher}.
   *
   * @param type the object class, for names and logs
   */
  static <T extends KubernetesObject> Builder<T> builder(Class<T> type, ListerWatcher<T, ?> listerWatcher) {
    return new Builder<>(type, listerWatcher);
  }

  /** Options of a {@link SharedIndexInformer}. */
  final class Builder<T extends KubernetesObject> {
    final Class<T> type;
    final ListerWatcher<T, ?> listerWatcher;
    String name;
    Duration resyncPeriod = Duration.ZERO;
    Map<String, Function<T, List<String>>> indexers = Map.of();
    Clock clock = Clock.system();

    private Builder(Class<T> type, ListerWatcher<T, ?> listerWatcher) {
      this.type = Objects.requireNonNull(type, "type");
      this.listerWatcher = Objects.requireNonNull(listerWatcher, "listerWatcher");
      this.name = type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The name in logs and thread names; the lower-cased simple class name by default. */
    public Builder<T> name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The resync period of handlers added without one; zero (the default) for none. */
    public Builder<T> resyncPeriod(Duration resyncPeriod) {
      Objects.requireNonNull(resyncPeriod, "resyncPeriod");
      if (resyncPeriod.isNegative()) {
        throw new IllegalArgumentException("resyncPeriod must not be negative: " + resyncPeriod);
      }
      this.resyncPeriod = resyncPeriod;
      return this;
    }

    /** Index functions of the cache, such as {@link Indexers#namespace()}. */
    public Builder<T> indexers(Map<String, Function<T, List<String>>> indexers) {
      this.indexers = Map.copyOf(indexers);
      return this;
    }

    public Builder<T> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public SharedIndexInformer<T> build() {
      return new DefaultSharedIndexInformer<>(this);
    }
  }
}
