package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.StreamingApiServer.cmJson;
import static io.kubegen.runtime.cache.StreamingApiServer.listJson;
import static io.kubegen.runtime.cache.StreamingApiServer.statusJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.clock.Clock;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.testing.FakeClock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Failing lists and watches over HTTP against a scripted apiserver: the reflector backs off on its
 * injected clock (800 ms doubling, with jitter) and never sleeps for real; the REST client's own
 * Retry-After handling runs on its injected time source.
 */
@Timeout(30)
class ReflectorBackoffHttpTest {
  private static final GroupVersionResource CONFIGMAPS = new GroupVersionResource("", "v1", "configmaps");

  private StreamingApiServer server;
  private final FakeClock clock = new FakeClock();
  private final List<RuntimeException> watchErrors = Collections.synchronizedList(new ArrayList<>());
  private Reflector<ConfigMap, ?> reflector;
  private Thread thread;
  private SharedIndexInformer<ConfigMap> informer;

  @BeforeEach
  void startServer() throws Exception {
    server = StreamingApiServer.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (reflector != null) {
      reflector.stop();
      thread.join(5_000);
      assertFalse(thread.isAlive(), "the reflector ends on stop");
    }
    if (informer != null) {
      informer.stop();
    }
    server.close();
    assertEquals(List.of(), server.failures());
  }

  private HttpResourceClient<ConfigMap, ConfigMapList> client(URI uri, int maxRetries, Clock time) {
    RestClient rest = RestClient.builder(RestConfig.builder(uri)
            .qps(0)
            .maxRetries(maxRetries)
            .requestTimeout(Duration.ofSeconds(10))
            .build())
        .clock(time)
        .build();
    return HttpResourceClient.create(rest, CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class).inNamespace("ns");
  }

