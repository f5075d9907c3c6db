package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** One cause of a failure, often naming the field that was invalid. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class StatusCause {
  private String reason;
  private String message;
  private String field;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** Sets {@code reason} and returns this object. */
  public StatusCause withReason(String reason) {
    this.reason = reason;
    return this;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  /** Sets {@code message} and returns this object. */
  public StatusCause withMessage(String message) {
    this.message = message;
    return this;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  /** Sets {@code field} and returns this object. */
  public StatusCause withField(String field) {
    this.field = field;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public StatusCause deepCopy() {
    StatusCause copy = new StatusCause();
    copy.reason = reason;
    copy.message = message;
    copy.field = field;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatusCause other
        && Objects.equals(reason, other.reason)
        && Objects.equals(message, other.message)
        && Objects.equals(field, other.field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, message, field);
  }

  @Override
  public String toString() {
    return "StatusCause{" + "reason=" + reason + ", message=" + message + ", field=" + field + "}";
  }
}
