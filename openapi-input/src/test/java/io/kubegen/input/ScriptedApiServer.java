package io.kubegen.input;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * TEST-ONLY: an HTTPS server on 127.0.0.1 that serves OpenAPI documents as the apiserver does.
 * {@link #serveV3(Path)} publishes a directory of the per-group-version documents
 * ({@code apis__apps__v1_openapi.json}) under {@code /openapi/v3/apis/apps/v1} and the discovery
 * document {@code /openapi/v3} pointing at each with {@code ?hash=<sha256>}; the discovery document
 * also lists the entries that are not group versions ({@code api}, {@code apis},
 * {@code apis/apps}, {@code version}, ...), which are not served, so fetching one shows as a 404 in
 * {@link #requests()}. Requests without {@code Authorization: Bearer <token>} get 401.
 */
final class ScriptedApiServer implements AutoCloseable {
  /** One request as the server saw it. */
  record Request(String path, String query, String authorization) {}

  /** A hook run before a request for a group-version document is answered. */
  interface DocumentHook {
    void before(String path) throws Exception;
  }

  private final HttpsServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final String token;
  private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private final Map<String, String> discovery = new TreeMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile int forcedCode;
  private volatile String forcedMessage;
  private volatile DocumentHook hook = path -> {};

  private ScriptedApiServer(String token) throws IOException {
    this.token = token;
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ClusterTestTls.get().serverContext()));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server that wants this bearer token. */
  static ScriptedApiServer start(String token) {
    try {
      return new ScriptedApiServer(token);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI uri() {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Publishes each {@code *_openapi.json} of the directory, and the discovery document. */
  ScriptedApiServer serveV3(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("_openapi.json")).sorted().toList()) {
        String key = f.getFileName().toString().replace("_openapi.json", "").replace("__", "/");
        serveV3Document(key, Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Publishes one group version's document ({@code key} as in discovery: {@code apis/apps/v1}). */
  synchronized ScriptedApiServer serveV3Document(String key, byte[] content) {
    String path = "/openapi/v3/" + key;
    replaceV3Document(key, content);
    discovery.put(key, path + "?hash=" + hashes.get(path));
    // What else the apiserver lists: the discovery endpoints' own documents.
    discovery.putIfAbsent("api", "/openapi/v3/api?hash=0A1B");
    discovery.putIfAbsent("apis", "/openapi/v3/apis?hash=0A1C");
    discovery.putIfAbsent("version", "/openapi/v3/version?hash=0A1D");
    discovery.putIfAbsent(".well-known/openid-configuration",
        "/openapi/v3/.well-known/openid-configuration?hash=0A1E");
    discovery.putIfAbsent("openid/v1/jwks", "/openapi/v3/openid/v1/jwks?hash=0A1F");
    if (key.startsWith("apis/")) {
      String group = key.substring(0, key.lastIndexOf('/'));
      discovery.putIfAbsent(group, "/openapi/v3/" + group + "?hash=0B00");
    }
    String json = discovery.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":{\"serverRelativeURL\":\"" + e.getValue() + "\"}")
        .collect(Collectors.joining(",", "{\"paths\":{", "}}"));
    documents.put("/openapi/v3", json.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /**
   * Changes a group version's document without serving a new discovery document, as when a CRD
   * changes between the two requests: the old hash is then redirected (301) to the new one.
   */
  ScriptedApiServer replaceV3Document(String key, byte[] content) {
    String path = "/openapi/v3/" + key;
    documents.put(path, content);
    hashes.put(path, sha256(content));
    return this;
  }

  /** Serves a document at a path. */
  ScriptedApiServer serve(String path, byte[] content) {
    documents.put(path, content);
    return this;
  }

  /** Removes a document, so the path answers 404. */
  ScriptedApiServer remove(String path) {
    documents.remove(path);
    return this;
  }

  /** Answers every request with this code and a Status carrying the message. */
  ScriptedApiServer failWith(int code, String message) {
    forcedMessage = message;
    forcedCode = code;
    return this;
  }

  ScriptedApiServer hook(DocumentHook hook) {
    this.hook = hook;
    return this;
  }

  List<Request> requests() {
    return new ArrayList<>(requests);
  }

  List<String> requestedPaths() {
    return requests.stream().map(Request::path).toList();
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      requests.add(new Request(path, exchange.getRequestURI().getRawQuery(), auth));
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        if (forcedCode != 0) {
          respond(exchange, forcedCode, status(forcedCode, forcedMessage));
        } else if (!("Bearer " + token).equals(auth)) {
          respond(exchange, 401, status(401, "Unauthorized"));
        } else {
          byte[] body = documents.get(path);
          if (body == null) {
            respond(exchange, 404, status(404, "the server could not find the requested resource"));
          } else if (staleHash(path, exchange.getRequestURI().getRawQuery())) {
            exchange.getResponseHeaders().set("Location", path + "?hash=" + hashes.get(path));
            respond(exchange, 301, new byte[0]);
          } else {
            if (!path.equals("/openapi/v3") && !path.equals("/openapi/v2")) {
              hook.before(path);
            }
            respond(exchange, 200, body);
          }
        }
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        respond(exchange, 500, status(500, String.valueOf(e)));
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  private boolean staleHash(String path, String query) {
    String hash = hashes.get(path);
    return hash != null && query != null && query.startsWith("hash=") && !query.equals("hash=" + hash);
  }

  private static void respond(HttpExchange exchange, int code, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, body.length);
    exchange.getResponseBody().write(body);
  }

  private static byte[] status(int code, String message) {
    String reason = switch (code) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      default -> "InternalError";
    };
    return ("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
        + "\"message\":\"" + message.replace("\"", "\\\"") + "\",\"reason\":\"" + reason
        + "\",\"code\":" + code + "}").getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
