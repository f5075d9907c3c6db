package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.StatusCause;
import io.kubegen.runtime.api.StatusDetails;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.StatusReason;
import io.kubegen.runtime.scheme.GroupKind;
import io.kubegen.runtime.scheme.GroupResource;
import java.util.List;
import java.util.Objects;

/**
 * {@link ApiException}s shaped as the API server shapes them (apimachinery's {@code errors.NewXxx}):
 * the same reason, code, message and details. The object tracker fails with these; reactors
 * use them to inject errors. The exception message is the Status message, as Go's
 * {@code err.Error()}.
 */
public final class StatusErrors {
  /** The message of a Conflict from a stale resourceVersion. */
  public static final String OPTIMISTIC_LOCK_MESSAGE =
      "the object has been modified; please apply your changes to the latest version and try again";

  private StatusErrors() {}

  /** 404: {@code configmaps "x" not found}. */
  public static ApiException notFound(GroupResource resource, String name) {
    return exception(StatusReason.NOT_FOUND, resource + " \"" + name + "\" not found",
        details(resource, name));
  }

  /** 409 AlreadyExists: {@code configmaps "x" already exists}. */
  public static ApiException alreadyExists(GroupResource resource, String name) {
    return exception(StatusReason.ALREADY_EXISTS, resource + " \"" + name + "\" already exists",
        details(resource, name));
  }

  /** 409 Conflict: {@code Operation cannot be fulfilled on configmaps "x": <why>}. */
  public static ApiException conflict(GroupResource resource, String name, String why) {
    return exception(StatusReason.CONFLICT,
        "Operation cannot be fulfilled on " + resource + " \"" + name + "\": " + why, details(resource, name));
  }

  /** 409 Conflict for a stale resourceVersion (optimistic concurrency). */
  public static ApiException staleResourceVersion(GroupResource resource, String name) {
    return conflict(resource, name, OPTIMISTIC_LOCK_MESSAGE);
  }

  /** 400 BadRequest with this message. */
  public static ApiException badRequest(String message) {
    return exception(StatusReason.BAD_REQUEST, message, null);
  }

  /**
   * 422 Invalid: {@code ConfigMap "x" is invalid: metadata.name: Required value: ...}, with one
   * cause naming the field.
   */
  public static ApiException invalid(GroupKind kind, String name, String field, String causeType, String detail) {
    String causeMessage = causeType + ": " + detail;
    StatusCause cause = new StatusCause().withReason("Field" + causeType.replace(" ", "")).withField(field)
        .withMessage(causeMessage);
    StatusDetails details = new StatusDetails().withName(name).withGroup(kind.group()).withKind(kind.kind())
        .withCauses(List.of(cause));
    return exception(StatusReason.INVALID,
        kind + " \"" + name + "\" is invalid: " + field + ": " + causeMessage, details);
  }

  /** 410 Expired: a list or watch resourceVersion older than the retained history. */
  public static ApiException expired(String message) {
    return exception(StatusReason.EXPIRED, message, null);
  }

  /** 404 for a subresource or resource the fake does not serve. */
  public static ApiException resourceNotFound() {
    return exception(StatusReason.NOT_FOUND, "the server could not find the requested resource", null);
  }

  /** 500 InternalError: {@code Internal error occurred: <message>}. */
  public static ApiException internalError(String message) {
    return exception(StatusReason.INTERNAL_ERROR, "Internal error occurred: " + message, null);
  }

  /** 429 TooManyRequests that asks the client to wait {@code retryAfterSeconds}. */
  public static ApiException tooManyRequests(String message, int retryAfterSeconds) {
    return exception(StatusReason.TOO_MANY_REQUESTS, message,
        new StatusDetails().withRetryAfterSeconds(retryAfterSeconds));
  }

  /** Any reason with its usual code and this message. */
  public static ApiException of(StatusReason reason, String message) {
    return exception(reason, message, null);
  }

  /** The Status an ERROR watch event carries for this exception. */
  public static Status statusOf(ApiException e) {
    return e.status().deepCopy();
  }

  private static StatusDetails details(GroupResource resource, String name) {
    // As the API server does: details.kind holds the resource (plural), not the Kind.
    return new StatusDetails().withName(name).withGroup(resource.group()).withKind(resource.resource());
  }

  private static ApiException exception(StatusReason reason, String message, StatusDetails details) {
    Objects.requireNonNull(reason, "reason");
    Status status = new Status()
        .withKind("Status")
        .withApiVersion("v1")
        .withStatus("Failure")
        .withMessage(message)
        .withReason(reason.wireName().isEmpty() ? null : reason.wireName())
        .withDetails(details)
        .withCode(reason.code());
    return new ApiException(message, reason.code(), status);
  }
}
