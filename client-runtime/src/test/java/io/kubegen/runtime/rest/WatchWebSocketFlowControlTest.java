package io.kubegen.runtime.rest;

import static io.kubegen.runtime.rest.WatchTestSupport.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.scheme.JsonCodec;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The WebSocket watch asks for messages only while its buffer has room: a slow consumer pushes back. */
@Timeout(30)
class WatchWebSocketFlowControlTest {

  /** Counts what the watch asks of its WebSocket. */
  private static final class CountingWebSocket implements WebSocket {
    final AtomicLong requested = new AtomicLong();
    final AtomicInteger closeCode = new AtomicInteger(-1);
    final AtomicBoolean aborted = new AtomicBoolean();

    @Override
    public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
      closeCode.set(statusCode);
      return CompletableFuture.completedFuture(this);
    }

    @Override
    public void request(long n) {
      requested.updateAndGet(r -> r + n < 0 ? Long.MAX_VALUE : r + n);
    }

    @Override
    public String getSubprotocol() {
      return "";
    }

    @Override
    public boolean isOutputClosed() {
      return closeCode.get() >= 0;
    }

    @Override
    public boolean isInputClosed() {
      return aborted.get();
    }

    @Override
    public void abort() {
      aborted.set(true);
    }
  }

  @Test
  void requestsOneMessageAtATimeAndStopsWhenTheBufferIsFull() throws Exception {
    WebSocketWatch<ConfigMap> watch =
        new WebSocketWatch<>("ws://test/configmaps", new WatchEventDecoder<>(ConfigMap.class, JsonCodec.shared()));
    WebSocket.Listener listener = watch.listener();
    CountingWebSocket socket = new CountingWebSocket();

    listener.onOpen(socket);
    assertEquals(1, socket.requested.get(), "one message at a time");

    long delivered = 0;
    while (delivered < socket.requested.get()) {
      listener.onText(socket, event("ADDED", "cm" + delivered, Long.toString(delivered), "v"), true);
      delivered++;
      assertTrue(delivered <= WebSocketWatch.BUFFERED_EVENTS, "never asks for more than the buffer holds");
    }
    assertEquals(WebSocketWatch.BUFFERED_EVENTS, delivered, "fills the buffer, then waits");
    assertEquals(WebSocketWatch.BUFFERED_EVENTS, socket.requested.get());

    WatchEvent<ConfigMap> first = watch.next();
    assertEquals("cm0", first.object().getMetadata().getName());
    assertEquals(WebSocketWatch.BUFFERED_EVENTS + 1, socket.requested.get(), "taking one makes room for one");

    assertEquals("cm1", watch.next().object().getMetadata().getName());
    assertEquals(WebSocketWatch.BUFFERED_EVENTS + 1, socket.requested.get(), "already asked: no double demand");

    watch.close();
    assertEquals(WebSocket.NORMAL_CLOSURE, socket.closeCode.get());
    assertNull(watch.next());
  }

  @Test
  void fragmentsAreRequestedUntilTheMessageIsComplete() throws Exception {
    WebSocketWatch<ConfigMap> watch =
        new WebSocketWatch<>("ws://test/configmaps", new WatchEventDecoder<>(ConfigMap.class, JsonCodec.shared()));
    WebSocket.Listener listener = watch.listener();
    CountingWebSocket socket = new CountingWebSocket();
    listener.onOpen(socket);
    String message = event("ADDED", "a", "1", "v");
    listener.onText(socket, message.substring(0, 10), false);
    listener.onText(socket, message.substring(10, 20), false);
    assertEquals(3, socket.requested.get(), "each fragment asks for the next");
    listener.onText(socket, message.substring(20), true);
    assertEquals(4, socket.requested.get());
    assertEquals("a", watch.next().object().getMetadata().getName());
    listener.onClose(socket, 1000, "");
    assertNull(watch.next());
    assertNull(watch.next());
  }

  @Test
  void anErrorOfTheWebSocketEndsTheStream() throws Exception {
    WebSocketWatch<ConfigMap> watch =
        new WebSocketWatch<>("ws://test/configmaps", new WatchEventDecoder<>(ConfigMap.class, JsonCodec.shared()));
    CountingWebSocket socket = new CountingWebSocket();
    watch.listener().onOpen(socket);
    watch.listener().onText(socket, event("ADDED", "a", "1", "v"), true);
    watch.listener().onError(socket, new java.io.IOException("connection reset"));
    assertEquals("a", watch.next().object().getMetadata().getName(), "events before the failure still arrive");
    assertNull(watch.next());
  }
}
