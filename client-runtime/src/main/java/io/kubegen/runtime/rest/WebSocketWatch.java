package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.WatchEvent;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch over a WebSocket, as fabric8 watches and the API server also serves: each message (text
 * or binary, possibly in fragments) is one JSON event.
 *
 * <p>Messages are requested one at a time and only while fewer than {@link #BUFFERED_EVENTS} events
 * wait for the consumer, so a slow consumer stops the reading and the server is slowed by flow
 * control. The listener runs on the client's executor; this class starts no thread of its own.
 */
final class WebSocketWatch<T> implements Watch<T> {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketWatch.class);
  /** Events decoded ahead of the consumer. */
  static final int BUFFERED_EVENTS = 64;
  private static final int MAX_ERROR_BODY = 1 << 20;
  private static final long CLOSE_GRACE_MILLIS = 1_000;
  private static final Object END = new Object();
  /** Headers the WebSocket builder refuses or sets itself. */
  private static final Set<String> SKIPPED_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "te",
          "keep-alive", "proxy-connection", "trailer");

  private final String target;
  private final WatchEventDecoder<T> decoder;
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object demandLock = new Object();
  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
  private volatile WebSocket socket;
  private volatile boolean ended;
  /** True when the listener stopped requesting because the buffer is full. Guarded by demandLock. */
  private boolean paused;

  private final Listener listener = new Listener();

  /** A watch not yet connected: {@link #listener()} receives its frames. */
  WebSocketWatch(String target, WatchEventDecoder<T> decoder) {
    this.target = target;
    this.decoder = decoder;
  }

  /** What the WebSocket delivers frames to. */
  WebSocket.Listener listener() {
    return listener;
  }

  /** Performs the opening handshake and starts receiving events. */
  static <T> Watch<T> open(HttpClient client, HttpRequest request, WatchEventDecoder<T> decoder) {
    URI uri = webSocketUri(request.uri());
    String target = ApiErrors.requestTarget(uri);
    WebSocketWatch<T> watch = new WebSocketWatch<>(target, decoder);
    WebSocket.Builder builder = client.newWebSocketBuilder();
    request.timeout().ifPresent(builder::connectTimeout);
    for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.equals("sec-websocket-protocol")) {
        List<String> protocols = header.getValue().stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::trim)
            .filter(p -> !p.isEmpty())
            .toList();
        if (!protocols.isEmpty()) {
          builder.subprotocols(protocols.get(0), protocols.subList(1, protocols.size()).toArray(String[]::new));
        }
      } else if (!SKIPPED_HEADERS.contains(name) && !name.startsWith("sec-websocket-")) {
        for (String value : header.getValue()) {
          builder.header(header.getKey(), value);
        }
      }
    }
    CompletableFuture<WebSocket> handshake = builder.buildAsync(uri, watch.listener);
    WebSocket socket;
    try {
      socket = handshake.get();
    } catch (InterruptedException e) {
      handshake.cancel(true);
      Thread.currentThread().interrupt();
      throw WatchStreams.noResponse(request, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : e.getCause();
      if (cause instanceof WebSocketHandshakeException refused) {
        HttpResponse<?> response = refused.getResponse();
        LOG.debug("watch {} (WebSocket) refused with {}", target, response.statusCode());
        throw ApiErrors.fromResponse(request.method(), request.uri(), response.statusCode(), bodyOf(response),
            response.headers().firstValue("Retry-After").orElse(null));
      }
      throw WatchStreams.noResponse(request, cause == null ? e : cause);
    }
    watch.socket = socket;
    LOG.debug("watch {} (WebSocket) started", target);
    return watch;
  }

  @Override
  @SuppressWarnings("unchecked")
  public WatchEvent<T> next() throws InterruptedException {
    if (closed.get() || ended) {
      return null;
    }
    Object item = queue.take();
    if (item == END) {
      ended = true;
      queue.offer(END); // for any other thread waiting in next()
      return null;
    }
    if (closed.get()) {
      return null;
    }
    boolean resume;
    synchronized (demandLock) {
      resume = paused;
      paused = false;
    }
    if (resume) {
      socketOrNull().request(1);
    }
    return (WatchEvent<T>) item;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.debug("watch {} (WebSocket) closed by the client", target);
    queue.clear();
    queue.offer(END);
    WebSocket ws = socketOrNull();
    if (ws == null) {
      return;
    }
    if (ws.isOutputClosed()) {
      ws.abort();
      return;
    }
    // Say goodbye, let the server's Close frame in (discarding what comes before it), and abort if
    // the server does not answer in time.
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "")
        .whenComplete((w, e) -> {
          if (e != null) {
            ws.abort();
          }
        });
    ws.request(Long.MAX_VALUE);
    CompletableFuture.delayedExecutor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
      if (!ws.isInputClosed()) {
        ws.abort();
      }
    });
  }

  private WebSocket socketOrNull() {
    return socket;
  }

  private void deliver(WebSocket ws, String message) {
    if (closed.get()) {
      return; // close() asked for everything up to the server's Close frame, to drop it
    }
    WatchEvent<T> event = decoder.decode(message);
    boolean more;
    synchronized (demandLock) {
      queue.add(event);
      more = queue.size() < BUFFERED_EVENTS;
      paused = !more;
    }
    if (more) {
      ws.request(1);
    }
  }

  private void end(String reason) {
    if (!closed.get()) {
      LOG.debug("watch {} (WebSocket) ended: {}", target, reason);
    }
    queue.add(END);
  }

  static URI webSocketUri(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String wsScheme = switch (scheme) {
      case "http", "ws" -> "ws";
      case "https", "wss" -> "wss";
      default -> throw new IllegalArgumentException("cannot watch over a WebSocket: scheme " + scheme);
    };
    try {
      return new URI(wsScheme + uri.toString().substring(scheme.length()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot watch over a WebSocket: " + e.getMessage(), e);
    }
  }

  private static byte[] bodyOf(HttpResponse<?> response) {
    Object body = response.body();
    byte[] bytes;
    if (body instanceof byte[] b) {
      bytes = b;
    } else if (body instanceof String s) {
      bytes = s.getBytes(StandardCharsets.UTF_8);
    } else {
      bytes = new byte[0];
    }
    return bytes.length > MAX_ERROR_BODY ? Arrays.copyOf(bytes, MAX_ERROR_BODY) : bytes;
  }

  /** Receives frames; the JDK calls it serially, so the fragment buffers need no lock. */
  private final class Listener implements WebSocket.Listener {
    @Override
    public void onOpen(WebSocket webSocket) {
      socket = webSocket;
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (!last) {
        webSocket.request(1);
        return null;
      }
      String message = text.toString();
      text.setLength(0);
      deliver(webSocket, message);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      binary.writeBytes(chunk);
      if (!last) {
        webSocket.request(1);
        return null;
      }
      String message = binary.toString(StandardCharsets.UTF_8);
      binary.reset();
      deliver(webSocket, message);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      end("the server closed the WebSocket (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      end("the WebSocket failed: " + error);
    }
  }
}
