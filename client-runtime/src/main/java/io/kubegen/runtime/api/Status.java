package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The API server's answer for outcomes that are not an object: failures, and some deletes. {@code reason} names the failure kind (NotFound, Conflict, Expired, ...). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Status {
  private String apiVersion;
  private String kind;
  private ListMeta metadata;
  private String status;
  private String message;
  private String reason;
  private StatusDetails details;
  private Integer code;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** Sets {@code apiVersion} and returns this object. */
  public Status withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  /** Sets {@code kind} and returns this object. */
  public Status withKind(String kind) {
    this.kind = kind;
    return this;
  }

  public ListMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(ListMeta metadata) {
    this.metadata = metadata;
  }

  /** Sets {@code metadata} and returns this object. */
  public Status withMetadata(ListMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** Sets {@code status} and returns this object. */
  public Status withStatus(String status) {
    this.status = status;
    return this;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  /** Sets {@code message} and returns this object. */
  public Status withMessage(String message) {
    this.message = message;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** Sets {@code reason} and returns this object. */
  public Status withReason(String reason) {
    this.reason = reason;
    return this;
  }

  public StatusDetails getDetails() {
    return details;
  }

  public void setDetails(StatusDetails details) {
    this.details = details;
  }

  /** Sets {@code details} and returns this object. */
  public Status withDetails(StatusDetails details) {
    this.details = details;
    return this;
  }

  public Integer getCode() {
    return code;
  }

  public void setCode(Integer code) {
    this.code = code;
  }

  /** Sets {@code code} and returns this object. */
  public Status withCode(Integer code) {
    this.code = code;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public Status deepCopy() {
    Status copy = new Status();
    copy.apiVersion = apiVersion;
    copy.kind = kind;
    copy.metadata = metadata == null ? null : metadata.deepCopy();
    copy.status = status;
    copy.message = message;
    copy.reason = reason;
    copy.details = details == null ? null : details.deepCopy();
    copy.code = code;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Status other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(metadata, other.metadata)
        && Objects.equals(status, other.status)
        && Objects.equals(message, other.message)
        && Objects.equals(reason, other.reason)
        && Objects.equals(details, other.details)
        && Objects.equals(code, other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, status, message, reason, details, code);
  }

  @Override
  public String toString() {
    return "Status{" + "apiVersion=" + apiVersion + ", kind=" + kind + ", metadata=" + metadata + ", status=" + status + ", message=" + message + ", reason=" + reason + ", details=" + details + ", code=" + code + "}";
  }
}
