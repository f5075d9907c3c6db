package io.kubegen.runtime.rest;

import static io.kubegen.runtime.rest.WatchTestSupport.TOKEN;
import static io.kubegen.runtime.rest.WatchTestSupport.bookmark;
import static io.kubegen.runtime.rest.WatchTestSupport.callBlocking;
import static io.kubegen.runtime.rest.WatchTestSupport.event;
import static io.kubegen.runtime.rest.WatchTestSupport.expired;
import static io.kubegen.runtime.rest.WatchTestSupport.forbidden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.WatchWebSocketScriptServer;
import io.kubegen.runtime.fixtures.WatchWebSocketScriptServer.Frame;
import io.kubegen.runtime.scheme.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** WebSocket watch against a scripted RFC 6455 server: framing, handshake, headers and closing. */
@Timeout(30)
class WatchWebSocketTest {
  private static final String PATH = "/api/v1/namespaces/ns1/configmaps";

  private WatchWebSocketScriptServer server;
  private HttpClient client;
  private final CountDownLatch testDone = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = WatchWebSocketScriptServer.start();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() throws Exception {
    testDone.countDown();
    server.close();
  }

  private Watch<ConfigMap> open() {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + PATH + "?watch=true&labelSelector=app%3Dweb"))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Accept", "application/json")
        .header("User-Agent", "kubegen-test/1.0")
        .header("Impersonate-Group", "developers")
        .header("Impersonate-Group", "admins")
        .timeout(Duration.ofSeconds(10))
        .GET()
        .build();
    return WatchStreams.open(client, WatchTransport.WEBSOCKET, request, ConfigMap.class, JsonCodec.shared());
  }

  @Test
  void sendsTheRequestHeadersAndQueryOverTheUpgrade() throws Exception {
    CompletableFuture<WatchWebSocketScriptServer.Connection> seen = new CompletableFuture<>();
    server.enqueue(c -> {
      seen.complete(c);
      c.accept().sendText(event("ADDED", "a", "10", "v1")).sendClose(1000);
    });
    try (Watch<ConfigMap> watch = open()) {
      assertEquals(WatchEvent.Type.ADDED, watch.next().type());
      assertNull(watch.next());
    }
    WatchWebSocketScriptServer.Connection c = seen.get(5, TimeUnit.SECONDS);
    assertEquals("GET " + PATH + "?watch=true&labelSelector=app%3Dweb HTTP/1.1", c.requestLine());
    Map<String, String> headers = c.headers();
    assertEquals("Bearer " + TOKEN, headers.get("authorization"));
    assertEquals("application/json", headers.get("accept"));
    assertEquals("kubegen-test/1.0", headers.get("user-agent"));
    assertEquals("developers,admins", headers.get("impersonate-group"));
    assertEquals("websocket", headers.get("upgrade").toLowerCase());
    assertTrue(server.failures().isEmpty(), () -> server.failures().toString());
  }

  @Test
  void aRequestedSubprotocolIsOfferedInTheHandshake() throws Exception {
    CompletableFuture<Map<String, String>> seen = new CompletableFuture<>();
    server.enqueue(c -> {
      seen.complete(c.headers());
      c.accept().sendClose(1000);
    });
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + PATH + "?watch=true"))
        .header("Sec-WebSocket-Protocol", "v1.watch.example, v2.watch.example")
        .header("Authorization", "Bearer " + TOKEN)
        .GET()
        .build();
    try (Watch<ConfigMap> watch =
        WatchStreams.open(client, WatchTransport.WEBSOCKET, request, ConfigMap.class, JsonCodec.shared())) {
      assertNull(watch.next());
    }
    assertEquals("v1.watch.example, v2.watch.example", seen.get(5, TimeUnit.SECONDS).get("sec-websocket-protocol"));
  }

  @Test
  void textBinaryAndFragmentedMessagesAreEachOneEvent() throws Exception {
    String fragmented = event("MODIFIED", "a", "11", "v2");
    int third = fragmented.length() / 3;
    server.enqueue(c -> c.accept()
        .sendText(event("ADDED", "a", "10", "v1"))
        .sendFragments(fragmented.substring(0, third), fragmented.substring(third, 2 * third),
            fragmented.substring(2 * third))
        .sendBinary(event("DELETED", "a", "12", "v2").getBytes(StandardCharsets.UTF_8))
        .sendText(bookmark("13"))
        .sendText(expired())
        .sendClose(1000));
    try (Watch<ConfigMap> watch = open()) {
      WatchEvent<ConfigMap> added = watch.next();
      assertEquals(WatchEvent.Type.ADDED, added.type());
      assertEquals(Map.of("k", "v1"), added.object().getData());
      WatchEvent<ConfigMap> modified = watch.next();
      assertEquals(WatchEvent.Type.MODIFIED, modified.type());
      assertEquals("11", modified.object().getMetadata().getResourceVersion());
      assertEquals(Map.of("k", "v2"), modified.object().getData());
      WatchEvent<ConfigMap> deleted = watch.next();
      assertEquals(WatchEvent.Type.DELETED, deleted.type());
      assertEquals("12", deleted.object().getMetadata().getResourceVersion());
      WatchEvent<ConfigMap> bookmark = watch.next();
      assertEquals(WatchEvent.Type.BOOKMARK, bookmark.type());
      assertEquals("13", bookmark.object().getMetadata().getResourceVersion());
      WatchEvent<ConfigMap> error = watch.next();
      assertEquals(WatchEvent.Type.ERROR, error.type());
      assertTrue(ApiErrors.fromWatchStatus("GET", URI.create(server.uri() + PATH), error.status()).isResourceExpired());
      assertNull(watch.next(), "the server's Close frame ends the stream");
    }
  }

  @Test
  void aMalformedMessageIsAnErrorEventAndTheStreamGoesOn() throws Exception {
    server.enqueue(c -> c.accept()
        .sendText("{\"type\":\"ADDED\",\"object\":")
        .sendText("{\"type\":\"SOMETHING\",\"object\":{}}")
        .sendText(event("ADDED", "b", "11", "v1"))
        .sendClose(1000));
    try (Watch<ConfigMap> watch = open()) {
      WatchEvent<ConfigMap> malformed = watch.next();
      assertEquals(WatchEvent.Type.ERROR, malformed.type());
      assertEquals(500, malformed.status().getCode());
      assertEquals("InternalError", malformed.status().getReason());
      WatchEvent<ConfigMap> unknown = watch.next();
      assertEquals(WatchEvent.Type.ERROR, unknown.type());
      assertTrue(unknown.status().getMessage().contains("SOMETHING"));
      assertEquals("b", watch.next().object().getMetadata().getName());
      assertNull(watch.next());
    }
  }

  @Test
  void aRefusedHandshakeIsAnApiExceptionFromTheStatusBody() {
    server.enqueue(c -> c.refuse(403, "Forbidden", forbidden()));
    ApiException e = assertThrows(ApiException.class, this::open);
    assertEquals(403, e.code());
    assertTrue(e.isForbidden());
    assertEquals("Forbidden", e.status().getReason());
    assertTrue(e.status().getMessage() != null && e.status().getMessage().contains("cannot watch"),
        () -> "status " + e.status());
    assertFalse(e.getMessage().contains(TOKEN));
  }

  @Test
  void aRefusedHandshakeWithoutStatusStillCarriesTheCode() {
    server.enqueue(c -> c.refuse(401, "Unauthorized", "Unauthorized"));
    ApiException e = assertThrows(ApiException.class, this::open);
    assertEquals(401, e.code());
    assertTrue(e.isUnauthorized());
  }

  @Test
  void aDroppedConnectionEndsTheStream() throws Exception {
    // The drop waits until the event has arrived: JDK 17's WebSocket can miss an EOF that comes in
    // the same read as the handshake response and the first frame (it then never reports the end).
    CountDownLatch received = new CountDownLatch(1);
    server.enqueue(c -> {
      c.accept().sendText(event("ADDED", "a", "10", "v1"));
      c.await(received);
      c.drop();
    });
    try (Watch<ConfigMap> watch = open()) {
      assertEquals(WatchEvent.Type.ADDED, watch.next().type());
      CompletableFuture<WatchEvent<ConfigMap>> pending = callBlocking(watch::next);
      received.countDown();
      assertNull(pending.get(10, TimeUnit.SECONDS), "a dropped connection ends the stream without an exception");
    }
  }

  @Test
  void closeFromAnotherThreadUnblocksNextAndSendsACloseFrame() throws Exception {
    CompletableFuture<Frame> closeFrame = new CompletableFuture<>();
    server.enqueue(c -> {
      c.accept().sendText(event("ADDED", "a", "10", "v1"));
      Frame frame = c.readFrame();
      closeFrame.complete(frame);
      c.sendClose(1000);
      c.await(testDone);
    });
    Watch<ConfigMap> watch = open();
    assertEquals(WatchEvent.Type.ADDED, watch.next().type());
    CompletableFuture<WatchEvent<ConfigMap>> pending = callBlocking(watch::next);
    assertFalse(pending.isDone());
    long start = System.nanoTime();
    watch.close();
    assertNull(pending.get(5, TimeUnit.SECONDS));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "close is prompt");
    Frame frame = closeFrame.get(5, TimeUnit.SECONDS);
    assertEquals(Frame.CLOSE, frame.opcode());
    assertEquals(1000, ((frame.payload()[0] & 0xff) << 8) | (frame.payload()[1] & 0xff));
    assertNull(watch.next());
    watch.close();
  }

  @Test
  void eventsQueuedBeforeCloseAreDropped() throws Exception {
    CountDownLatch sent = new CountDownLatch(1);
    server.enqueue(c -> {
      c.accept().sendText(event("ADDED", "a", "10", "v1")).sendText(event("ADDED", "b", "11", "v1"));
      sent.countDown();
      c.await(testDone);
    });
    Watch<ConfigMap> watch = open();
    assertTrue(sent.await(5, TimeUnit.SECONDS));
    watch.close();
    assertNull(watch.next(), "a closed watch delivers nothing more");
  }

  @Test
  void theSchemeBecomesWsOrWss() {
    assertEquals(URI.create("ws://h:80/api/v1/pods?watch=true&labelSelector=a%3Db"),
        WebSocketWatch.webSocketUri(URI.create("http://h:80/api/v1/pods?watch=true&labelSelector=a%3Db")));
    assertEquals(URI.create("wss://h:6443/api/v1/pods?watch=true"),
        WebSocketWatch.webSocketUri(URI.create("https://h:6443/api/v1/pods?watch=true")));
    assertEquals(URI.create("wss://h/x"), WebSocketWatch.webSocketUri(URI.create("HTTPS://h/x")));
  }
}
