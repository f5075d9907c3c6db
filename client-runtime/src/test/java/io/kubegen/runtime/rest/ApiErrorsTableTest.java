package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ScriptedApiServer;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Reply;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of API-ERRORS.md, sent by a scripted server as the kube-apiserver sends it, decoded
 * through RestClient to the right reason and predicate; then the fallbacks: a Status without
 * reason, and bodies that are not a Status at all.
 */
class ApiErrorsTableTest {
  private static final Map<StatusReason, Predicate<ApiException>> PREDICATES = new EnumMap<>(StatusReason.class);

  static {
    PREDICATES.put(StatusReason.BAD_REQUEST, ApiException::isBadRequest);
    PREDICATES.put(StatusReason.UNAUTHORIZED, ApiException::isUnauthorized);
    PREDICATES.put(StatusReason.FORBIDDEN, ApiException::isForbidden);
    PREDICATES.put(StatusReason.NOT_FOUND, ApiException::isNotFound);
    PREDICATES.put(StatusReason.METHOD_NOT_ALLOWED, ApiException::isMethodNotAllowed);
    PREDICATES.put(StatusReason.NOT_ACCEPTABLE, ApiException::isNotAcceptable);
    PREDICATES.put(StatusReason.ALREADY_EXISTS, ApiException::isAlreadyExists);
    PREDICATES.put(StatusReason.CONFLICT, ApiException::isConflict);
    PREDICATES.put(StatusReason.GONE, ApiException::isGone);
    PREDICATES.put(StatusReason.EXPIRED, ApiException::isResourceExpired);
    PREDICATES.put(StatusReason.REQUEST_ENTITY_TOO_LARGE, ApiException::isRequestEntityTooLarge);
    PREDICATES.put(StatusReason.UNSUPPORTED_MEDIA_TYPE, ApiException::isUnsupportedMediaType);
    PREDICATES.put(StatusReason.INVALID, ApiException::isInvalid);
    PREDICATES.put(StatusReason.TOO_MANY_REQUESTS, ApiException::isTooManyRequests);
    PREDICATES.put(StatusReason.INTERNAL_ERROR, ApiException::isInternalError);
    PREDICATES.put(StatusReason.SERVER_TIMEOUT, ApiException::isServerTimeout);
    PREDICATES.put(StatusReason.SERVICE_UNAVAILABLE, ApiException::isServiceUnavailable);
    PREDICATES.put(StatusReason.TIMEOUT, ApiException::isTimeout);
  }

  private static ScriptedApiServer server;
  private static RestClient client;

