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
    return new ApiException(message.toString(), code, status, parseRetryAfter(retryAfter), null);
  }

  /** The failure a watch reported in an ERROR event. */
  public static ApiException fromWatchStatus(String method, URI uri, Status status) {
    int code = status.getCode() == null ? 0 : status.getCode();
    String detail = status.getMessage() == null ? "" : ": " + status.getMessage();
    ApiException probe = new ApiException("", code, status);
    return new ApiException(method + " " + requestTarget(uri) + ": watch error " + code + " "
        + probe.reason().wireName() + detail, code, status);
  }

  /** The path of the request without its query, which can carry selectors but never credentials. */
  static String requestTarget(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
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
    String text = new String(body, 0, Math.min(body.length, MAX_BODY_IN_MESSAGE), StandardCharsets.UTF_8).strip();
    return body.length > MAX_BODY_IN_MESSAGE ? text + "... (" + body.length + " bytes)" : text;
  }
}
