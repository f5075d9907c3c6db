package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ScriptedApiServer;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Reply;
import io.kubegen.runtime.testing.FakeClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RestClient against a scripted JDK HttpServer: headers, decoding, errors, retries, credentials. */
class RestClientTest {
  private static final String TOKEN = "tok-SECRET-4f9a1c";
  private static final String CM_JSON = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\","
      + "\"metadata\":{\"name\":\"app\",\"namespace\":\"ns1\",\"resourceVersion\":\"7\","
      + "\"someFutureField\":{\"x\":1}},\"data\":{\"k\":\"v\"},\"binaryData\":{\"b\":\"AA==\"}}";

  private static ScriptedApiServer server;
  private FakeClock time;

  @BeforeAll
  static void start() {
    server = ScriptedApiServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
    time = FakeClock.autoAdvancing();
  }

  private RestClient client(int maxRetries) {
    return client(RestConfig.builder(server.uri()).bearerToken(TOKEN).qps(0).maxRetries(maxRetries).build());
  }

  private RestClient client(RestConfig config) {
    return RestClient.builder(config).clock(time).build();
  }

  private static RestRequest getConfigMap(RestClient c) {
    return c.get().groupVersion("v1").namespace("ns1").resource("configmaps").name("app");
  }

  @Test
  void sendsAcceptUserAgentConfigHeadersAndCredentials() {
    RestClient c = client(RestConfig.builder(server.uri())
        .bearerToken(TOKEN)
        .userAgent("my-controller/1.2")
        .header("Impersonate-User", "jane")
        .header("Impersonate-Group", "devs")
        .header("Impersonate-Group", "ops")
        .build());
    server.enqueue(Reply.json(200, CM_JSON), Reply.json(201, CM_JSON));

    getConfigMap(c).execute(ConfigMap.class);
    c.post().groupVersion("v1").namespace("ns1").resource("configmaps").body(ConfigMap.named("ns1", "app"))
        .execute(ConfigMap.class);

    ScriptedApiServer.Recorded get = server.request(0);
    assertEquals("GET", get.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app", get.rawPath());
    assertEquals("application/json", get.header("Accept").orElseThrow());
    assertEquals("my-controller/1.2", get.header("User-Agent").orElseThrow());
    assertEquals("Bearer " + TOKEN, get.header("Authorization").orElseThrow());
    assertEquals("jane", get.header("Impersonate-User").orElseThrow());
    assertEquals(List.of("devs", "ops"), get.headers().get("impersonate-group"));
    assertFalse(get.header("Content-Type").isPresent(), "a GET has no body and no Content-Type");

    ScriptedApiServer.Recorded post = server.request(1);
    assertEquals("POST", post.method());
    assertEquals("application/json", post.header("Content-Type").orElseThrow());
    assertTrue(post.bodyText().contains("\"name\":\"app\""), post::bodyText);
  }

  @Test
  void decodesWithoutContentTypeAndIgnoresUnknownFields() {
    server.enqueue(Reply.text(200, null, CM_JSON));
    ConfigMap cm = getConfigMap(client(0)).execute(ConfigMap.class);
    assertEquals(Map.of("k", "v"), cm.getData());
    assertEquals("7", cm.getMetadata().getResourceVersion());
  }

  @Test
  void executeRawGivesCodeHeadersAndBody() {
    server.enqueue(Reply.json(201, CM_JSON).withHeader("Warning", "299 - \"deprecated\""));
    RawResponse raw = client(0).post().groupVersion("v1").namespace("ns1").resource("configmaps")
        .body("{}").executeRaw();
    assertEquals(201, raw.code());
    assertTrue(raw.wasCreated());
    assertEquals(CM_JSON, raw.bodyAsString());
    assertEquals("299 - \"deprecated\"", raw.header("warning").orElseThrow());
  }

  @Test
  void noContentAndVoid() {
    server.enqueue(Reply.empty(204), Reply.json(200, CM_JSON));
    assertNull(getConfigMap(client(0)).execute(ConfigMap.class));
    assertNull(getConfigMap(client(0)).execute(Void.class));
  }

  @Test
  void aSuccessBodyThatIsNotJsonIsAClearApiException() {
    server.enqueue(Reply.text(200, "text/html", "<html><body>proxy login</body></html>"));
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client(0)).execute(ConfigMap.class));
    assertEquals(200, e.code());
    assertTrue(e.isInternalError());
    String message = e.getMessage();
    assertTrue(message.startsWith("GET " + server.uri() + "/api/v1/namespaces/ns1/configmaps/app: "), message);
    assertTrue(message.contains("not a valid ConfigMap"), message);
    assertTrue(message.contains("Unexpected character ('<'"), message);
    assertFalse(message.contains("\n"), "one line, no stack trace: " + message);
    assertFalse(message.contains("com.fasterxml"), message);

