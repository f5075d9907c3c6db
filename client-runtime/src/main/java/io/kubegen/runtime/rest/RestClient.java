package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.clock.Clock;
import io.kubegen.runtime.scheme.JsonCodec;
import io.kubegen.runtime.scheme.JsonException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP client of one API server, as client-go's {@code rest.RESTClient}: one shared
 * {@link HttpClient} built from a {@link RestConfig}, a client-side {@link RateLimiter}, retries,
 * and fluent {@link RestRequest}s ({@link #get()}, {@link #post()}, ...).
 *
 * <p>Every request carries {@code Accept: application/json}, the config's User-Agent and headers,
 * and is authenticated by the config's {@link Credentials} on every attempt. After a 401, when the
 * credentials say they could refresh ({@link Credentials#refreshAfterUnauthorized()}), the request
 * is sent once more.
 *
 * <p>Retries, as client-go's: a request answered with 429 or a 5xx that carries an integer
 * {@code Retry-After} header is sent again, up to {@code maxRetries} times, after
 * {@code max(Retry-After, backoff)} bounded by the backoff's cap (30 s by default). This holds for
 * every verb, not only GET: the server did not process a request it answered that way, and bodies
 * are held as bytes, so they can always be replayed (client-go retries all verbs for the same
 * reasons). A 5xx without {@code Retry-After}, or a 429 without it, is not retried. A GET is also
 * retried, at most three times and quickly, after a connection reset or an early end of stream. Each
 * attempt passes the rate limiter again; watches are exempt from the rate limiter.
 *
 * <p>Thread-safe. Owns no threads of its own beyond those of its {@link HttpClient}.
 */
public final class RestClient {
  private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);
  private static final int MAX_REDIRECTS = 10;
  /** client-go has no backoff by default; ours starts at 0.5 s, doubles, and stops at 30 s. */
  private static final Backoff DEFAULT_RETRY_BACKOFF =
      new Backoff(Duration.ofMillis(500), 2, 0, 1, Duration.ofSeconds(30));
  /**
   * A GET whose connection closed before any response is retried at most this often, quickly (as
   * client-go, which retries such GETs without backoff): the server may not be the cause, but a
   * TLS refusal looks the same to java.net.http (a TLS 1.3 server that rejects the client
   * certificate just closes), and that must not take minutes to report.
   */
  private static final int MAX_CONNECTION_RETRIES = 3;
  private static final Backoff CONNECTION_RETRY_BACKOFF =
      new Backoff(Duration.ofMillis(100), 2, 0, 1, Duration.ofSeconds(1));

  private final RestConfig config;
  private final HttpClient http;
  private final RateLimiter rateLimiter;
  private final Clock clock;
  private final Backoff retryBackoff;
  private final JsonCodec codec;
  private final String serverBase;

  private RestClient(Builder b) {
    this.config = b.config;
    this.clock = b.clock;
    this.codec = b.codec;
    this.retryBackoff = b.retryBackoff;
    this.rateLimiter = b.rateLimiter != null
        ? b.rateLimiter
        : RateLimiter.create(config.qps(), config.burst(), clock);
    this.http = b.httpClient != null ? b.httpClient : newHttpClient(config);
    this.serverBase = config.server().toString();
    checkConfigHeaders(config);
  }

  /** A client for this config, on the system clock. */
  public static RestClient create(RestConfig config) {
    return builder(config).build();
  }

  /** For tests and advanced use: a different clock, rate limiter, retry backoff or codec. */
  public static Builder builder(RestConfig config) {
    return new Builder(config);
  }

  public RestConfig config() {
    return config;
  }

  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  public JsonCodec codec() {
    return codec;
  }

  /** The shared HTTP client (TLS, proxy, connect timeout of the config). */
  HttpClient httpClient() {
    return http;
  }

  public RestRequest get() {
    return new RestRequest(this, "GET", null);
  }

  public RestRequest post() {
    return new RestRequest(this, "POST", null);
  }

  public RestRequest put() {
    return new RestRequest(this, "PUT", null);
  }

  public RestRequest delete() {
    return new RestRequest(this, "DELETE", null);
  }

  /** A PATCH whose body is sent with the patch type's Content-Type. */
  public RestRequest patch(PatchType type) {
    return new RestRequest(this, "PATCH", Objects.requireNonNull(type, "patch type"));
  }

  @Override
  public String toString() {
    return "RestClient{server=" + config.server() + ", " + rateLimiter + "}";
  }

  // ---- execution ----

  <R> R execute(RestRequest request, Class<R> type) {
    RawResponse raw = send(request);
    if (type == Void.class || type == void.class) {
      return null;
    }
    if (type == RawResponse.class) {
      return type.cast(raw);
    }
    if (type == byte[].class) {
      return type.cast(raw.body());
    }
    if (type == String.class) {
      return type.cast(raw.bodyAsString());
    }
    byte[] body = raw.bodyUnsafe();
    if (body.length == 0) {
      if (raw.code() == 204) {
        return null;
      }
      throw ApiErrors.undecodableBody(raw.method(), raw.uri(), raw.code(), type.getSimpleName(),
          "the body is empty", null);
    }
    R value;
    try {
      value = codec.read(body, type);
    } catch (JsonException e) {
      throw ApiErrors.undecodableBody(raw.method(), raw.uri(), raw.code(), type.getSimpleName(),
          e.getMessage(), e);
    }
    if (value instanceof KubernetesObject object && "Status".equals(object.getKind())) {
      // A 2xx that is a Status was meant as an outcome, not as the object asked for.
      Status status = codec.read(body, Status.class);
      if (status.getStatus() != null && !"Success".equals(status.getStatus())) {
        throw ApiErrors.fromResponse(raw.method(), raw.uri(),
            status.getCode() == null ? raw.code() : status.getCode(), body, null);
      }
    }
    return value;
  }

  RawResponse send(RestRequest request) {
    request.preflight();
    String method = request.method();
    URI uri = request.uri(serverBase, false);
    byte[] body = request.bodyBytes();
    int maxRetries = request.maxRetries() != null ? request.maxRetries() : config.maxRetries();
    Duration timeout = request.timeout() != null ? request.timeout() : config.requestTimeout();
    int retries = 0;
    int attempts = 0;
    int redirects = 0;
    boolean refreshed = false;
    while (true) {
      throttle(method, uri, attempts);
      attempts++;
      HttpRequest httpRequest = buildRequest(request, uri, body, timeout);
      long start = clock.nanoTime();
      HttpResponse<byte[]> response;
      try {
        response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        long ms = millisSince(start);
        if (retries < Math.min(maxRetries, MAX_CONNECTION_RETRIES) && method.equals("GET") && isResetOrEof(e)) {
          Duration wait = CONNECTION_RETRY_BACKOFF.delay(retries);
          LOG.debug("{} {} failed after {} ms ({}); retry {} of {} in {} ms", method, uri.getRawPath(),
              ms, e.getClass().getSimpleName(), retries + 1, maxRetries, wait.toMillis());
          retries++;
          sleep(method, uri, wait, attempts);
          continue;
        }
        LOG.debug("{} {} failed after {} ms: {}", method, uri.getRawPath(), ms,
            e.getClass().getSimpleName());
        String what = e instanceof HttpTimeoutException
            ? "no response within " + (timeout == null ? "the timeout" : timeout.toMillis() + " ms")
            : "connection failed";
        throw ApiErrors.noResponse(method, uri, what, e, attempts);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw ApiErrors.noResponse(method, uri, "interrupted while waiting for the response", e, attempts);
      }
      int code = response.statusCode();
      LOG.debug("{} {} {} in {} ms", method, uri.getRawPath(), code, millisSince(start));
      if (code >= 200 && code < 300) {
        return new RawResponse(method, uri, code, response.headers(), response.body());
      }
      if ((code == 307 || code == 308) && redirects < MAX_REDIRECTS) {
        URI target = redirectTarget(uri, response);
        if (target != null) {
          redirects++;
          uri = target;
          continue;
        }
      }
      if (code == 401 && !refreshed && config.credentials() != null
          && config.credentials().refreshAfterUnauthorized()) {
        LOG.debug("{} {} 401: credentials refreshed, sending once more", method, uri.getRawPath());
        refreshed = true;
        continue;
      }
      String retryAfterHeader = response.headers().firstValue("Retry-After").orElse(null);
      Integer retryAfter = ApiErrors.parseRetryAfter(retryAfterHeader);
      if (retries < maxRetries && retryAfter != null && (code == 429 || code >= 500)) {
        Duration wait = retryWait(retries, retryAfter);
        LOG.debug("{} {} {} with Retry-After {}; retry {} of {} in {} ms", method, uri.getRawPath(),
            code, retryAfter, retries + 1, maxRetries, wait.toMillis());
        retries++;
        sleep(method, uri, wait, attempts);
        continue;
      }
      throw ApiErrors.fromResponse(method, uri, code, response.body(), retryAfterHeader, attempts);
    }
  }

  <T> Watch<T> watch(RestRequest request, Class<T> type) {
    request.preflight();
    URI uri = request.uri(serverBase, true);
    boolean refreshed = false;
    while (true) {
      HttpRequest httpRequest = buildRequest(request, uri, null, null);
      LOG.debug("WATCH {} over {}", uri.getRawPath(), config.watchTransport());
      try {
        return WatchStreams.open(http, config.watchTransport(), httpRequest, type, codec);
      } catch (ApiException e) {
        if (e.code() == 401 && !refreshed && config.credentials() != null
            && config.credentials().refreshAfterUnauthorized()) {
          refreshed = true;
          continue;
        }
        throw e;
      }
    }
  }

  /** The wait before retry {@code n} (0-based): max(Retry-After, backoff), at most the cap. */
  Duration retryWait(int n, int retryAfterSeconds) {
    Duration wait = retryBackoff.delay(n);
    Duration asked = Duration.ofSeconds(retryAfterSeconds);
    if (asked.compareTo(wait) > 0) {
      wait = asked;
    }
    Duration cap = retryBackoff.cap();
    return cap != null && wait.compareTo(cap) > 0 ? cap : wait;
  }

  private void throttle(String method, URI uri, int attempts) {
    try {
      Duration waited = rateLimiter.accept();
      if (waited.toMillis() > 0) {
        LOG.debug("{} {} waited {} ms for the client-side rate limiter", method, uri.getRawPath(),
            waited.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiErrors.noResponse(method, uri, "interrupted while waiting for the rate limiter", e, attempts);
    }
  }

  private void sleep(String method, URI uri, Duration wait, int attempts) {
    try {
      clock.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiErrors.noResponse(method, uri, "interrupted while waiting to retry", e, attempts);
    }
  }

  private HttpRequest buildRequest(RestRequest request, URI uri, byte[] body, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri);
    b.method(request.method(), body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body));
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Accept", List.of("application/json"));
    headers.put("User-Agent", List.of(config.userAgent()));
    if (body != null) {
      headers.put("Content-Type", List.of(request.effectiveContentType()));
    }
    headers.putAll(config.headers());
    headers.putAll(request.headers());
    headers.forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    if (timeout != null) {
      b.timeout(timeout);
    }
    if (config.credentials() != null) {
      config.credentials().authenticate(b);
    }
    return b.build();
  }

  private URI redirectTarget(URI from, HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElse(null);
    if (location == null) {
      return null;
    }
    URI target;
    try {
      target = from.resolve(location);
    } catch (IllegalArgumentException e) {
      return null;
    }
    // Credentials go only where the config points: other hosts are not followed.
    boolean sameOrigin = Objects.equals(target.getScheme(), from.getScheme())
        && Objects.equals(target.getHost(), from.getHost())
        && target.getPort() == from.getPort();
    if (!sameOrigin) {
      LOG.debug("not following a redirect from {} to another host", from.getRawPath());
      return null;
    }
    return target;
  }

  private long millisSince(long startNanos) {
    return (clock.nanoTime() - startNanos) / 1_000_000L;
  }

  /** A connection reset or an early end of stream: what client-go retries a GET after. */
  static boolean isResetOrEof(IOException e) {
    if (e instanceof HttpTimeoutException || e instanceof ConnectException) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return true;
      }
      String m = t.getMessage();
      if (m != null) {
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("connection reset") || lower.contains("eof")
            || lower.contains("received no bytes") || lower.contains("broken pipe")
            || lower.contains("connection closed")) {
          return true;
        }
      }
    }
    return false;
  }

  private static HttpClient newHttpClient(RestConfig config) {
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout());
    if (config.sslContext() != null) {
      b.sslContext(config.sslContext());
    }
    if (config.sslParameters() != null) {
      b.sslParameters(config.sslParameters());
    }
    if (config.proxy() != null) {
      b.proxy(config.proxy());
    }
    return b.build();
  }

  private static void checkConfigHeaders(RestConfig config) {
    HttpRequest.Builder probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1/"));
    List<String> refused = new ArrayList<>();
    config.headers().forEach((name, values) -> {
      for (String v : values) {
        try {
          probe.header(name, v);
        } catch (IllegalArgumentException e) {
          refused.add(name);
          return;
        }
      }
    });
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException("the config's headers " + refused
          + " cannot be set on a request (restricted or invalid header names or values)");
    }
  }

  /** Builds a {@link RestClient}. */
  public static final class Builder {
    private final RestConfig config;
    private Clock clock = Clock.system();
    private RateLimiter rateLimiter;
    private Backoff retryBackoff = DEFAULT_RETRY_BACKOFF;
    private JsonCodec codec = JsonCodec.shared();
    private HttpClient httpClient;

    private Builder(RestConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** The clock for the rate limiter, the retry waits and the request durations in logs. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A rate limiter to use (and share) instead of one built from the config's QPS and burst. */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
      return this;
    }

    /**
     * The backoff between retries: retry {@code n} waits {@code max(Retry-After, delay(n))}, at
     * most the cap. Only duration, factor and cap are used. Default 0.5 s, doubling, cap 30 s.
     */
    public Builder retryBackoff(Backoff retryBackoff) {
      this.retryBackoff = Objects.requireNonNull(retryBackoff, "retryBackoff");
      return this;
    }

    public Builder codec(JsonCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /**
     * An HTTP client to share instead of one built from the config; the config's TLS, proxy and
     * connect timeout are then those of the given client.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    public RestClient build() {
      return new RestClient(this);
    }
  }
}
