package io.kubegen.runtime.rest;

import static io.kubegen.runtime.rest.WatchTestSupport.callBlocking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.MockApiServer;
import io.kubegen.runtime.scheme.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * WebSocket watch against fabric8's kubernetes-server-mock in CRUD mode: changes made over plain
 * HTTP arrive as typed events. The mock replays ADDED for every existing match on each new watch,
 * which these tests use to know the watch is registered before they change anything.
 */
@Timeout(60)
class WatchWebSocketMockServerTest {
  private static final String CONFIGMAPS = "/api/v1/namespaces/ns1/configmaps";
  private static final JsonCodec JSON = JsonCodec.shared();

  private static MockApiServer server;
  private static HttpClient http;

  @BeforeAll
  static void startServer() {
    server = MockApiServer.start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private Watch<ConfigMap> watch(String query) {
    HttpRequest request = HttpRequest.newBuilder(uri(CONFIGMAPS + "?" + query))
        .header("Authorization", "Bearer " + WatchTestSupport.TOKEN)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(10))
        .GET()
        .build();
    return WatchStreams.open(http, WatchTransport.WEBSOCKET, request, ConfigMap.class, JSON);
  }

  private static URI uri(String pathAndQuery) {
    return URI.create(server.uri() + pathAndQuery);
  }

  private static ConfigMap send(String method, String path, ConfigMap body, int expected) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    if (body != null) {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.write(body)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(expected, response.statusCode(), () -> new String(response.body()));
    return JSON.read(response.body(), ConfigMap.class);
  }

  private static ConfigMap create(String name, Map<String, String> labels, String value) throws Exception {
    ConfigMap cm = ConfigMap.named("ns1", name).withData(Map.of("k", value));
    if (labels != null) {
      cm.getMetadata().setLabels(labels);
    }
    return send("POST", CONFIGMAPS, cm, 201);
  }

  private static ConfigMap update(ConfigMap current, String value) throws Exception {
    ConfigMap changed = current.deepCopy().withData(Map.of("k", value));
    return send("PUT", CONFIGMAPS + "/" + current.getMetadata().getName(), changed, 200);
  }

  private static void delete(String name) throws Exception {
    send("DELETE", CONFIGMAPS + "/" + name, null, 200);
  }

  private static void assertEvent(WatchEvent<ConfigMap> event, WatchEvent.Type type, String name, String value) {
    assertTrue(event != null, "an event, not the end of the stream");
    assertEquals(type, event.type(), () -> "event " + event);
    assertEquals(name, event.object().getMetadata().getName());
    assertEquals("ns1", event.object().getMetadata().getNamespace());
    assertEquals(Map.of("k", value), event.object().getData());
    assertEquals("ConfigMap", event.object().getKind());
  }

  @Test
  void createUpdateAndDeleteArriveAsTypedEventsInOrder() throws Exception {
    create("zero", null, "0");
    try (Watch<ConfigMap> watch = watch("watch=true")) {
      assertEvent(watch.next(), WatchEvent.Type.ADDED, "zero", "0"); // replayed: the watch is registered

      ConfigMap one = create("one", null, "1");
      ConfigMap oneUpdated = update(one, "2");
      delete("one");

      WatchEvent<ConfigMap> added = watch.next();
      assertEvent(added, WatchEvent.Type.ADDED, "one", "1");
      assertEquals(one.getMetadata().getResourceVersion(), added.object().getMetadata().getResourceVersion());
      WatchEvent<ConfigMap> modified = watch.next();
      assertEvent(modified, WatchEvent.Type.MODIFIED, "one", "2");
      assertEquals(oneUpdated.getMetadata().getResourceVersion(), modified.object().getMetadata().getResourceVersion());
      assertEvent(watch.next(), WatchEvent.Type.DELETED, "one", "2");
    }
  }

  @Test
  void aLabelSelectorWatchSeesOnlyMatchingObjects() throws Exception {
    create("web-0", Map.of("app", "web"), "0");
    try (Watch<ConfigMap> watch = watch("watch=true&labelSelector=app%3Dweb")) {
      assertEvent(watch.next(), WatchEvent.Type.ADDED, "web-0", "0");

      ConfigMap db = create("db-1", Map.of("app", "db"), "1");
      ConfigMap web = create("web-1", Map.of("app", "web"), "1");
      update(db, "2");
      update(web, "2");
      delete("db-1");
      delete("web-1");

      assertEvent(watch.next(), WatchEvent.Type.ADDED, "web-1", "1");
      assertEvent(watch.next(), WatchEvent.Type.MODIFIED, "web-1", "2");
      WatchEvent<ConfigMap> deleted = watch.next();
      assertEvent(deleted, WatchEvent.Type.DELETED, "web-1", "2");
      assertEquals(Map.of("app", "web"), deleted.object().getMetadata().getLabels());
    }
  }

  @Test
  void closeFromAnotherThreadUnblocksNextPromptly() throws Exception {
    Watch<ConfigMap> watch = watch("watch=true");
    CompletableFuture<WatchEvent<ConfigMap>> pending = callBlocking(watch::next);
    assertFalse(pending.isDone(), "nothing to watch yet");
    long start = System.nanoTime();
    watch.close();
    assertNull(pending.get(5, TimeUnit.SECONDS));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "close is prompt");
    assertNull(watch.next());

    // The server is still fine for new watches.
    create("after", null, "1");
    try (Watch<ConfigMap> again = watch("watch=true")) {
      assertEvent(again.next(), WatchEvent.Type.ADDED, "after", "1");
    }
  }
}
