package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.fixtures.MockApiServer;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@link SharedIndexInformer} over {@link HttpResourceClient} (WebSocket watch, all namespaces)
 * against fabric8's kubernetes-server-mock in CRUD mode, while concurrent writers create, update and
 * delete ConfigMaps over HTTP. At the end the cache must equal the server's state, and a handler's
 * history must be consistent with it: no add for an object it has (the mock replays ADDED for every
 * object on each new watch: those must not reach it), no update or delete of an object it lacks, no
 * lost deletion, and exactly one add, update or delete per write.
 *
 * <p>The mock ignores the watch's resourceVersion: what is deleted between a list or a dropped
 * watch and the next watch is lost for good (a real API server would replay it). So writers start
 * only once the watch is open, and pause while a dropped watch is re-established; that is the
 * mock's limit, not a relaxation of the informer's contract (the scripted-server tests cover
 * resumption from a resourceVersion).
 */
@Timeout(60)
class SharedIndexInformerMockServerTest {
  private static final GroupVersionResource CONFIGMAPS = new GroupVersionResource("", "v1", "configmaps");
  private static final int WRITERS = 3;
  private static final int OPERATIONS_PER_WRITER = 1000;
  private static final int SEEDS_PER_WRITER = 20;
  private static final List<String> NAMESPACES = List.of("ns-a", "ns-b");

  private static MockApiServer server;
  private static HttpResourceClient<ConfigMap, ConfigMapList> direct;

  private TcpProxy proxy;
  private CountingListerWatcher lw;
  private SharedIndexInformer<ConfigMap> informer;
  private final ConsistencyCheckingHandler handler = new ConsistencyCheckingHandler();
  private final List<Writer> writers = new ArrayList<>();

