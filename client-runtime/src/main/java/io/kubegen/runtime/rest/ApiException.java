package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.Status;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception for a failed API call: the HTTP code, the {@link Status} the server sent (or
 * one built from the code when the body was not a Status), and predicates for every reason the
 * API server uses. The predicates follow client-go: the Status reason decides; the HTTP code
 * decides only when the reason is empty or unknown.
 *
 * <p>A code of 0 means no HTTP response was received (connection refused, reset, timed out).
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final transient Status status;
  private final StatusReason reason;
  private final Integer retryAfterSeconds;

  /**
   * @param message what failed, naming the request (never a credential)
   * @param code the HTTP code, or 0 when there was no response
   * @param status the decoded Status, or one built from the code; never null
   * @param retryAfterSeconds from the {@code Retry-After} header, or null
   */
  public ApiException(String message, int code, Status status, Integer retryAfterSeconds, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.status = Objects.requireNonNull(status, "status");
    this.reason = StatusReason.fromWireName(status.getReason()).orElseGet(() -> StatusReason.fromCode(code));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public ApiException(String message, int code, Status status) {
    this(message, code, status, null, null);
  }

  /** The HTTP code, or 0 when no response was received. */
  public int code() {
    return code;
  }

  /** The Status the server sent, or one built from the HTTP code. */
  public Status status() {
    return status;
  }

  /** The effective reason: the Status reason if known, else the one the HTTP code stands for. */
  public StatusReason reason() {
    return reason;
  }

  /**
   * When to try again: the {@code Retry-After} header, else {@code details.retryAfterSeconds}, if
   * either was sent.
   */
  public Optional<Integer> retryAfterSeconds() {
    if (retryAfterSeconds != null) {
      return Optional.of(retryAfterSeconds);
    }
    return Optional.ofNullable(status.getDetails()).map(d -> d.getRetryAfterSeconds());
  }

  /** True when the server asked the client to wait before retrying (429, or a 5xx that says when). */
  public boolean suggestsClientDelay() {
    return retryAfterSeconds().isPresent()
        || reason == StatusReason.TOO_MANY_REQUESTS
        || reason == StatusReason.SERVER_TIMEOUT;
  }

  public boolean isBadRequest() {
    return reason == StatusReason.BAD_REQUEST;
  }

  public boolean isUnauthorized() {
    return reason == StatusReason.UNAUTHORIZED;
  }

  public boolean isForbidden() {
    return reason == StatusReason.FORBIDDEN;
  }

  public boolean isNotFound() {
    return reason == StatusReason.NOT_FOUND;
  }

  public boolean isMethodNotAllowed() {
    return reason == StatusReason.METHOD_NOT_ALLOWED;
  }

  public boolean isNotAcceptable() {
    return reason == StatusReason.NOT_ACCEPTABLE;
  }

  public boolean isAlreadyExists() {
    return reason == StatusReason.ALREADY_EXISTS;
  }

  public boolean isConflict() {
    return reason == StatusReason.CONFLICT;
  }

  public boolean isGone() {
    return reason == StatusReason.GONE;
  }

  /** The resourceVersion of a list or watch is too old: relist. */
  public boolean isResourceExpired() {
    return reason == StatusReason.EXPIRED;
  }

  /** Gone or Expired: what a reflector answers by relisting. */
  public boolean isGoneOrExpired() {
    return isGone() || isResourceExpired();
  }

  public boolean isRequestEntityTooLarge() {
    return reason == StatusReason.REQUEST_ENTITY_TOO_LARGE;
  }

  public boolean isUnsupportedMediaType() {
    return reason == StatusReason.UNSUPPORTED_MEDIA_TYPE;
  }

  public boolean isInvalid() {
    return reason == StatusReason.INVALID;
  }

  public boolean isTooManyRequests() {
    return reason == StatusReason.TOO_MANY_REQUESTS;
  }

  public boolean isInternalError() {
    return reason == StatusReason.INTERNAL_ERROR;
  }

  public boolean isServerTimeout() {
    return reason == StatusReason.SERVER_TIMEOUT;
  }

  public boolean isServiceUnavailable() {
    return reason == StatusReason.SERVICE_UNAVAILABLE;
  }

  public boolean isTimeout() {
    return reason == StatusReason.TIMEOUT;
  }

  /** A 500 that names no better reason: the server failed unexpectedly. */
  public boolean isUnexpectedServerError() {
    return code == 500 && reason == StatusReason.INTERNAL_ERROR;
  }
}
