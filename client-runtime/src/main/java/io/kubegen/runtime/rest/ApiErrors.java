package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.scheme.JsonCodec;
import io.kubegen.runtime.scheme.JsonException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Turns a failed HTTP response into an {@link ApiException}, by the rules of API-ERRORS: a
 * {@code Status} body is decoded and its reason decides; any other body (plain text, HTML from a
 * proxy, empty) becomes a Status built from the code, with 409 on a create meaning AlreadyExists.
 * The raw body is kept, truncated, in the message.
 */
public final class ApiErrors {
  private static final int MAX_BODY_IN_MESSAGE = 512;

  private ApiErrors() {}

  /**
   * @param method the HTTP method of the request
   * @param uri the request URI (query parameters are left out of the message)
   * @param code the HTTP status code
   * @param body the response body, possibly empty
   * @param retryAfter the {@code Retry-After} header value, or null
   */
  public static ApiException fromResponse(String method, URI uri, int code, byte[] body, String retryAfter) {
    return fromResponse(method, uri, code, body, retryAfter, 1);
  }

  /**
   * As {@link #fromResponse(String, URI, int, byte[], String)}, for the last of {@code attempts}
   * tries of the same request: the message says how many were made when more than one.
   */
  static ApiException fromResponse(
      String method, URI uri, int code, byte[] body, String retryAfter, int attempts) {
    Status status = decodeStatus(body);
    boolean fromBody = status != null;
    if (status == null) {
      status = new Status();
      status.setKind("Status");
      status.setApiVersion("v1");
      status.setStatus("Failure");
      status.setCode(code);
      StatusReason reason = code == 409 && "POST".equals(method)
          ? StatusReason.ALREADY_EXISTS
          : StatusReason.fromCode(code);
      status.setReason(reason.wireName().isEmpty() ? null : reason.wireName());
      status.setMessage(bodySnippet(body));
    }
    ApiException probe = new ApiException("", code, status);
    StringBuilder message = new StringBuilder()
        .append(method).append(' ').append(requestTarget(uri)).append(": ")
        .append(code).append(' ').append(probe.reason().wireName().isEmpty() ? "Unknown" : probe.reason().wireName());
    String detail = status.getMessage();
    if (detail != null && !detail.isEmpty()) {
      message.append(": ").append(detail);
    } else if (!fromBody && body != null && body.length > 0) {
      message.append(": ").append(bodySnippet(body));
    }
    if (attempts > 1) {
      message.append(" (after ").append(attempts).append(" attempts)");
    }
    return new ApiException(message.toString(), code, status, parseRetryAfter(retryAfter), null);
  }

  /**
   * A 2xx response whose body is not the JSON the caller asked for: an ApiException with the HTTP
   * code and reason InternalError, naming the request and the JSON problem (never Jackson's stack).
   */
  static ApiException undecodableBody(String method, URI uri, int code, String expected, String problem,
      Throwable cause) {
    String message = method + " " + requestTarget(uri) + ": " + code + " response body is not a valid "
        + expected + ": " + oneLine(problem);
    Status status = failure(code, StatusReason.INTERNAL_ERROR, message);
    return new ApiException(message, code, status, null, cause);
  }

  /**
   * No HTTP response was received (connection refused, reset, timed out, interrupted): code 0,
   * naming the request and what went wrong.
   */
  static ApiException noResponse(String method, URI uri, String what, Throwable cause, int attempts) {
    StringBuilder message = new StringBuilder()
        .append(method).append(' ').append(requestTarget(uri)).append(": ").append(what);
    if (cause != null) {
      message.append(": ").append(cause.getClass().getSimpleName());
      // The JDK often leaves the outer message empty (ConnectException) and says it in a cause.
      for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
        String detail = t.getMessage();
        if (detail != null && !detail.isBlank()) {
          message.append(": ").append(oneLine(detail));
          break;
        }
      }
    }
    if (attempts > 1) {
      message.append(" (after ").append(attempts).append(" attempts)");
    }
    Status status = failure(0, StatusReason.UNKNOWN, message.toString());
    return new ApiException(message.toString(), 0, status, null, cause);
  }

  private static Status failure(int code, StatusReason reason, String message) {
    Status status = new Status();
    status.setKind("Status");
    status.setApiVersion("v1");
    status.setStatus("Failure");
    status.setCode(code);
    status.setReason(reason.wireName().isEmpty() ? null : reason.wireName());
    status.setMessage(message);
    return status;
  }

  /** The failure a watch reported in an ERROR event. */
  public static ApiException fromWatchStatus(String method, URI uri, Status status) {
    int code = status.getCode() == null ? 0 : status.getCode();
    String detail = status.getMessage() == null ? "" : ": " + status.getMessage();
    ApiException probe = new ApiException("", code, status);
    return new ApiException(method + " " + requestTarget(uri) + ": watch error " + code + " "
        + probe.reason().wireName() + detail, code, status);
  }

  /**
   * The request's scheme, host, port and path: no query (it can carry selectors) and no user-info
   * (it can carry a password).
   */
  static String requestTarget(URI uri) {
    if (uri.getHost() == null) {
      return uri.getRawPath() == null ? "(no path)" : uri.getRawPath();
    }
    String host = uri.getHost();
    return uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  static Integer parseRetryAfter(String value) {
    if (value == null) {
      return null;
    }
    try {
      int seconds = Integer.parseInt(value.trim());
      return seconds >= 0 ? seconds : null;
    } catch (NumberFormatException e) {
      return null; // An HTTP date is allowed by RFC 9110, but the API server only sends seconds.
    }
  }

  private static Status decodeStatus(byte[] body) {
    if (body == null || body.length == 0 || body[firstNonSpace(body)] != '{') {
      return null;
    }
    try {
      Status status = JsonCodec.shared().read(body, Status.class);
      return "Status".equals(status.getKind()) ? status : null;
    } catch (JsonException e) {
      return null;
    }
  }

  private static int firstNonSpace(byte[] body) {
    int i = 0;
    while (i < body.length - 1 && Character.isWhitespace(body[i])) {
      i++;
    }
    return i;
  }

  private static String bodySnippet(byte[] body) {
    if (body == null || body.length == 0) {
      return "(empty body)";
    }
    String text = oneLine(new String(body, 0, Math.min(body.length, MAX_BODY_IN_MESSAGE), StandardCharsets.UTF_8));
    return body.length > MAX_BODY_IN_MESSAGE ? text + "... (" + body.length + " bytes)" : text;
  }

  /** Line breaks, tabs and other control characters (from HTML pages, say) become single spaces. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }
}