  @BeforeAll
  static void startServer() {
    server = MockApiServer.start();
    direct = HttpResourceClient.create(
        RestClient.create(RestConfig.builder(server.uri()).qps(0).requestTimeout(Duration.ofSeconds(10)).build()),
        CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    server.reset();
    proxy = TcpProxy.start(server.uri());
    RestClient rest = RestClient.create(RestConfig.builder(proxy.uri())
        .watchTransport(WatchTransport.WEBSOCKET)
        .qps(0)
        .requestTimeout(Duration.ofSeconds(10))
        .build());
    lw = new CountingListerWatcher(ListWatch.of(
        HttpResourceClient.create(rest, CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class), null, null));
    for (int w = 0; w < WRITERS; w++) {
      writers.add(new Writer(w));
    }
  }

  @AfterEach
  void tearDown() {
    if (informer != null) {
      informer.stop();
    }
    proxy.close();
  }

  /** Seeds the server, starts the informer and waits until its watch is open and has replayed the seeds. */
  private void startInformer() throws Exception {
    for (Writer writer : writers) {
      for (int i = 0; i < SEEDS_PER_WRITER; i++) {
        writer.create();
      }
    }
    informer = SharedIndexInformer.builder(ConfigMap.class, lw)
        .name("configmaps-mock")
        .indexers(Indexers.namespace())
        .build();
    informer.addEventHandler(handler);
    informer.start();
    int seeds = WRITERS * SEEDS_PER_WRITER;
    awaitTrue(() -> informer.hasSynced() && lw.watches() == 1 && lw.events(0) >= seeds,
        "the informer has listed, and its watch replayed the " + seeds + " seeds");
    assertEquals(seeds, lw.events(0), "the mock replays ADDED for every object on a new watch");
  }

  /** Runs every writer for {@code operations} operations, all at once. */
  private void runWriters(int operations) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (Writer writer : writers) {
        done.add(pool.submit(() -> {
          go.await();
          writer.run(operations);
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(40, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The server's state over HTTP (key to resourceVersion and data), checked against the writers' own view. */
  private Map<String, String> serverState() {
    Map<String, String> state = describe(direct.list().getItems());
    Map<String, String> expected = new TreeMap<>();
    writers.forEach(w -> expected.putAll(describe(w.live.values())));
    assertEquals(expected, state, "the server holds what the writers wrote");
    return state;
  }

  private void awaitConvergence(Map<String, String> state) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!state.equals(describe(informer.getStore().list())) || !state.equals(describe(handler.view.values()))) {
      if (System.nanoTime() - deadline > 0) {
        Map<String, String> cache = describe(informer.getStore().list());
        fail("the cache (" + cache.size() + " objects) and handler (" + handler.view.size()
            + ") never reached the server's state (" + state.size() + "); cache differs at "
            + difference(state, cache) + "; violations " + handler.violations);
      }
      Thread.sleep(5);
    }
  }

  private void assertHistoryConsistent() {
    assertEquals(List.of(), handler.violations);
    int creates = writers.stream().mapToInt(w -> w.creates).sum();
    int updates = writers.stream().mapToInt(w -> w.updates).sum();
    Set<String> deleted = new HashSet<>();
    writers.forEach(w -> deleted.addAll(w.deleted));
    assertEquals(creates, handler.adds.get(), "one add per created object, none for replays");
    assertEquals(updates, handler.updates.get(), "one update per write, none for same-version replays");
    assertEquals(deleted.size(), handler.deletes.get(), "one delete per deleted object");
    for (String key : deleted) {
      assertTrue(handler.added.contains(key), () -> key + " was added before it was deleted");
      assertTrue(handler.deletedKeys.contains(key), () -> "the deletion of " + key + " was not lost");
    }
    Map<String, String> cacheByIndex = new TreeMap<>();
    for (String ns : NAMESPACES) {
      cacheByIndex.putAll(describe(informer.getIndexer().byIndex(Indexers.NAMESPACE, ns)));
    }
    assertEquals(describe(informer.getStore().list()), cacheByIndex, "the namespace index agrees with the cache");
  }

  @Test
  void concurrentWritersEndWithTheCacheAndTheHandlerEqualToTheServer() throws Exception {
    startInformer();
    runWriters(OPERATIONS_PER_WRITER);
    Map<String, String> state = serverState();
    awaitConvergence(state);

    assertHistoryConsistent();
    assertEquals(1, lw.lists(), "no relist");
    assertEquals(1, lw.watches(), "one watch all along");
    int deletes = writers.stream().mapToInt(w -> w.deleted.size()).sum();
    assertTrue(deletes > 300 && state.size() > 100, "the run deleted " + deletes + " and kept " + state.size());
  }

  @Test
  void aWatchConnectionDroppedByTheServerSideIsResumedWithoutRelistingOrDuplicateAdds() throws Exception {
    startInformer();
    runWriters(OPERATIONS_PER_WRITER / 4);
    awaitConvergence(serverState()); // nothing in flight when the connection drops: see the class comment

    String lastSeen = lw.lastEventResourceVersion();
    assertEquals(1, proxy.dropWatches(), "the informer's one watch connection");
    int objects = informer.getStore().listKeys().size();
    awaitTrue(() -> lw.watches() == 2 && lw.events(1) >= objects, "a new watch, with the mock's replay of every object");
    assertEquals(lastSeen, lw.watchOptions(1).resourceVersion(), "the new watch starts where the dropped one ended");
    assertEquals(1, lw.lists(), "a dropped watch is resumed, not relisted");

    runWriters(OPERATIONS_PER_WRITER / 4);
    awaitConvergence(serverState());
    assertHistoryConsistent(); // the replay of every object after the reconnect reached no handler
    assertEquals(1, lw.lists());
    assertEquals(2, lw.watches());
  }

  private static Map<String, String> describe(Iterable<ConfigMap> objects) {
    Map<String, String> result = new TreeMap<>();
    for (ConfigMap cm : objects) {
      result.put(KeyFunctions.metaNamespaceKey(cm), cm.getMetadata().getResourceVersion() + " " + cm.getData());
    }
    return result;
  }

  private static String difference(Map<String, String> expected, Map<String, String> actual) {
    List<String> diffs = new ArrayList<>();
    Set<String> keys = new HashSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    keys.stream().sorted().filter(k -> !String.valueOf(expected.get(k)).equals(String.valueOf(actual.get(k))))
        .limit(5).forEach(k -> diffs.add(k + ": server " + expected.get(k) + ", cache " + actual.get(k)));
    return diffs.toString();
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("timed out waiting until " + what);
      }
      Thread.sleep(5);
    }
  }

  /**
   * One writer: creates (never reusing a name), updates (with the resourceVersion it last got, so
   * never a conflict: no other writer touches its objects) and deletes its own ConfigMaps.
   */
  private static final class Writer {
    final int id;
    final Random random;
    final Map<String, ConfigMap> live = new LinkedHashMap<>();
    final List<String> liveKeys = new ArrayList<>();
    final Set<String> deleted = new HashSet<>();
    int sequence;
    int creates;
    int updates;

    Writer(int id) {
      this.id = id;
      this.random = new Random(7919L * (id + 1));
    }

    void run(int operations) {
      for (int op = 0; op < operations; op++) {
        int roll = random.nextInt(100);
        if (liveKeys.size() < 10 || roll < 40) {
          create();
        } else if (roll < 75) {
          update(liveKeys.get(random.nextInt(liveKeys.size())));
        } else {
          delete(random.nextInt(liveKeys.size()));
        }
      }
    }

    void create() {
      int n = sequence++;
      String namespace = NAMESPACES.get(n % NAMESPACES.size());
      ConfigMap cm = ConfigMap.named(namespace, "w" + id + "-" + n).withData(Map.of("writer", "w" + id, "v", "0"));
      ConfigMap created = direct.create(cm);
      String key = KeyFunctions.metaNamespaceKey(created);
      live.put(key, created);
      liveKeys.add(key);
      creates++;
    }

    void update(String key) {
      ConfigMap next = live.get(key).deepCopy();
      int v = Integer.parseInt(next.getData().get("v")) + 1;
      next.setData(Map.of("writer", "w" + id, "v", String.valueOf(v)));
      live.put(key, direct.update(next));
      updates++;
    }

    void delete(int index) {
      String key = liveKeys.get(index);
      ConfigMap cm = live.remove(key);
      liveKeys.set(index, liveKeys.get(liveKeys.size() - 1));
      liveKeys.remove(liveKeys.size() - 1);
      direct.inNamespace(cm.getMetadata().getNamespace()).delete(cm.getMetadata().getName());
      deleted.add(key);
    }
  }

  /** Rebuilds the state from the handler's calls and notes every call inconsistent with it. */
  private static final class ConsistencyCheckingHandler implements ResourceEventHandler<ConfigMap> {
    final Map<String, ConfigMap> view = new ConcurrentHashMap<>();
    final Set<String> added = ConcurrentHashMap.newKeySet();
    final Set<String> deletedKeys = ConcurrentHashMap.newKeySet();
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger adds = new AtomicInteger();
    final AtomicInteger updates = new AtomicInteger();
    final AtomicInteger deletes = new AtomicInteger();

    @Override
    public void onAdd(ConfigMap obj, boolean isInInitialList) {
      String key = KeyFunctions.metaNamespaceKey(obj);
      if (view.put(key, obj) != null) {
        violations.add("add of " + key + " which the handler has");
      }
      if (!added.add(key)) {
        violations.add("second add of " + key + " (names are never reused)");
      }
      adds.incrementAndGet();
    }

    @Override
    public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
      String key = KeyFunctions.metaNamespaceKey(newObj);
      ConfigMap had = view.put(key, newObj);
      if (had == null) {
        violations.add("update of " + key + " which the handler lacks");
      } else if (!describe(List.of(had)).equals(describe(List.of(oldObj)))) {
        violations.add("update of " + key + " whose old object is not the one delivered before");
      } else if (rv(newObj) <= rv(had)) {
        violations.add("update of " + key + " from resourceVersion " + rv(had) + " to " + rv(newObj));
      }
      updates.incrementAndGet();
    }

    @Override
    public void onDelete(ConfigMap obj, boolean finalStateUnknown) {
      String key = KeyFunctions.metaNamespaceKey(obj);
      if (view.remove(key) == null) {
        violations.add("delete of " + key + " which the handler lacks");
      }
      if (finalStateUnknown) {
        violations.add("tombstone for " + key + ": nothing should have needed a relist");
      }
      deletedKeys.add(key);
      deletes.incrementAndGet();
    }

    private static long rv(ConfigMap cm) {
      return Long.parseLong(cm.getMetadata().getResourceVersion());
    }
  }

  /** Counts lists and watches, and the events each watch delivered. */
  private static final class CountingListerWatcher implements ListerWatcher<ConfigMap, ConfigMapList> {
    private final ListerWatcher<ConfigMap, ConfigMapList> delegate;
    private final AtomicInteger lists = new AtomicInteger();
    private final List<ListOptions> watchOptions = new CopyOnWriteArrayList<>();
    private final List<AtomicInteger> events = new CopyOnWriteArrayList<>();
    private volatile String lastEventResourceVersion;

    CountingListerWatcher(ListerWatcher<ConfigMap, ConfigMapList> delegate) {
      this.delegate = delegate;
    }

    int lists() {
      return lists.get();
    }

    int watches() {
      return events.size();
    }

    int events(int watch) {
      return watch < events.size() ? events.get(watch).get() : 0;
    }

    ListOptions watchOptions(int watch) {
      return watchOptions.get(watch);
    }

    String lastEventResourceVersion() {
      return lastEventResourceVersion;
    }

    @Override
    public ConfigMapList list(ListOptions options) {
      ConfigMapList list = delegate.list(options);
      lists.incrementAndGet();
      return list;
    }

    @Override
    public Watch<ConfigMap> watch(ListOptions options) {
      Watch<ConfigMap> watch = delegate.watch(options);
      AtomicInteger count = new AtomicInteger();
      watchOptions.add(options);
      events.add(count);
      return new Watch<>() {
        @Override
        public WatchEvent<ConfigMap> next() throws InterruptedException {
          WatchEvent<ConfigMap> event = watch.next();
          if (event != null && event.object() != null) {
            lastEventResourceVersion = event.object().getMetadata().getResourceVersion();
            count.incrementAndGet();
          }
          return event;
        }

        @Override
        public void close() {
          watch.close();
        }
      };
    }
  }
}