  private void startReflector(ListerWatcher<ConfigMap, ConfigMapList> lw, Store<ConfigMap> store) {
    reflector = Reflector.builder(lw, store)
        .name("http-reflector")
        .clock(clock)
        .random(() -> 0.0) // no jitter: exact backoffs
        .watchErrorHandler((r, e) -> watchErrors.add(e))
        .build();
    thread = new Thread(reflector::run, "http-reflector");
    thread.start();
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("timed out waiting until " + what);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void aListFailingWith500Then429BacksOffOnTheClockThenSyncs() throws Exception {
    server.enqueue(e -> e.respond(500, statusJson(500, "InternalError", "etcd is sulking")))
        .enqueue(e -> e.respond(429, statusJson(429, "TooManyRequests", "slow down"), "Retry-After", "1"))
        .enqueue(e -> e.respond(200, listJson("5", null, List.of(cmJson("ns", "a", "5")))))
        .enqueue(e -> e.startStream().hold());
    RecordingStore store = new RecordingStore();
    startReflector(ListWatch.of(client(server.uri(), 0, Clock.system())), store);

    clock.awaitWaiters(1);
    assertEquals(List.of(Duration.ofMillis(800)), clock.sleeps(), "the first backoff");
    assertEquals(1, server.requests().size(), "no second attempt before the backoff has passed");
    clock.step(Duration.ofMillis(800));

    assertEquals(List.of(Duration.ofMillis(800), Duration.ofMillis(1600)), clock.awaitSleeps(2), "then twice as long");
    assertEquals(2, server.requests().size());
    clock.step(Duration.ofMillis(1600));

    assertEquals(List.of("replace@5 [ns/a]"), store.awaitCalls(1));
    List<StreamingApiServer.Request> requests = server.awaitRequests(4);
    for (int i = 0; i < 3; i++) {
      assertNull(requests.get(i).query().get("watch"));
      assertEquals("0", requests.get(i).query().get("resourceVersion"), "each attempt is the same first list");
    }
    assertTrue(requests.get(3).isWatch());
    assertEquals("5", requests.get(3).query().get("resourceVersion"));

    assertEquals(2, watchErrors.size(), watchErrors::toString);
    assertTrue(watchErrors.get(0) instanceof ApiException api && api.isInternalError(), watchErrors::toString);
    assertTrue(watchErrors.get(1) instanceof ApiException api && api.isTooManyRequests()
        && api.retryAfterSeconds().orElse(-1) == 1, watchErrors::toString);
    assertEquals(2, clock.sleeps().size(), "no backoff once synced");
  }

  @Test
  void aRefusedWatchWith429BacksOffAndWatchesAgainFromTheSameResourceVersionWithoutRelisting() throws Exception {
    server.enqueue(e -> e.respond(200, listJson("5", null, List.of(cmJson("ns", "a", "5")))))
        .enqueue(e -> e.respond(429, statusJson(429, "TooManyRequests", "slow down"), "Retry-After", "1"))
        .enqueue(e -> e.startStream().hold());
    RecordingStore store = new RecordingStore();
    startReflector(ListWatch.of(client(server.uri(), 0, Clock.system())), store);

    clock.awaitWaiters(1);
    assertEquals(List.of(Duration.ofMillis(800)), clock.sleeps());
    clock.step(Duration.ofMillis(800));
    List<StreamingApiServer.Request> requests = server.awaitRequests(3);
    assertTrue(requests.get(1).isWatch() && requests.get(2).isWatch(), requests::toString);
    assertEquals("5", requests.get(2).query().get("resourceVersion"));
    assertEquals(List.of("replace@5 [ns/a]"), store.calls(), "no relist");
    assertEquals(List.of(), watchErrors, "a throttled watch is retried quietly");
  }

  @Test
  void anInformerWhoseListIsRefusedThenFailsSyncsAfterTwoBackoffs() throws Exception {
    URI dead;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      dead = URI.create("http://127.0.0.1:" + socket.getLocalPort()); // closed below: connections are refused
    }
    HttpResourceClient<ConfigMap, ConfigMapList> refused = client(dead, 0, Clock.system());
    HttpResourceClient<ConfigMap, ConfigMapList> live = client(server.uri(), 0, Clock.system());
    AtomicInteger listAttempts = new AtomicInteger();
    ListWatch<ConfigMap, ConfigMapList> lw = ListWatch.of(
        (ListOptions options) -> listAttempts.incrementAndGet() == 1 ? refused.list(options) : live.list(options),
        live::watch);
    server.enqueue(e -> e.respond(500, statusJson(500, "InternalError", "try later")))
        .enqueue(e -> e.respond(200, listJson("5", null, List.of(cmJson("ns", "a", "5")))))
        .enqueue(e -> e.startStream().hold());
    informer = SharedIndexInformer.builder(ConfigMap.class, lw).clock(clock).build();
    informer.setWatchErrorHandler((r, e) -> watchErrors.add(e));
    informer.start();

    clock.awaitWaiters(1);
    Duration first = clock.sleeps().get(0);
    assertTrue(first.compareTo(Duration.ofMillis(800)) >= 0 && first.compareTo(Duration.ofMillis(1600)) < 0,
        "800 ms plus up to 100% jitter: " + first);
    assertEquals(1, listAttempts.get());
    assertTrue(watchErrors.get(0) instanceof ApiException api && api.code() == 0, "no connection: " + watchErrors);
    clock.step(first);

    Duration second = clock.awaitSleeps(2).get(1);
    assertTrue(second.compareTo(Duration.ofMillis(1600)) >= 0 && second.compareTo(Duration.ofMillis(3200)) < 0,
        "doubled: " + second);
    assertEquals(2, listAttempts.get());
    clock.step(second);

    awaitTrue(informer::hasSynced, "the informer has synced");
    assertEquals(3, listAttempts.get());
    assertEquals(List.of("ns/a"), informer.getStore().listKeys());
    assertEquals(2, watchErrors.size(), watchErrors::toString);
    assertTrue(server.awaitRequests(3).get(2).isWatch());
  }

  @Test
  void theRestClientHonoursRetryAfterOnItsOwnClockBeforeTheReflectorSeesAFailure() throws Exception {
    server.enqueue(e -> e.respond(429, statusJson(429, "TooManyRequests", "slow down"), "Retry-After", "3"))
        .enqueue(e -> e.respond(503, statusJson(503, "ServiceUnavailable", "starting"), "Retry-After", "1"))
        .enqueue(e -> e.respond(200, listJson("5", null, List.of(cmJson("ns", "a", "5")))))
        .enqueue(e -> e.startStream().hold());
    FakeClock time = FakeClock.autoAdvancing();
    RecordingStore store = new RecordingStore();
    startReflector(ListWatch.of(client(server.uri(), 10, time)), store);

    assertEquals(List.of("replace@5 [ns/a]"), store.awaitCalls(1));
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(1)), time.sleeps(),
        "max(Retry-After, client backoff 0.5 s, 1 s)");
    assertEquals(List.of(), clock.sleeps(), "the reflector never saw a failure");
    assertEquals(List.of(), watchErrors);
    assertEquals(4, server.awaitRequests(4).size());
  }
}