    server.enqueue(Reply.json(200, "{\"metadata\": {\"name\": [1, 2]}}"));
    ApiException wrongShape = assertThrows(ApiException.class,
        () -> getConfigMap(client(0)).execute(ConfigMap.class));
    assertTrue(wrongShape.getMessage().contains("GET "), wrongShape.getMessage());
    assertFalse(wrongShape.getMessage().contains("\n"), wrongShape.getMessage());

    server.enqueue(Reply.empty(200));
    ApiException empty = assertThrows(ApiException.class, () -> getConfigMap(client(0)).execute(ConfigMap.class));
    assertTrue(empty.getMessage().contains("the body is empty"), empty.getMessage());
  }

  @Test
  void aSuccessCodeWithAFailureStatusIsAnError() {
    server.enqueue(Reply.json(200, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
        + "\"reason\":\"NotFound\",\"code\":404,\"message\":\"gone\"}"));
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client(0)).execute(ConfigMap.class));
    assertTrue(e.isNotFound());
  }

  @Test
  void tooManyRequestsWithRetryAfterIsRetriedAfterTheAskedWait() {
    server.enqueue(Reply.status(429, "TooManyRequests", "slow down").withHeader("Retry-After", "2"),
        Reply.json(200, CM_JSON));
    ConfigMap cm = getConfigMap(client(5)).execute(ConfigMap.class);
    assertEquals("app", cm.getMetadata().getName());
    assertEquals(2, server.requestCount());
    assertEquals(List.of(Duration.ofSeconds(2)), waits(), "waited Retry-After on the fake clock");
    assertEquals("Bearer " + TOKEN, server.request(1).header("Authorization").orElseThrow(),
        "credentials on every attempt");
  }

  @Test
  void retriesAreBoundedByMaxRetriesAndTheLastResponseIsThrown() {
    server.otherwise(r -> Reply.status(429, "TooManyRequests", "throttled #" + server.requestCount())
        .withHeader("Retry-After", "1"));
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client(3)).execute(ConfigMap.class));
    assertEquals(4, server.requestCount(), "the first attempt and 3 retries");
    assertTrue(e.isTooManyRequests());
    assertEquals(429, e.code());
    assertEquals("throttled #4", e.status().getMessage(), "the last response");
    assertTrue(e.getMessage().contains("(after 4 attempts)"), e.getMessage());
    assertEquals(1, e.retryAfterSeconds().orElseThrow());
    // max(Retry-After, backoff 0.5 s doubling)
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2)), waits());
  }

  @Test
  void retryWaitsAreCapped() {
    server.enqueue(Reply.status(503, "ServiceUnavailable", "later").withHeader("Retry-After", "3600"),
        Reply.json(200, CM_JSON));
    getConfigMap(client(1)).execute(ConfigMap.class);
    assertEquals(List.of(Duration.ofSeconds(30)), waits());

    RestClient c = RestClient.builder(RestConfig.builder(server.uri()).qps(0).build())
        .clock(time)
        .retryBackoff(Backoff.of(Duration.ofSeconds(1), 3, 1).withCap(Duration.ofSeconds(5)))
        .build();
    assertEquals(Duration.ofSeconds(2), c.retryWait(0, 2));
    assertEquals(Duration.ofSeconds(3), c.retryWait(1, 2));
    assertEquals(Duration.ofSeconds(5), c.retryWait(2, 2));
    assertEquals(Duration.ofSeconds(5), c.retryWait(0, 60));
  }

  @Test
  void serverErrorsWithoutRetryAfterAreNotRetried() {
    server.enqueue(Reply.status(503, "ServiceUnavailable", "not ready"));
    ApiException post = assertThrows(ApiException.class, () -> client(5).post().groupVersion("v1")
        .namespace("ns1").resource("configmaps").body("{}").execute(ConfigMap.class));
    assertTrue(post.isServiceUnavailable());
    assertEquals(1, server.requestCount());

    server.reset();
    server.enqueue(Reply.status(500, "InternalError", "boom"));
    assertThrows(ApiException.class, () -> getConfigMap(client(5)).execute(ConfigMap.class));
    assertEquals(1, server.requestCount());
    assertTrue(waits().isEmpty());
  }

  @Test
  void anyVerbIsRetriedWhenTheServerSaysRetryAfter() {
    // As client-go: the server did not process it, and the body is replayable bytes.
    server.enqueue(Reply.status(503, "ServiceUnavailable", "later").withHeader("Retry-After", "1"),
        Reply.json(201, CM_JSON));
    RawResponse raw = client(2).post().groupVersion("v1").namespace("ns1").resource("configmaps")
        .body("{\"metadata\":{\"name\":\"app\"}}").executeRaw();
    assertEquals(201, raw.code());
    assertEquals(2, server.requestCount());
    assertEquals(server.request(0).bodyText(), server.request(1).bodyText(), "same body replayed");
  }

  @Test
  void aGetIsRetriedAfterTheConnectionDrops() {
    // The JDK's HttpClient itself resends an idempotent request once when the connection closes
    // before any response byte; the second drop reaches our retry.
    server.enqueue(Reply.drop(), Reply.drop(), Reply.json(200, CM_JSON));
    ConfigMap cm = getConfigMap(client(3)).execute(ConfigMap.class);
    assertEquals("app", cm.getMetadata().getName());
    assertEquals(3, server.requestCount());
    assertFalse(waits().isEmpty(), "our retry ran, after the backoff alone");
    assertEquals(Duration.ofMillis(100), waits().get(0));
  }

  @Test
  void aGetThatKeepsDroppingFailsAfterMaxRetries() {
    server.otherwise(r -> Reply.drop());
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client(2)).execute(ConfigMap.class));
    assertEquals(0, e.code());
    assertTrue(e.getMessage().contains("connection failed"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(after 3 attempts)"), e.getMessage());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits());
  }

  @Test
  void droppedConnectionsAreRetriedAFewTimesQuicklyWhateverMaxRetries() {
    server.otherwise(r -> Reply.drop());
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client(10)).execute(ConfigMap.class));
    assertTrue(e.getMessage().endsWith("(after 4 attempts)"), e.getMessage());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), waits());
  }

  @Test
  void aPostIsNotRetriedAfterTheConnectionDrops() {
    server.enqueue(Reply.drop(), Reply.json(201, CM_JSON));
    ApiException e = assertThrows(ApiException.class, () -> client(3).post().groupVersion("v1")
        .namespace("ns1").resource("configmaps").body("{}").execute(ConfigMap.class));
    assertEquals(0, e.code());
    assertEquals(1, server.requestCount());
    assertTrue(e.getMessage().startsWith("POST " + server.uri() + "/api/v1/namespaces/ns1/configmaps: "
        + "connection failed"), e.getMessage());
  }

  @Test
  void connectionRefusedIsCodeZeroNamingTheRequest() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    RestClient c = client(RestConfig.builder("http://127.0.0.1:" + port).bearerToken(TOKEN).build());
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(c).execute(ConfigMap.class));
    assertEquals(0, e.code());
    assertTrue(e.getMessage().startsWith("GET http://127.0.0.1:" + port
        + "/api/v1/namespaces/ns1/configmaps/app: connection failed"), e.getMessage());
    assertTrue(e.getCause() instanceof IOException);
    assertNoSecret(e);
  }

  @Test
  void unauthorizedRefreshesCredentialsAndResendsOnce() {
    RefreshingCredentials creds = new RefreshingCredentials(true);
    RestClient c = client(RestConfig.builder(server.uri()).credentials(creds).build());
    server.enqueue(Reply.status(401, "Unauthorized", "token expired"), Reply.json(200, CM_JSON));
    getConfigMap(c).execute(ConfigMap.class);
    assertEquals(2, server.requestCount());
    assertEquals("Bearer token-0", server.request(0).header("Authorization").orElseThrow());
    assertEquals("Bearer token-1", server.request(1).header("Authorization").orElseThrow());
    assertEquals(1, creds.refreshes.get());

    server.reset();
    server.otherwise(r -> Reply.status(401, "Unauthorized", "still no"));
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(c).execute(ConfigMap.class));
    assertTrue(e.isUnauthorized());
    assertEquals(2, server.requestCount(), "resent once only");
  }

  @Test
  void unauthorizedIsNotResentWhenCredentialsCannotRefresh() {
    RefreshingCredentials creds = new RefreshingCredentials(false);
    RestClient c = client(RestConfig.builder(server.uri()).credentials(creds).build());
    server.otherwise(r -> Reply.status(401, "Unauthorized", "no"));
    assertTrue(assertThrows(ApiException.class, () -> getConfigMap(c).execute(ConfigMap.class)).isUnauthorized());
    assertEquals(1, server.requestCount());
  }

  @Test
  void theAuthorizationHeaderNeverAppearsInMessagesOrToString() {
    RestClient c = client(3);
    server.enqueue(Reply.status(403, "Forbidden", "configmaps \\\"app\\\" is forbidden"));
    ApiException forbidden = assertThrows(ApiException.class, () -> getConfigMap(c).execute(ConfigMap.class));
    assertEquals("Bearer " + TOKEN, server.request(0).header("Authorization").orElseThrow(), "it was sent");
    assertTrue(forbidden.isForbidden());
    assertNoSecret(forbidden);

    server.enqueue(Reply.text(200, null, "not json"));
    assertNoSecret(assertThrows(ApiException.class, () -> getConfigMap(c).execute(ConfigMap.class)));
    server.enqueue(Reply.drop());
    assertNoSecret(assertThrows(ApiException.class,
        () -> c.delete().groupVersion("v1").namespace("ns1").resource("configmaps").name("app").executeRaw()));
    server.enqueue(Reply.json(200, CM_JSON));
    RawResponse raw = getConfigMap(c).executeRaw();

    for (Object o : List.of(c, c.config(), c.config().credentials(), getConfigMap(c), raw, server.request(0))) {
      if (o instanceof ScriptedApiServer.Recorded) {
        continue;
      }
      assertFalse(o.toString().contains(TOKEN), o.getClass() + ": " + o);
    }
  }

  @Test
  void userInfoInTheServerUrlIsNotInMessages() {
    server.enqueue(Reply.status(404, "NotFound", "nope"));
    RestClient c = client(RestConfig.builder(server.uri().toString().replace("http://", "http://admin:hunter2@"))
        .build());
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(c).execute(ConfigMap.class));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void eachRetryPassesTheRateLimiterAgain() {
    RestClient c = RestClient.builder(RestConfig.builder(server.uri()).qps(1).burst(1).build())
        .clock(time)
        .build();
    server.enqueue(Reply.status(429, "TooManyRequests", "x").withHeader("Retry-After", "0"),
        Reply.json(200, CM_JSON));
    getConfigMap(c).execute(ConfigMap.class);
    // retry wait max(0 s, 0.5 s backoff); then the bucket (1 token/s) still needs 0.5 s
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), waits());
  }

  @Test
  void theRateLimiterThrottlesRequests() {
    RestClient c = RestClient.builder(RestConfig.builder(server.uri()).qps(2).burst(2).build())
        .clock(time)
        .build();
    server.otherwise(r -> Reply.json(200, CM_JSON));
    for (int i = 0; i < 4; i++) {
      getConfigMap(c).execute(ConfigMap.class);
    }
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), waits(),
        "two from the burst, then one every 0.5 s");
    assertEquals(2.0, c.rateLimiter().qps());
  }

  @Test
  void followsASameOriginTemporaryRedirect() {
    server.enqueue(Reply.empty(307).withHeader("Location", "/api/v1/namespaces/ns1/configmaps/moved"),
        Reply.json(200, CM_JSON));
    getConfigMap(client(0)).execute(ConfigMap.class);
    assertEquals("/api/v1/namespaces/ns1/configmaps/moved", server.request(1).rawPath());
    assertEquals("Bearer " + TOKEN, server.request(1).header("Authorization").orElseThrow());

    server.enqueue(Reply.empty(307).withHeader("Location", "http://example.invalid/steal"));
    ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client(0)).execute(ConfigMap.class));
    assertEquals(307, e.code());
  }

  @Test
  void requestTimeoutIsSentAsAGoDuration() {
    server.otherwise(r -> Reply.json(200, CM_JSON));
    getConfigMap(client(0)).timeout(Duration.ofSeconds(30)).execute(ConfigMap.class);
    getConfigMap(client(0)).timeout(Duration.ofMillis(1500)).execute(ConfigMap.class);
    getConfigMap(client(0)).execute(ConfigMap.class);
    assertEquals("timeout=30s", server.request(0).rawQuery());
    assertEquals("timeout=1500ms", server.request(1).rawQuery());
    assertNull(server.request(2).rawQuery(), "the config's timeout stays on the client side");
  }

  @Test
  void restrictedConfigHeadersFailAtCreation() {
    RestConfig config = RestConfig.builder(server.uri()).header("Host", "evil").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RestClient.create(config));
    assertTrue(e.getMessage().contains("Host"), e.getMessage());
  }

  private static void assertNoSecret(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertFalse(trace.toString().contains(TOKEN), trace::toString);
    assertFalse(e.toString().contains(TOKEN), e::toString);
    if (e instanceof ApiException api) {
      assertFalse(String.valueOf(api.status()).contains(TOKEN));
    }
  }

  /** Hands out token-0, token-1, ...: each refresh moves to the next. */
  private static final class RefreshingCredentials implements Credentials {
    private final boolean canRefresh;
    private final AtomicInteger refreshes = new AtomicInteger();

    RefreshingCredentials(boolean canRefresh) {
      this.canRefresh = canRefresh;
    }

    @Override
    public void authenticate(HttpRequest.Builder request) {
      request.setHeader("Authorization", "Bearer token-" + refreshes.get());
    }

    @Override
    public boolean refreshAfterUnauthorized() {
      if (!canRefresh) {
        return false;
      }
      refreshes.incrementAndGet();
      return true;
    }
  }

  /** The sleeps of zero length left out: what a caller really waited. */
  private List<Duration> waits() {
    return time.sleeps().stream().filter(d -> !d.isZero()).toList();
  }
}
