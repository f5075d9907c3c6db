package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListMeta;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.StatusCause;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.clock.Clock;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.Watch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link Store} in step with the server, as client-go's {@code Reflector}: list, then watch
 * from the list's resourceVersion, for as long as it runs.
 *
 * <ul>
 *   <li>The first list asks for resourceVersion {@code "0"} (any recent state, served from the
 *       watch cache) with {@code limit=500}, following {@code continue} tokens; a relist with a
 *       specific resourceVersion is not paginated unless the server paginated before; a relist after
 *       410 asks for {@code ""} (the latest state) and is paginated. The items go to {@link
 *       Store#replace}.
 *   <li>The watch starts at the last resourceVersion seen, with bookmarks allowed and a random
 *       timeout of 5 to 10 minutes; every event (bookmarks included, which change nothing else)
 *       advances that resourceVersion.
 *   <li>When a watch stream ends, a new one starts from the last resourceVersion, without relisting
 *       and so without re-adding anything. A stream that ends within a second without a single
 *       event is followed by a backoff first, so a server that closes watches at once is not
 *       hammered.
 *   <li>410 Gone/Expired (as an ERROR event or when the watch is refused) means the resourceVersion
 *       is too old: the next list asks for {@code ""}; objects deleted meanwhile come out of the
 *       store's {@code replace} (a {@link DeltaFIFO} turns them into {@link
 *       DeletedFinalStateUnknown} deletions).
 *   <li>429 and failures to connect when starting a watch back off and watch again; any other
 *       failure is given to the {@link WatchErrorHandler}, then the reflector backs off and lists
 *       again. Backoff: 800 ms doubling to 30 s, jitter, reset after 2 quiet minutes.
 *   <li>With a resync period, a second thread calls {@link Store#resync} every period when {@code
 *       shouldResync} agrees.
 * </ul>
 *
 * <p>Concurrency: {@link #run} blocks its caller until {@link #stop}, which may be called from any
 * thread: it closes the open watch and interrupts the run thread (and the resync thread). Events
 * reach the store from the run thread only, in the order the server sent them.
 */
public final class Reflector<T extends KubernetesObject, L extends KubernetesListObject<T>> {
  private static final Logger LOG = LoggerFactory.getLogger(Reflector.class);

  static final long DEFAULT_PAGE_SIZE = 500;
  static final Duration DEFAULT_MIN_WATCH_TIMEOUT = Duration.ofMinutes(5);
  private static final long SHORT_WATCH_NANOS = Duration.ofSeconds(1).toNanos();

  /** The default error handler: logs, quietly for an expected 410. */
  public static final WatchErrorHandler DEFAULT_WATCH_ERROR_HANDLER = (reflector, error) -> {
    if (error instanceof ApiException api && api.isGoneOrExpired()) {
      LOG.debug("{}: watch closed with: {}", reflector.name(), error.getMessage());
    } else {
      LOG.warn("{}: list and watch failed: {}", reflector.name(), error.toString(), error);
    }
  };

  private final String name;
  private final ListerWatcher<T, L> listerWatcher;
  private final Store<T> store;
  private final Duration resyncPeriod;
  private final BooleanSupplier shouldResync;
  private final Clock clock;
  private final DoubleSupplier random;
  private final long pageSize;
  private final Duration minWatchTimeout;
  private final WatchErrorHandler watchErrorHandler;
  private final BackoffManager backoff;

  private final Object stateLock = new Object();
  // Guarded by stateLock.
  private boolean running;
  private Thread runThread;
  private Thread resyncThread;

  private volatile boolean stopped;
  private volatile Watch<T> currentWatch;
  private volatile String lastSyncResourceVersion = "";
  // Only the run thread touches these.
  private boolean lastSyncResourceVersionUnavailable;
  private boolean paginatedResult;

  private Reflector(Builder<T, L> b) {
    this.name = b.name;
    this.listerWatcher = b.listerWatcher;
    this.store = b.store;
    this.resyncPeriod = b.resyncPeriod;
    this.shouldResync = b.shouldResync;
    this.clock = b.clock;
    this.random = b.random;
    this.pageSize = b.pageSize;
    this.minWatchTimeout = b.minWatchTimeout;
    this.watchErrorHandler = b.watchErrorHandler;
    this.backoff = new BackoffManager(clock, random);
  }

  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> Builder<T, L> builder(
      ListerWatcher<T, L> listerWatcher, Store<T> store) {
    return new Builder<>(listerWatcher, store);
  }

  /** The name in logs and thread names. */
  public String name() {
    return name;
  }

  /** The resourceVersion of the last list or event seen; {@code ""} before the first list. */
  public String lastSyncResourceVersion() {
    return lastSyncResourceVersion;
  }

  /**
   * Lists and watches until {@link #stop} (or an interrupt of the calling thread), on the calling
   * thread. Runs at most once.
   *
   * @throws IllegalStateException if this reflector already ran
   */
  public void run() {
    synchronized (stateLock) {
      if (running) {
        throw new IllegalStateException(name + ": a reflector runs only once");
      }
      running = true;
      if (stopped) {
        return;
      }
      runThread = Thread.currentThread();
      if (resyncPeriod != null && !resyncPeriod.isZero() && !resyncPeriod.isNegative()) {
        resyncThread = new Thread(this::resyncLoop, name + "-resync");
        resyncThread.setDaemon(true);
        resyncThread.start();
      }
    }
    try {
      while (!stopped) {
        try {
          listAndWatch();
        } catch (InterruptedException e) {
          break;
        } catch (RuntimeException e) {
          if (stopped) {
            break;
          }
          handleError(e);
        }
        if (stopped || Thread.currentThread().isInterrupted()) {
          break;
        }
        try {
          clock.sleep(backoff.next());
        } catch (InterruptedException e) {
          break;
        }
      }
    } finally {
      Thread resync;
      synchronized (stateLock) {
        stopped = true;
        resync = resyncThread;
        runThread = null;
      }
      closeCurrentWatch();
      if (resync != null) {
        resync.interrupt();
        joinQuietly(resync);
      }
      // Stop interrupts the run thread; the interrupt was ours, so it must not leak to the caller.
      Thread.interrupted();
    }
  }

  /** Stops {@link #run}: closes the open watch and interrupts the run and resync threads. Idempotent. */
  public void stop() {
    synchronized (stateLock) {
      stopped = true;
      if (runThread != null && runThread != Thread.currentThread()) {
        runThread.interrupt();
      }
      if (resyncThread != null && resyncThread != Thread.currentThread()) {
        resyncThread.interrupt();
      }
    }
    closeCurrentWatch();
  }

  public boolean isStopped() {
    return stopped;
  }

  private void handleError(RuntimeException e) {
    try {
      watchErrorHandler.onWatchError(this, e);
    } catch (RuntimeException handlerFailure) {
      LOG.warn("{}: the watch error handler failed", name, handlerFailure);
    }
  }

  private void listAndWatch() throws InterruptedException {
    list();
    if (stopped) {
      return;
    }
    watchLoop();
  }

  /** Lists everything and replaces the store's content with it. */
  private void list() throws InterruptedException {
    String resourceVersion = relistResourceVersion();
    ListResult<T> result;
    try {
      result = listAll(resourceVersion);
    } catch (ApiException e) {
      if (!resourceVersion.isEmpty() && (e.isGoneOrExpired() || isTooLargeResourceVersion(e))) {
        // The resourceVersion we asked for is no longer (or not yet) available: list the latest.
        lastSyncResourceVersionUnavailable = true;
        result = listAll(relistResourceVersion());
      } else {
        throw e;
      }
    }
    if (stopped) {
      return;
    }
    store.replace(result.items(), result.resourceVersion());
    setLastSyncResourceVersion(result.resourceVersion());
    lastSyncResourceVersionUnavailable = false;
    LOG.debug("{}: listed {} objects at resourceVersion {}", name, result.items().size(), result.resourceVersion());
  }

  /** The resourceVersion for the next list, as client-go's {@code relistResourceVersion}. */
  private String relistResourceVersion() {
    if (lastSyncResourceVersionUnavailable) {
      return "";
    }
    String last = lastSyncResourceVersion;
    return last.isEmpty() ? "0" : last;
  }

  private record ListResult<T>(List<T> items, String resourceVersion) {}

  /** One list, following continue tokens; falls back to one unpaginated list if a token expires. */
  private ListResult<T> listAll(String resourceVersion) throws InterruptedException {
    long limit = pageSize;
    if (!paginatedResult && !resourceVersion.isEmpty() && !"0".equals(resourceVersion)) {
      // A specific resourceVersion can be served from the watch cache only without a limit.
      limit = 0;
    }
    ListOptions.Builder first = ListOptions.builder().resourceVersion(resourceVersion);
    if (limit > 0) {
      first.limit(limit);
    }
    L page = listerWatcher.list(first.build());
    List<T> items = new ArrayList<>(itemsOf(page));
    String listResourceVersion = resourceVersionOf(page);
    String continueToken = continueOf(page);
    if (!continueToken.isEmpty() && "0".equals(resourceVersion)) {
      paginatedResult = true;
    }
    while (!continueToken.isEmpty()) {
      if (stopped || Thread.currentThread().isInterrupted()) {
        throw new InterruptedException(name + ": stopped while listing");
      }
      // Only the first request names a resourceVersion; the token carries it from then on.
      ListOptions next = ListOptions.builder().limit(limit).continueToken(continueToken).build();
      try {
        page = listerWatcher.list(next);
      } catch (ApiException e) {
        if (!e.isGoneOrExpired()) {
          throw e;
        }
        LOG.debug("{}: continue token expired, listing again without pagination", name);
        page = listerWatcher.list(ListOptions.builder().resourceVersion(resourceVersion).build());
        return new ListResult<>(new ArrayList<>(itemsOf(page)), resourceVersionOf(page));
      }
      items.addAll(itemsOf(page));
      listResourceVersion = resourceVersionOf(page);
      continueToken = continueOf(page);
    }
    return new ListResult<>(items, listResourceVersion);
  }

  /** Watches, and watches again after each stream ends, until a relist is needed or stop. */
  private void watchLoop() throws InterruptedException {
    while (!stopped) {
      long start = clock.nanoTime();
      long timeoutSeconds = (long) (minWatchTimeout.toSeconds() * (random.getAsDouble() + 1.0));
      ListOptions options = ListOptions.builder()
          .resourceVersion(lastSyncResourceVersion)
          .timeoutSeconds(timeoutSeconds)
          .allowWatchBookmarks(true)
          .build();
      Watch<T> watch;
      try {
        watch = listerWatcher.watch(options);
      } catch (ApiException e) {
        if (stopped) {
          return;
        }
        if (e.isGoneOrExpired()) {
          lastSyncResourceVersionUnavailable = true;
          throw e;
        }
        if (e.code() == 0 || e.isTooManyRequests()) {
          LOG.debug("{}: watch failed with {}, backing off", name, e.getMessage());
          clock.sleep(backoff.next());
          continue;
        }
        throw e;
      }
      currentWatch = watch;
      WatchEnd end;
      try {
        if (stopped) {
          return;
        }
        end = handleWatch(watch, start);
      } catch (ApiException e) {
        // An ERROR event.
        if (e.isGoneOrExpired()) {
          LOG.debug("{}: watch closed with {}; listing again", name, e.getMessage());
          lastSyncResourceVersionUnavailable = true;
          return;
        }
        if (e.isTooManyRequests()) {
          LOG.debug("{}: watch returned 429, backing off", name);
          clock.sleep(backoff.next());
          continue;
        }
        LOG.warn("{}: watch ended with error: {}; listing again", name, e.getMessage());
        return;
      } finally {
        closeCurrentWatch();
      }
      if (end == WatchEnd.EMPTY_AND_SHORT) {
        LOG.debug("{}: watch closed within a second without events, backing off", name);
        clock.sleep(backoff.next());
      }
    }
  }

  private enum WatchEnd {
    ENDED,
    EMPTY_AND_SHORT,
    STOPPED
  }

  /** Applies the events of one watch to the store until the stream ends; an ERROR event throws. */
  private WatchEnd handleWatch(Watch<T> watch, long start) throws InterruptedException {
    int events = 0;
    while (true) {
      WatchEvent<T> event = watch.next();
      if (event == null) {
        if (stopped) {
          return WatchEnd.STOPPED;
        }
        boolean shortLived = clock.nanoTime() - start < SHORT_WATCH_NANOS;
        return events == 0 && shortLived ? WatchEnd.EMPTY_AND_SHORT : WatchEnd.ENDED;
      }
      if (event.type() == WatchEvent.Type.ERROR) {
        throw watchError(event.status());
      }
      T obj = event.object();
      if (obj == null) {
        LOG.warn("{}: ignoring a {} event without an object", name, event.type());
        continue;
      }
      events++;
      try {
        switch (event.type()) {
          case ADDED -> store.add(obj);
          case MODIFIED -> store.update(obj);
          case DELETED -> store.delete(obj);
          case BOOKMARK -> { } // Only its resourceVersion matters.
          default -> throw new IllegalStateException("unexpected event type " + event.type());
        }
      } catch (RuntimeException e) {
        LOG.error("{}: unable to apply a {} event: {}", name, event.type(), e.toString(), e);
      }
      String rv = resourceVersionOf(obj);
      if (rv != null && !rv.isEmpty()) {
        setLastSyncResourceVersion(rv);
      }
    }
  }

  private void resyncLoop() {
    while (!stopped) {
      try {
        clock.sleep(resyncPeriod);
      } catch (InterruptedException e) {
        return;
      }
      if (stopped) {
        return;
      }
      try {
        if (shouldResync == null || shouldResync.getAsBoolean()) {
          store.resync();
        }
      } catch (RuntimeException e) {
        LOG.error("{}: resync failed", name, e);
      }
    }
  }

  private void setLastSyncResourceVersion(String resourceVersion) {
    lastSyncResourceVersion = resourceVersion == null ? "" : resourceVersion;
  }

  private void closeCurrentWatch() {
    Watch<T> watch = currentWatch;
    currentWatch = null;
    if (watch != null) {
      try {
        watch.close();
      } catch (RuntimeException e) {
        LOG.debug("{}: closing the watch failed", name, e);
      }
    }
  }

  private ApiException watchError(Status status) {
    int code = status.getCode() == null ? 0 : status.getCode();
    String message = status.getMessage() == null ? "" : ": " + status.getMessage();
    return new ApiException(name + ": watch error " + code + " " + Objects.toString(status.getReason(), "") + message,
        code, status);
  }

  /** A list asked for a resourceVersion the server has not reached yet (client-go's check). */
  private static boolean isTooLargeResourceVersion(ApiException e) {
    Status status = e.status();
    if (status.getDetails() != null && status.getDetails().getCauses() != null) {
      for (StatusCause cause : status.getDetails().getCauses()) {
        if ("ResourceVersionTooLarge".equals(cause.getReason())) {
          return true;
        }
      }
    }
    return e.isTimeout() && status.getMessage() != null && status.getMessage().contains("Too large resource version");
  }

  private List<T> itemsOf(L list) {
    return list == null || list.getItems() == null ? List.of() : list.getItems();
  }

  private static String resourceVersionOf(KubernetesListObject<?> list) {
    ListMeta meta = list == null ? null : list.getMetadata();
    return meta == null || meta.getResourceVersion() == null ? "" : meta.getResourceVersion();
  }

  private static String continueOf(KubernetesListObject<?> list) {
    ListMeta meta = list == null ? null : list.getMetadata();
    return meta == null || meta.getContinue() == null ? "" : meta.getContinue();
  }

  private static String resourceVersionOf(KubernetesObject obj) {
    ObjectMeta meta = obj.getMetadata();
    return meta == null ? null : meta.getResourceVersion();
  }

  private static void joinQuietly(Thread thread) {
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

  @Override
  public String toString() {
    return "Reflector{" + name + ", lastSyncResourceVersion=" + lastSyncResourceVersion + "}";
  }

  /** Options of a {@link Reflector}; all but the lister-watcher and the store have defaults. */
  public static final class Builder<T extends KubernetesObject, L extends KubernetesListObject<T>> {
    private final ListerWatcher<T, L> listerWatcher;
    private final Store<T> store;
    private String name = "reflector";
    private Duration resyncPeriod = Duration.ZERO;
    private BooleanSupplier shouldResync;
    private Clock clock = Clock.system();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private long pageSize = DEFAULT_PAGE_SIZE;
    private Duration minWatchTimeout = DEFAULT_MIN_WATCH_TIMEOUT;
    private WatchErrorHandler watchErrorHandler = DEFAULT_WATCH_ERROR_HANDLER;

    private Builder(ListerWatcher<T, L> listerWatcher, Store<T> store) {
      this.listerWatcher = Objects.requireNonNull(listerWatcher, "listerWatcher");
      this.store = Objects.requireNonNull(store, "store");
    }

    /** The name in logs; the resync thread is named {@code <name>-resync}. */
    public Builder<T, L> name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** How often to call {@link Store#resync}; zero (the default) for never. */
    public Builder<T, L> resyncPeriod(Duration resyncPeriod) {
      this.resyncPeriod = Objects.requireNonNull(resyncPeriod, "resyncPeriod");
      return this;
    }

    /** Asked at each resync period whether to resync now; null (the default) means always. */
    public Builder<T, L> shouldResync(BooleanSupplier shouldResync) {
      this.shouldResync = shouldResync;
      return this;
    }

    public Builder<T, L> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of jitter and watch timeouts: values in [0, 1). */
    public Builder<T, L> random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Items per list page; 500 by default, 0 for unpaginated lists. */
    public Builder<T, L> pageSize(long pageSize) {
      if (pageSize < 0) {
        throw new IllegalArgumentException("pageSize must not be negative: " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** Watches time out between this and twice this; 5 minutes by default. */
    public Builder<T, L> minWatchTimeout(Duration minWatchTimeout) {
      this.minWatchTimeout = Objects.requireNonNull(minWatchTimeout, "minWatchTimeout");
      return this;
    }

    public Builder<T, L> watchErrorHandler(WatchErrorHandler watchErrorHandler) {
      this.watchErrorHandler = Objects.requireNonNull(watchErrorHandler, "watchErrorHandler");
      return this;
    }

    public Reflector<T, L> build() {
      return new Reflector<>(this);
    }
  }
}