  @BeforeAll
  static void start() {
    server = ScriptedApiServer.start();
    client = RestClient.create(RestConfig.builder(server.uri()).qps(0).maxRetries(0).build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private static ApiException fail(String method, Reply reply) {
    server.enqueue(reply);
    RestRequest request = switch (method) {
      case "GET" -> client.get();
      case "POST" -> client.post();
      case "PUT" -> client.put();
      case "DELETE" -> client.delete();
      default -> throw new IllegalArgumentException(method);
    };
    request.groupVersion("apps/v1").namespace("ns1").resource("deployments");
    if (!method.equals("POST")) {
      request.name("web");
    }
    if (method.equals("POST") || method.equals("PUT")) {
      request.body("{}");
    }
    return assertThrows(ApiException.class, () -> request.execute(ConfigMap.class));
  }

  /** The expected predicate holds, and no other single-reason predicate does. */
  private static void assertOnly(StatusReason expected, ApiException e) {
    assertEquals(expected, e.reason(), e::getMessage);
    PREDICATES.forEach((reason, predicate) ->
        assertEquals(reason == expected, predicate.test(e), () -> reason + " predicate for " + e.getMessage()));
    assertEquals(expected == StatusReason.GONE || expected == StatusReason.EXPIRED, e.isGoneOrExpired());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "BadRequest, 400",
      "Unauthorized, 401",
      "Forbidden, 403",
      "NotFound, 404",
      "MethodNotAllowed, 405",
      "NotAcceptable, 406",
      "AlreadyExists, 409",
      "Conflict, 409",
      "Gone, 410",
      "Expired, 410",
      "RequestEntityTooLarge, 413",
      "UnsupportedMediaType, 415",
      "Invalid, 422",
      "TooManyRequests, 429",
      "InternalError, 500",
      "ServerTimeout, 500",
      "ServiceUnavailable, 503",
      "Timeout, 504",
  })
  void everyReasonOfTheTable(String reason, int code) {
    ApiException e = fail("GET", Reply.status(code, reason, "the " + reason + " message"));
    StatusReason expected = StatusReason.fromWireName(reason).orElseThrow();
    assertOnly(expected, e);
    assertEquals(code, e.code());
    assertEquals(reason, e.status().getReason());
    assertEquals("GET " + server.uri() + "/apis/apps/v1/namespaces/ns1/deployments/web: " + code + " "
        + reason + ": the " + reason + " message", e.getMessage());
    assertEquals(expected == StatusReason.INTERNAL_ERROR, e.isUnexpectedServerError());
  }

  @ParameterizedTest(name = "{1} without reason is {2}")
  @CsvSource({
      "GET, 400, BadRequest",
      "GET, 401, Unauthorized",
      "GET, 403, Forbidden",
      "GET, 404, NotFound",
      "GET, 405, MethodNotAllowed",
      "GET, 406, NotAcceptable",
      "POST, 409, Conflict", // a Status without reason: AlreadyExists is only ever said by the reason
      "PUT, 409, Conflict",
      "GET, 410, Gone", // and Expired likewise
      "GET, 413, RequestEntityTooLarge",
      "PUT, 415, UnsupportedMediaType",
      "PUT, 422, Invalid",
      "GET, 429, TooManyRequests",
      "GET, 500, InternalError",
      "GET, 502, InternalError",
      "GET, 503, ServiceUnavailable",
      "GET, 504, Timeout",
  })
  void aStatusWithEmptyReasonFallsBackToTheCode(String method, int code, String expectedReason) {
    ApiException e = fail(method, Reply.status(code, null, "no reason given"));
    assertOnly(StatusReason.fromWireName(expectedReason).orElseThrow(), e);
    assertEquals(code, e.code());
    assertTrue(e.getMessage().endsWith(code + " " + expectedReason + ": no reason given"), e.getMessage());
  }

  @Test
  void anUnknownReasonFallsBackToTheCode() {
    ApiException e = fail("PUT", Reply.status(409, "SomethingNewer", "future reason"));
    assertOnly(StatusReason.CONFLICT, e);
    assertEquals("SomethingNewer", e.status().getReason(), "the Status is kept as sent");
  }

  @ParameterizedTest(name = "{0} {1} with {2} body is {3}")
  @CsvSource({
      "POST, 409, plain, AlreadyExists",
      "POST, 409, html, AlreadyExists",
      "POST, 409, empty, AlreadyExists",
      "POST, 409, json, AlreadyExists",
      "PUT, 409, plain, Conflict",
      "PUT, 409, html, Conflict",
      "PUT, 409, empty, Conflict",
      "PUT, 409, json, Conflict",
      "DELETE, 409, plain, Conflict",
      "GET, 404, empty, NotFound",
      "GET, 404, html, NotFound",
      "GET, 410, plain, Gone",
      "GET, 429, plain, TooManyRequests",
      "GET, 502, html, InternalError",
      "GET, 503, plain, ServiceUnavailable",
      "GET, 504, html, Timeout",
  })
  void aBodyThatIsNotAStatusIsTypedByItsCode(String method, int code, String bodyKind, String expectedReason) {
    Reply reply = switch (bodyKind) {
      case "plain" -> Reply.text(code, "text/plain", "upstream said no");
      case "html" -> Reply.text(code, "text/html",
          "<html>\n<head><title>Bad gateway</title></head>\n<body>\t<h1>upstream said no</h1></body>\n</html>");
      case "empty" -> Reply.empty(code);
      case "json" -> Reply.json(code, "{\"error\":\"upstream said no\"}");
      default -> throw new IllegalArgumentException(bodyKind);
    };
    ApiException e = fail(method, reply);
    assertOnly(StatusReason.fromWireName(expectedReason).orElseThrow(), e);
    assertEquals(code, e.code());
    String message = e.getMessage();
    assertTrue(message.startsWith(method + " " + server.uri() + "/apis/apps/v1/namespaces/ns1/deployments"),
        message);
    assertFalse(message.contains("\n") || message.contains("\t"), "one line: " + message);
    if (bodyKind.equals("empty")) {
      assertTrue(message.endsWith("(empty body)"), message);
    } else {
      assertTrue(message.contains("upstream said no"), "the raw body is kept: " + message);
    }
  }

  @Test
  void aLongBodyIsTruncatedInTheMessage() {
    ApiException e = fail("GET", Reply.text(502, "text/html", "x".repeat(10_000)));
    assertTrue(e.getMessage().length() < 1_000, () -> "length " + e.getMessage().length());
    assertTrue(e.getMessage().endsWith("... (10000 bytes)"), e.getMessage());
  }

  @Test
  void retryAfterComesFromTheHeaderOrTheStatusDetails() {
    ApiException header = fail("GET", Reply.status(429, "TooManyRequests", "slow").withHeader("Retry-After", "7"));
    assertEquals(7, header.retryAfterSeconds().orElseThrow());
    assertTrue(header.suggestsClientDelay());

    ApiException details = fail("GET", Reply.json(500, "{\"kind\":\"Status\",\"apiVersion\":\"v1\","
        + "\"status\":\"Failure\",\"reason\":\"ServerTimeout\",\"code\":500,\"message\":\"slow\","
        + "\"details\":{\"retryAfterSeconds\":3,\"causes\":[{\"reason\":\"x\",\"message\":\"y\"}]}}"));
    assertEquals(3, details.retryAfterSeconds().orElseThrow());
    assertTrue(details.isServerTimeout());
    assertEquals("y", details.status().getDetails().getCauses().get(0).getMessage());
  }
}
