package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.StreamingApiServer.bookmarkJson;
import static io.kubegen.runtime.cache.StreamingApiServer.cmJson;
import static io.kubegen.runtime.cache.StreamingApiServer.eventJson;
import static io.kubegen.runtime.cache.StreamingApiServer.expiredEventJson;
import static io.kubegen.runtime.cache.StreamingApiServer.listJson;
import static io.kubegen.runtime.cache.StreamingApiServer.statusJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@link SharedIndexInformer} over {@link HttpResourceClient} against a JDK HttpServer speaking
 * the kube-apiserver's list and HTTP streaming watch (chunked JSON events): resumption after the
 * server closes a watch, bookmarks, 410 Expired (as an ERROR event and as the watch's answer) with
 * deletions seen only by the relist, and a paginated initial list. Each test scripts every request
 * and asserts the requests' query parameters as well as what the handler heard.
 */
@Timeout(30)
class SharedIndexInformerHttpTest {
  private static final GroupVersionResource CONFIGMAPS = new GroupVersionResource("", "v1", "configmaps");
  private static final String PATH = "/api/v1/namespaces/ns/configmaps";
  private static final String NAME = "configmaps-over-http";

  private StreamingApiServer server;
  private SharedIndexInformer<ConfigMap> informer;
  private final RecordingHandler handler = new RecordingHandler();
  private final List<RuntimeException> watchErrors = Collections.synchronizedList(new ArrayList<>());
  /** Backoffs take no real time; no test here expects one but the relists client-go also delays. */
  private final FakeClock clock = FakeClock.autoAdvancing();

  @BeforeEach
  void startServer() throws Exception {
    server = StreamingApiServer.start();
  }

  @AfterEach
  void stop() {
    if (informer != null) {
      informer.stop();
    }
    server.close();
    assertEquals(List.of(), server.failures(), "every scripted response was written whole");
  }

  private void startInformer() {
    startInformer(WatchTransport.HTTP_STREAMING);
  }

  private void startInformer(WatchTransport transport) {
    RestClient rest = RestClient.create(RestConfig.builder(server.uri())
        .watchTransport(transport)
        .qps(0)
        .maxRetries(0)
        .requestTimeout(Duration.ofSeconds(10))
        .build());
    HttpResourceClient<ConfigMap, ConfigMapList> client =
        HttpResourceClient.create(rest, CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class).inNamespace("ns");
    informer = SharedIndexInformer.builder(ConfigMap.class, ListWatch.of(client)).name(NAME).clock(clock).build();
    informer.setWatchErrorHandler((r, e) -> watchErrors.add(e));
    informer.addEventHandler(handler);
    informer.start();
  }

  private static void respondList(StreamingApiServer.Exchange exchange, String rv, String continueToken,
      String... items) throws Exception {
    exchange.respond(200, listJson(rv, continueToken, List.of(items)));
  }

  private Map<String, String> cacheView() {
    Map<String, String> view = new TreeMap<>();
    for (ConfigMap cm : informer.getStore().list()) {
      view.put(KeyFunctions.metaNamespaceKey(cm), cm.getMetadata().getResourceVersion());
    }
    return view;
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

  private static void assertFirstList(StreamingApiServer.Request request) {
    assertEquals("GET", request.method());
    assertEquals(PATH, request.path());
    assertNull(request.query().get("watch"), "a list");
    assertEquals("0", request.query().get("resourceVersion"), "the first list asks for any recent state");
    assertEquals("500", request.query().get("limit"));
  }

  private static void assertWatch(StreamingApiServer.Request request, String resourceVersion) {
    assertEquals(PATH, request.path());
    assertTrue(request.isWatch(), () -> "a watch: " + request);
    assertEquals(resourceVersion, request.query().get("resourceVersion"), () -> "the watch's resourceVersion: " + request);
    assertEquals("true", request.query().get("allowWatchBookmarks"));
    long timeout = Long.parseLong(request.query().get("timeoutSeconds"));
    assertTrue(timeout >= 300 && timeout < 600, "a watch timeout of 5 to 10 minutes: " + timeout);
  }

  private static void assertRelistOfLatest(StreamingApiServer.Request request) {
    assertEquals(PATH, request.path());
    assertNull(request.query().get("watch"), () -> "a list: " + request);
    assertEquals("", request.query().getOrDefault("resourceVersion", ""),
        () -> "after 410 the relist asks for the latest state: " + request);
    assertNull(request.query().get("continue"));
  }

  @Test
  void aWatchClosedByTheServerResumesFromTheLastResourceVersionWithoutRelisting() throws Exception {
    server.enqueue(e -> respondList(e, "11", null, cmJson("ns", "a", "10"), cmJson("ns", "b", "11")))
        .enqueue(e -> e.startStream()
            .event(eventJson("MODIFIED", cmJson("ns", "a", "12")))
            .event(eventJson("ADDED", cmJson("ns", "c", "13")))) // then the server ends the response
        .enqueue(e -> e.startStream()
            .event(eventJson("DELETED", cmJson("ns", "b", "14")))
            .event(eventJson("MODIFIED", cmJson("ns", "c", "15")))
            .hold());
    startInformer();

    assertEquals(List.of("add ns/a@10 initial", "add ns/b@11 initial"), handler.nextSorted(2));
    assertEquals(List.of("update ns/a@10->12", "add ns/c@13", "delete ns/b@14", "update ns/c@13->15"),
        handler.next(4));

    List<StreamingApiServer.Request> requests = server.requests();
    assertEquals(3, requests.size(), () -> "one list, then two watches: " + requests);
    assertFirstList(requests.get(0));
    assertWatch(requests.get(1), "11");
    assertWatch(requests.get(2), "13"); // the last event's resourceVersion, not the list's
    assertEquals(Map.of("ns/a", "12", "ns/c", "15"), cacheView());
    assertEquals(List.of(), handler.pending(), "no duplicate add, nothing else");
    assertEquals(List.of(), clock.sleeps(), "a watch that delivered events is resumed at once");
    assertEquals(List.of(), watchErrors);
  }

  @Test
  void aWatchCutInTheMiddleOfAnEventResumesFromTheLastCompleteEvent() throws Exception {
    String half = eventJson("MODIFIED", cmJson("ns", "a", "13"));
    server.enqueue(e -> respondList(e, "10", null, cmJson("ns", "a", "10")))
        .enqueue(e -> e.startStream()
            .event(eventJson("MODIFIED", cmJson("ns", "a", "12")))
            .write(half.substring(0, half.length() / 2))) // then the connection ends mid-event
        .enqueue(e -> e.startStream()
            .event(eventJson("MODIFIED", cmJson("ns", "a", "13")))
            .hold());
    startInformer();

    assertEquals(List.of("add ns/a@10 initial", "update ns/a@10->12", "update ns/a@12->13"), handler.next(3));
    List<StreamingApiServer.Request> requests = server.requests();
    assertEquals(3, requests.size(), requests::toString);
    assertWatch(requests.get(2), "12");
    assertEquals(List.of(), handler.pending());
  }

  @Test
  void stopEndsAnInformerWhoseFirstListNeverAnswers() throws Exception {
    // No script: the server holds the list request open.
    startInformer();
    server.awaitRequests(1);
    long start = System.nanoTime();
    informer.stop();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(informer.isStopped());
    assertFalse(informer.hasSynced());
    assertTrue(millis < 5_000, "stop interrupts the pending list instead of waiting for its timeout: " + millis + " ms");
    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.getName().startsWith(SharedIndexInformer.THREAD_NAME_PREFIX + NAME)),
        "no informer thread is left");
  }

  @Test
  void aWebSocketWatchRefusedWith410ForcesARelist() throws Exception {
    server.enqueue(e -> respondList(e, "3", null, cmJson("ns", "a", "1"), cmJson("ns", "b", "2")))
        .enqueue(e -> e.respond(410, statusJson(410, "Expired", "too old resource version: 3 (7)")))
        .enqueue(e -> respondList(e, "9", null, cmJson("ns", "b", "2")));
    startInformer(WatchTransport.WEBSOCKET);

    assertEquals(List.of("add ns/a@1 initial", "add ns/b@2 initial"), handler.nextSorted(2));
    assertEquals(List.of("delete ns/a@1 tombstone"), handler.next(1));
    List<StreamingApiServer.Request> requests = server.awaitRequests(4);
    assertWatch(requests.get(1), "3");
    assertRelistOfLatest(requests.get(2));
    assertWatch(requests.get(3), "9"); // held open by the server: the handshake never completes
    assertTrue(watchErrors.get(0) instanceof ApiException api && api.code() == 410, watchErrors::toString);
  }

  @Test
  void bookmarksAdvanceTheResourceVersionAndNeverReachHandlers() throws Exception {
    CountDownLatch endFirstWatch = new CountDownLatch(1);
    server.enqueue(e -> respondList(e, "5", null, cmJson("ns", "a", "5")))
        .enqueue(e -> e.startStream()
            .event(bookmarkJson("7", false))
            .event(eventJson("MODIFIED", cmJson("ns", "a", "8")))
            .event(bookmarkJson("20", true))
            .await(endFirstWatch))
        .enqueue(e -> e.startStream()
            .event(eventJson("MODIFIED", cmJson("ns", "a", "21")))
            .hold());
    startInformer();

    assertEquals(List.of("add ns/a@5 initial", "update ns/a@5->8"), handler.next(2));
    awaitTrue(() -> "20".equals(informer.lastSyncResourceVersion()), "the bookmark's resourceVersion is the informer's");
    assertEquals(Map.of("ns/a", "8"), cacheView(), "a bookmark is not an object");

    endFirstWatch.countDown();
    assertEquals(List.of("update ns/a@8->21"), handler.next(1));
    List<StreamingApiServer.Request> requests = server.requests();
    assertEquals(3, requests.size(), requests::toString);
    assertWatch(requests.get(1), "5");
    assertWatch(requests.get(2), "20"); // from the bookmark, past the last object event (8)
    assertEquals(List.of(), handler.pending(), "bookmarks reach no handler");
  }

  @Test
  void anExpiredErrorEventForcesARelistThatDeliversUnseenDeletionsAsTombstones() throws Exception {
    server.enqueue(e -> respondList(e, "3", null,
            cmJson("ns", "a", "1"), cmJson("ns", "b", "2"), cmJson("ns", "c", "3")))
        .enqueue(e -> e.startStream()
            .event(eventJson("MODIFIED", cmJson("ns", "a", "4")))
            .event(expiredEventJson("3"))) // the API server ends the stream after an ERROR
        // Meanwhile b was deleted, c changed and d created, none of it seen by a watch.
        .enqueue(e -> respondList(e, "9", null, cmJson("ns", "a", "4"), cmJson("ns", "c", "5"), cmJson("ns", "d", "6")))
        .enqueue(e -> e.startStream().hold());
    startInformer();

    assertEquals(List.of("add ns/a@1 initial", "add ns/b@2 initial", "add ns/c@3 initial"), handler.nextSorted(3));
    assertEquals(List.of("update ns/a@1->4"), handler.next(1));
    assertEquals(List.of("add ns/d@6", "delete ns/b@2 tombstone", "update ns/c@3->5"), handler.nextSorted(3));

    List<StreamingApiServer.Request> requests = server.awaitRequests(4);
    assertFirstList(requests.get(0));
    assertWatch(requests.get(1), "3");
    assertRelistOfLatest(requests.get(2));
    assertWatch(requests.get(3), "9");
    assertEquals(Map.of("ns/a", "4", "ns/c", "5", "ns/d", "6"), cacheView());
    assertEquals(List.of(), handler.pending(), "a's unchanged relisted state is no update");
  }

  @Test
  void aWatchRefusedWith410ForcesARelistThatDeliversUnseenDeletionsAsTombstones() throws Exception {
    server.enqueue(e -> respondList(e, "3", null, cmJson("ns", "a", "1"), cmJson("ns", "b", "2")))
        .enqueue(e -> e.respond(410, statusJson(410, "Expired", "too old resource version: 3 (7)")))
        .enqueue(e -> respondList(e, "9", null, cmJson("ns", "a", "1")))
        .enqueue(e -> e.startStream().hold());
    startInformer();

    assertEquals(List.of("add ns/a@1 initial", "add ns/b@2 initial"), handler.nextSorted(2));
    assertEquals(List.of("delete ns/b@2 tombstone"), handler.next(1));
    List<StreamingApiServer.Request> requests = server.awaitRequests(4);
    assertWatch(requests.get(1), "3");
    assertRelistOfLatest(requests.get(2));
    assertWatch(requests.get(3), "9");
    assertEquals(Map.of("ns/a", "1"), cacheView());
    assertEquals(1, watchErrors.size(), () -> "the watch error handler hears of the 410: " + watchErrors);
    assertTrue(watchErrors.get(0) instanceof ApiException api && api.isResourceExpired(), watchErrors::toString);
    assertEquals(List.of(), handler.pending());
  }

  @Test
  void aPaginatedInitialListFillsTheCache() throws Exception {
    List<String> page1 = IntStream.range(0, 500).mapToObj(i -> cmJson("ns", "cm-" + i, String.valueOf(i + 1))).toList();
    List<String> page2 = IntStream.range(500, 1000).mapToObj(i -> cmJson("ns", "cm-" + i, String.valueOf(i + 1))).toList();
    List<String> page3 = IntStream.range(1000, 1200).mapToObj(i -> cmJson("ns", "cm-" + i, String.valueOf(i + 1))).toList();
    server.enqueue(e -> e.respond(200, listJson("1500", "token-1", page1)))
        .enqueue(e -> e.respond(200, listJson("1500", "token-2", page2)))
        .enqueue(e -> e.respond(200, listJson("1500", null, page3)))
        .enqueue(e -> e.startStream().hold());
    startInformer();

    awaitTrue(informer::hasSynced, "the informer has synced");
    assertEquals(1200, informer.getStore().listKeys().size());
    for (int i = 0; i < 1200; i++) {
      ConfigMap cm = informer.getStore().getByKey("ns/cm-" + i);
      assertEquals(String.valueOf(i + 1), cm.getMetadata().getResourceVersion());
      assertEquals(Map.of("rv", String.valueOf(i + 1)), cm.getData());
    }
    List<String> adds = handler.next(1200);
    assertTrue(adds.stream().allMatch(s -> s.startsWith("add ns/cm-") && s.endsWith(" initial")), "initial adds");
    assertEquals(1200, adds.stream().distinct().count());

    List<StreamingApiServer.Request> requests = server.awaitRequests(4);
    assertFirstList(requests.get(0));
    assertEquals(Map.of("limit", "500", "continue", "token-1"), requests.get(1).query(),
        "later pages carry the continue token and the limit only");
    assertEquals(Map.of("limit", "500", "continue", "token-2"), requests.get(2).query());
    assertWatch(requests.get(3), "1500");
  }

  @Test
  void anExpiredContinueTokenFallsBackToOneFullList() throws Exception {
    List<String> firstPage = IntStream.range(0, 500).mapToObj(i -> cmJson("ns", "cm-" + i, "1")).toList();
    List<String> all = IntStream.range(0, 700).mapToObj(i -> cmJson("ns", "cm-" + i, "2")).toList();
    server.enqueue(e -> e.respond(200, listJson("100", "token-1", firstPage)))
        .enqueue(e -> e.respond(410, statusJson(410, "Expired",
            "The provided continue parameter is too old to display a consistent list result.")))
        .enqueue(e -> e.respond(200, listJson("200", null, all)))
        .enqueue(e -> e.startStream().hold());
    startInformer();

    awaitTrue(informer::hasSynced, "the informer has synced");
    assertEquals(700, informer.getStore().listKeys().size());
    assertTrue(informer.getStore().list().stream().allMatch(cm -> "2".equals(cm.getMetadata().getResourceVersion())),
        "only the full list's objects, none of the abandoned first page");
    List<StreamingApiServer.Request> requests = server.awaitRequests(4);
    assertEquals(Map.of("limit", "500", "continue", "token-1"), requests.get(1).query());
    assertEquals(Map.of("resourceVersion", "0"), requests.get(2).query(), "one unpaginated list");
    assertWatch(requests.get(3), "200");
    assertEquals(700, handler.next(700).size());
    assertEquals(List.of(), watchErrors, "an expired continue token is no failure");
    assertFalse(informer.isStopped());
  }
}
