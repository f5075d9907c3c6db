package io.kubegen.runtime.rest;

import static io.kubegen.runtime.rest.WatchTestSupport.TOKEN;
import static io.kubegen.runtime.rest.WatchTestSupport.bookmark;
import static io.kubegen.runtime.rest.WatchTestSupport.callBlocking;
import static io.kubegen.runtime.rest.WatchTestSupport.event;
import static io.kubegen.runtime.rest.WatchTestSupport.expired;
import static io.kubegen.runtime.rest.WatchTestSupport.forbidden;
import static io.kubegen.runtime.rest.WatchTestSupport.liveThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.WatchScriptServer;
import io.kubegen.runtime.scheme.JsonCodec;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** HTTP streaming watch against a JDK HttpServer replaying apiserver-shaped chunked watch streams. */
@Timeout(30)
class WatchHttpStreamingTest {
  private static final String PATH = "/api/v1/namespaces/ns1/configmaps";
  private static final String READER_PREFIX = "kubegen-watch-configmaps-";

  private WatchScriptServer server;
  private HttpClient client;
  /** Released at the end of each test, so scripts that hold their stream open finish. */
  private final CountDownLatch testDone = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = WatchScriptServer.start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    testDone.countDown();
    server.close();
  }

  private Watch<ConfigMap> open(URI base) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(PATH + "?watch=true&resourceVersion=5&allowWatchBookmarks=true"))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Accept", "application/json")
        .GET()
        .build();
    return WatchStreams.open(client, WatchTransport.HTTP_STREAMING, request, ConfigMap.class, JsonCodec.shared());
  }

  private Watch<ConfigMap> open() {
    return open(server.uri());
  }

  @Test
  void decodesAddedModifiedDeletedAsTheyArrive() throws Exception {
    CountDownLatch addedSeen = new CountDownLatch(1);
    CountDownLatch modifiedSeen = new CountDownLatch(1);
    AtomicReference<String> query = new AtomicReference<>();
    AtomicReference<String> authorization = new AtomicReference<>();
    server.enqueue(x -> {
      query.set(x.uri().getRawQuery());
      authorization.set(x.requestHeaders().getFirst("Authorization"));
      x.startStream().write(event("ADDED", "a", "10", "v1"));
      x.await(addedSeen);
      x.write(event("MODIFIED", "a", "11", "v2"));
      x.await(modifiedSeen);
      x.write(event("DELETED", "a", "12", "v2"));
    });
    try (Watch<ConfigMap> watch = open()) {
      WatchEvent<ConfigMap> added = watch.next();
      assertEquals(WatchEvent.Type.ADDED, added.type());
      assertEquals("a", added.object().getMetadata().getName());
      assertEquals("10", added.object().getMetadata().getResourceVersion());
      assertEquals(Map.of("k", "v1"), added.object().getData());
      assertNull(added.status());
      addedSeen.countDown();

      WatchEvent<ConfigMap> modified = watch.next();
      assertEquals(WatchEvent.Type.MODIFIED, modified.type());
      assertEquals(Map.of("k", "v2"), modified.object().getData());
      assertEquals("11", modified.object().getMetadata().getResourceVersion());
      modifiedSeen.countDown();

      WatchEvent<ConfigMap> deleted = watch.next();
      assertEquals(WatchEvent.Type.DELETED, deleted.type());
      assertEquals("12", deleted.object().getMetadata().getResourceVersion());

      assertNull(watch.next(), "the server ended the stream");
      assertNull(watch.next(), "and it stays ended");
    }
    assertEquals("watch=true&resourceVersion=5&allowWatchBookmarks=true", query.get());
    assertEquals("Bearer " + TOKEN, authorization.get());
    assertTrue(server.failures().isEmpty(), () -> server.failures().toString());
  }

  @Test
  void bookmarkCarriesOnlyResourceVersionAndTheInitialEventsEndAnnotation() throws Exception {
    server.enqueue(x -> x.startStream().write(event("ADDED", "a", "10", "v1")).write(bookmark("42")));
    try (Watch<ConfigMap> watch = open()) {
      assertEquals(WatchEvent.Type.ADDED, watch.next().type());
      WatchEvent<ConfigMap> bookmark = watch.next();
      assertEquals(WatchEvent.Type.BOOKMARK, bookmark.type());
      assertEquals("42", bookmark.object().getMetadata().getResourceVersion());
      assertEquals(Map.of("k8s.io/initial-events-end", "true"), bookmark.object().getMetadata().getAnnotations());
      assertNull(bookmark.object().getMetadata().getName());
      assertNull(bookmark.object().getData());
      assertNull(watch.next());
    }
  }

  @Test
  void anErrorEventCarriesTheExpiredStatus() throws Exception {
    server.enqueue(x -> x.startStream().write(expired()));
    try (Watch<ConfigMap> watch = open()) {
      WatchEvent<ConfigMap> error = watch.next();
      assertEquals(WatchEvent.Type.ERROR, error.type());
      assertNull(error.object());
      Status status = error.status();
      assertEquals(410, status.getCode());
      assertEquals("Expired", status.getReason());
      ApiException e = ApiErrors.fromWatchStatus("GET", URI.create(server.uri() + PATH + "?watch=true"), status);
      assertTrue(e.isResourceExpired());
      assertTrue(e.isGoneOrExpired());
      assertEquals(410, e.code());
      assertTrue(e.getMessage().contains("too old resource version"), e.getMessage());
      assertNull(watch.next());
    }
  }

  @Test
  void anEventSplitAcrossChunksIsDecodedWhole() throws Exception {
    String whole = event("ADDED", "split", "10", "v1");
    int cut = whole.indexOf("\"data\"") + 3;
    CountDownLatch firstHalfSent = new CountDownLatch(1);
    CountDownLatch sendRest = new CountDownLatch(1);
    server.enqueue(x -> {
      x.startStream().write(whole.substring(0, cut));
      firstHalfSent.countDown();
      x.await(sendRest);
      x.write(whole.substring(cut)).write(event("MODIFIED", "split", "11", "v2"));
    });
    try (Watch<ConfigMap> watch = open()) {
      CompletableFuture<WatchEvent<ConfigMap>> first = callBlocking(watch::next);
      assertTrue(firstHalfSent.await(10, TimeUnit.SECONDS));
      assertFalse(first.isDone(), "half an event is no event");
      sendRest.countDown();
      WatchEvent<ConfigMap> added = first.get(10, TimeUnit.SECONDS);
      assertEquals(WatchEvent.Type.ADDED, added.type());
      assertEquals("split", added.object().getMetadata().getName());
      assertEquals(Map.of("k", "v1"), added.object().getData());
      assertEquals(WatchEvent.Type.MODIFIED, watch.next().type());
      assertNull(watch.next());
    }
  }

  @Test
  void twoEventsInOneChunkWithoutANewlineAreBothDecoded() throws Exception {
    String two = event("ADDED", "a", "10", "v1").strip() + event("ADDED", "b", "11", "v1").strip();
    server.enqueue(x -> x.startStream().write(two));
    try (Watch<ConfigMap> watch = open()) {
      assertEquals("a", watch.next().object().getMetadata().getName());
      assertEquals("b", watch.next().object().getMetadata().getName());
      assertNull(watch.next());
    }
  }

  @Test
  void aStreamEndingInTheMiddleOfAnEventYieldsTheCompleteEventsThenNull() throws Exception {
    String partial = event("MODIFIED", "a", "11", "v2");
    server.enqueue(x -> x.startStream()
        .write(event("ADDED", "a", "10", "v1"))
        .write(partial.substring(0, partial.length() / 2)));
    try (Watch<ConfigMap> watch = open()) {
      assertEquals(WatchEvent.Type.ADDED, watch.next().type());
      assertNull(watch.next(), "no partial event, no exception");
      assertNull(watch.next());
    }
  }

  @Test
  void aConnectionDroppedInTheMiddleOfAChunkedEventYieldsTheCompleteEventsThenNull() throws Exception {
    String partial = event("MODIFIED", "a", "11", "v2");
    try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread rawServer = new Thread(() -> {
        try (Socket socket = raw.accept()) {
          InputStream in = socket.getInputStream();
          int matched = 0;
          byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
          while (matched < end.length) { // read the request head
            int c = in.read();
            matched = c == end[matched] ? matched + 1 : (c == end[0] ? 1 : 0);
          }
          OutputStream out = socket.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.write(chunk(event("ADDED", "a", "10", "v1")));
          out.write(chunk(partial.substring(0, partial.length() / 2)));
          out.flush();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, "watch-test-raw-server");
      rawServer.setDaemon(true);
      rawServer.start();
      try (Watch<ConfigMap> watch = open(URI.create("http://127.0.0.1:" + raw.getLocalPort()))) {
        assertEquals(WatchEvent.Type.ADDED, watch.next().type());
        assertNull(watch.next(), "a broken connection ends the stream without an exception");
      }
      rawServer.join(5_000);
    }
  }

  private static byte[] chunk(String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + data.length + 2];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(data, 0, out, head.length, data.length);
    out[out.length - 2] = '\r';
    out[out.length - 1] = '\n';
    return out;
  }

  @Test
  void garbageInTheStreamBecomesAnErrorEventAndEndsTheStream() throws Exception {
    server.enqueue(x -> {
      x.startStream().write(event("ADDED", "a", "10", "v1")).write("this is not json\n");
      x.await(testDone);
    });
    try (Watch<ConfigMap> watch = open()) {
      assertEquals(WatchEvent.Type.ADDED, watch.next().type());
      WatchEvent<ConfigMap> error = watch.next();
      assertEquals(WatchEvent.Type.ERROR, error.type());
      assertEquals(500, error.status().getCode());
      assertEquals("InternalError", error.status().getReason());
      assertTrue(error.status().getMessage().contains("malformed watch stream"), error.status().getMessage());
      assertNull(watch.next(), "the stream cannot be resynchronized after broken JSON");
    }
  }

  @Test
  void aBrokenObjectInsideAnEventBecomesAnErrorEventAndEndsTheStream() throws Exception {
    server.enqueue(x -> {
      x.startStream().write("{\"type\":\"ADDED\",\"object\":{\"kind\":\"ConfigMap\",,}}\n")
          .write(event("ADDED", "b", "11", "v1"));
      x.await(testDone);
    });
    try (Watch<ConfigMap> watch = open()) {
      WatchEvent<ConfigMap> error = watch.next();
      assertEquals(WatchEvent.Type.ERROR, error.type());
      assertEquals(500, error.status().getCode());
      assertNull(watch.next());
    }
  }

  @Test
  void undecodableButWellFormedEventsBecomeErrorEventsAndTheStreamGoesOn() throws Exception {
    server.enqueue(x -> x.startStream()
        .write("{\"type\":\"RESYNCED\",\"object\":{\"kind\":\"ConfigMap\"}}\n")
        .write("{\"type\":\"ADDED\",\"object\":{\"kind\":\"ConfigMap\",\"metadata\":\"not an object\"}}\n")
        .write("{\"type\":\"MODIFIED\"}\n")
        .write("{\"type\":\"ERROR\",\"object\":\"gone\"}\n")
        .write("[1,2]\n"));
    try (Watch<ConfigMap> watch = open()) {
      WatchEvent<ConfigMap> unknown = watch.next();
      assertEquals(WatchEvent.Type.ERROR, unknown.type());
      assertTrue(unknown.status().getMessage().contains("RESYNCED"), unknown.status().getMessage());
      assertEquals("InternalError", unknown.status().getReason());

      WatchEvent<ConfigMap> wrongShape = watch.next();
      assertEquals(WatchEvent.Type.ERROR, wrongShape.type());
      assertEquals(500, wrongShape.status().getCode());
      assertTrue(wrongShape.status().getMessage().contains("ConfigMap"), wrongShape.status().getMessage());

      WatchEvent<ConfigMap> noObject = watch.next();
      assertEquals(WatchEvent.Type.ERROR, noObject.type());
      assertTrue(noObject.status().getMessage().contains("no object"), noObject.status().getMessage());

      WatchEvent<ConfigMap> errorWithoutStatus = watch.next();
      assertEquals(WatchEvent.Type.ERROR, errorWithoutStatus.type());
      assertEquals(500, errorWithoutStatus.status().getCode());

      WatchEvent<ConfigMap> notAnObject = watch.next();
      assertEquals(WatchEvent.Type.ERROR, notAnObject.type());
      assertNull(watch.next());
    }
  }

  @Test
  void aForbiddenWatchThrowsAtOpen() {
    server.enqueue(x -> x.respond(403, forbidden()));
    ApiException e = assertThrows(ApiException.class, this::open);
    assertTrue(e.isForbidden());
    assertEquals(403, e.code());
    assertTrue(e.getMessage().contains("cannot watch resource"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN));
  }

  @Test
  void aNotFoundWithoutBodyThrowsAtOpen() {
    server.enqueue(x -> x.respond(404, ""));
    ApiException e = assertThrows(ApiException.class, this::open);
    assertTrue(e.isNotFound());
  }

  @Test
  void noServerIsAnApiExceptionWithCodeZero() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    ApiException e = assertThrows(ApiException.class, () -> open(URI.create("http://127.0.0.1:" + port)));
    assertEquals(0, e.code());
    assertNotNull(e.getCause());
  }

  @Test
  void closeFromAnotherThreadUnblocksNextAndStopsTheReader() throws Exception {
    Set<String> before = liveThreads(READER_PREFIX);
    server.enqueue(x -> {
      x.startStream().write(event("ADDED", "a", "10", "v1"));
      x.await(testDone);
    });
    Watch<ConfigMap> watch = open();
    assertEquals(WatchEvent.Type.ADDED, watch.next().type());
    Set<String> readers = liveThreads(READER_PREFIX);
    readers.removeAll(before);
    assertEquals(1, readers.size(), "one reader thread per watch: " + readers);

    CompletableFuture<WatchEvent<ConfigMap>> pending = callBlocking(watch::next);
    assertFalse(pending.isDone());
    long start = System.nanoTime();
    watch.close();
    assertNull(pending.get(5, TimeUnit.SECONDS));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "close is prompt");
    assertNull(watch.next(), "a closed watch stays ended");
    watch.close(); // idempotent

    Set<String> still = liveThreads(READER_PREFIX);
    still.retainAll(readers);
    assertTrue(still.isEmpty(), "reader threads left alive: " + still);
  }

  @Test
  void closeStopsAReaderBlockedOnAFullBuffer() throws Exception {
    Set<String> before = liveThreads(READER_PREFIX);
    CountDownLatch allWritten = new CountDownLatch(1);
    server.enqueue(x -> {
      x.startStream();
      for (int i = 0; i < HttpStreamingWatch.BUFFERED_EVENTS * 3; i++) {
        x.write(event("ADDED", "cm" + i, Integer.toString(100 + i), "v"));
      }
      allWritten.countDown();
      x.await(testDone);
    });
    Watch<ConfigMap> watch = open();
    assertTrue(allWritten.await(10, TimeUnit.SECONDS));
    assertEquals("cm0", watch.next().object().getMetadata().getName());
    assertEquals("cm1", watch.next().object().getMetadata().getName());
    Set<String> readers = liveThreads(READER_PREFIX);
    readers.removeAll(before);
    assertEquals(1, readers.size());
    watch.close();
    assertNull(watch.next());
    Set<String> still = liveThreads(READER_PREFIX);
    still.retainAll(readers);
    assertTrue(still.isEmpty(), "reader threads left alive: " + still);
  }

  @Test
  void theReaderEndsByItselfWhenTheServerEndsTheStream() throws Exception {
    Set<String> before = liveThreads(READER_PREFIX);
    server.enqueue(x -> x.startStream().write(event("ADDED", "a", "10", "v1")));
    Watch<ConfigMap> watch = open();
    assertEquals(WatchEvent.Type.ADDED, watch.next().type());
    assertNull(watch.next());
    Set<String> readers = liveThreads(READER_PREFIX);
    readers.removeAll(before);
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (readers.contains(t.getName())) {
        t.join(5_000);
        assertFalse(t.isAlive(), t.getName());
      }
    }
    watch.close();
  }

  @Test
  void anInterruptedConsumerGetsInterruptedException() throws Exception {
    server.enqueue(x -> {
      x.startStream();
      x.await(testDone);
    });
    try (Watch<ConfigMap> watch = open()) {
      Thread.currentThread().interrupt();
      assertThrows(InterruptedException.class, watch::next);
      assertFalse(Thread.currentThread().isInterrupted());
    }
  }
}
