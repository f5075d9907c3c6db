package io.kubegen.runtime.rest;

import java.util.Optional;

/**
 * The failure reasons the API server puts in {@code Status.reason}, and the reason a bare HTTP
 * code stands for when the server gave none (as client-go's error helpers decide it).
 */
public enum StatusReason {
  BAD_REQUEST("BadRequest", 400),
  UNAUTHORIZED("Unauthorized", 401),
  FORBIDDEN("Forbidden", 403),
  NOT_FOUND("NotFound", 404),
  METHOD_NOT_ALLOWED("MethodNotAllowed", 405),
  NOT_ACCEPTABLE("NotAcceptable", 406),
  ALREADY_EXISTS("AlreadyExists", 409),
  CONFLICT("Conflict", 409),
  GONE("Gone", 410),
  EXPIRED("Expired", 410),
  REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLarge", 413),
  UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaType", 415),
  INVALID("Invalid", 422),
  TOO_MANY_REQUESTS("TooManyRequests", 429),
  INTERNAL_ERROR("InternalError", 500),
  SERVER_TIMEOUT("ServerTimeout", 500),
  SERVICE_UNAVAILABLE("ServiceUnavailable", 503),
  TIMEOUT("Timeout", 504),
  /** A reason this client does not know, or no reason and a code that names none. */
  UNKNOWN("", 0);

  private final String wireName;
  private final int code;

  StatusReason(String wireName, int code) {
    this.wireName = wireName;
    this.code = code;
  }

  /** The text the API server uses, such as {@code NotFound}. */
  public String wireName() {
    return wireName;
  }

  /** The HTTP code the API server sends with this reason. */
  public int code() {
    return code;
  }

  /** The known reason with this wire name. */
  public static Optional<StatusReason> fromWireName(String reason) {
    if (reason == null || reason.isEmpty()) {
      return Optional.empty();
    }
    for (StatusReason r : values()) {
      if (r != UNKNOWN && r.wireName.equals(reason)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The reason a bare HTTP code stands for. Never AlreadyExists or Expired: 409 and 410 alone are
   * ambiguous, so only a reason says those.
   */
  public static StatusReason fromCode(int code) {
    return switch (code) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 410 -> GONE;
      case 413 -> REQUEST_ENTITY_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 422 -> INVALID;
      case 429 -> TOO_MANY_REQUESTS;
      case 503 -> SERVICE_UNAVAILABLE;
      case 504 -> TIMEOUT;
      default -> code >= 500 ? INTERNAL_ERROR : UNKNOWN;
    };
  }
}
