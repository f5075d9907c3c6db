package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 speaking the kube-apiserver's list and HTTP streaming
 * watch: each request gets the next queued {@link Script}; lists are complete JSON responses,
 * watches chunked {@code application/json} streams of events, flushed one by one. A request with no
 * script left is held open (like a quiet watch) until the server closes, so an unexpected request
 * parks the client instead of feeding it errors in a loop; tests see it in {@link #requests()}.
 */
final class StreamingApiServer implements AutoCloseable {
  private static final long AWAIT_SECONDS = 10;

  /** What the server does with one request. */
  @FunctionalInterface
  interface Script {
    void run(Exchange exchange) throws Exception;
  }

  /** A request as received: path and decoded query parameters. */
  record Request(String method, String path, Map<String, String> query) {
    boolean isWatch() {
      return "true".equals(query.get("watch"));
    }

    @Override
    public String toString() {
      return method + " " + path + " " + query;
    }
  }

  /** One request and the means to answer it. */
  final class Exchange {
    private final HttpExchange exchange;
    private OutputStream body;
    private boolean streaming;

    private Exchange(HttpExchange exchange) {
      this.exchange = exchange;
    }

    /** Answers with a complete JSON response. */
    void respond(int code, String json, String... headers) throws IOException {
      for (int i = 0; i + 1 < headers.length; i += 2) {
        exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
      }
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }

    /** Starts a 200 chunked JSON response, as the API server starts a watch. */
    Exchange startStream() throws IOException {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      body = exchange.getResponseBody();
      streaming = true;
      return this;
    }

    /** Writes one event (a JSON document and a newline, as the API server frames them) and flushes it. */
    Exchange event(String json) throws IOException {
      body.write((json + "\n").getBytes(StandardCharsets.UTF_8));
      body.flush();
      return this;
    }

    /** Writes raw bytes (part of an event, say) and flushes them. */
    Exchange write(String text) throws IOException {
      body.write(text.getBytes(StandardCharsets.UTF_8));
      body.flush();
      return this;
    }

    /** Keeps the stream open until the latch opens (or the server closes). */
    Exchange await(CountDownLatch latch) throws InterruptedException {
      if (!latch.await(AWAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the script");
      }
      return this;
    }

    /** Keeps the stream open until the server closes. */
    void hold() throws InterruptedException {
      closing.await();
    }
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final BlockingQueue<Script> scripts = new LinkedBlockingQueue<>();
  private final List<Request> requests = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private StreamingApiServer(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  static StreamingApiServer start() throws IOException {
    // Without TCP_NODELAY small responses wait for delayed ACKs; read once, when the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    AtomicInteger ids = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "streaming-api-server-" + ids.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StreamingApiServer scripted = new StreamingApiServer(server, pool);
    server.createContext("/", scripted::handle);
    server.setExecutor(pool);
    server.start();
    return scripted;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers the next request with this script. */
  StreamingApiServer enqueue(Script script) {
    scripts.add(script);
    return this;
  }

  /** Every request so far, in order of arrival. */
  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Waits (a few seconds at most) until {@code count} requests have arrived; returns them all. */
  List<Request> awaitRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(AWAIT_SECONDS);
    synchronized (requests) {
      while (requests.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          fail("expected " + count + " requests, got " + requests);
        }
        TimeUnit.NANOSECONDS.timedWait(requests, left);
      }
      return List.copyOf(requests);
    }
  }

  /** Scripts that threw (a broken script, or a client that hung up early). */
  List<Throwable> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    synchronized (requests) {
      requests.add(new Request(exchange.getRequestMethod(), uri.getRawPath(), decode(uri.getRawQuery())));
      requests.notifyAll();
    }
    Script script = scripts.poll();
    Exchange scripted = new Exchange(exchange);
    try {
      if (script == null) {
        closing.await();
        return;
      }
      script.run(scripted);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // A client may hang up on a watch stream once it has what it needs (after an ERROR event,
      // say): not a fault of the script. Any other write failure is.
      if (!scripted.streaming) {
        synchronized (failures) {
          failures.add(e);
        }
      }
    } catch (Exception e) {
      synchronized (failures) {
        failures.add(e);
      }
    } finally {
      exchange.close();
    }
  }

  private static Map<String, String> decode(String rawQuery) {
    Map<String, String> q = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return q;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.putIfAbsent(k, v);
    }
    return q;
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    pool.shutdownNow();
  }

  // ---- API-server-shaped documents ----

  /** A ConfigMap as the server sends it. */
  static String cmJson(String namespace, String name, String rv) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\""
        + namespace + "\",\"resourceVersion\":\"" + rv + "\",\"uid\":\"uid-" + namespace + "-" + name
        + "\"},\"data\":{\"rv\":\"" + rv + "\"}}";
  }

  /** A ConfigMapList with a resourceVersion and, unless null, a continue token. */
  static String listJson(String rv, String continueToken, List<String> items) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMapList\",\"metadata\":{\"resourceVersion\":\"" + rv + "\""
        + (continueToken == null ? "" : ",\"continue\":\"" + continueToken + "\"")
        + "},\"items\":[" + String.join(",", items) + "]}";
  }

  static String eventJson(String type, String objectJson) {
    return "{\"type\":\"" + type + "\",\"object\":" + objectJson + "}";
  }

  /** A BOOKMARK: an object carrying only its kind and metadata.resourceVersion. */
  static String bookmarkJson(String rv, boolean initialEventsEnd) {
    return eventJson("BOOKMARK", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"resourceVersion\":\""
        + rv + "\"" + (initialEventsEnd ? ",\"annotations\":{\"k8s.io/initial-events-end\":\"true\"}" : "") + "}}");
  }

  /** A metav1.Status failure, exactly as the API server shapes it. */
  static String statusJson(int code, String reason, String message) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\""
        + message + "\",\"reason\":\"" + reason + "\",\"code\":" + code + "}";
  }

  /** The ERROR event a watch ends with when its resourceVersion is too old. */
  static String expiredEventJson(String rv) {
    return eventJson("ERROR", statusJson(410, "Expired", "too old resource version: " + rv + " (999)"));
  }
}
