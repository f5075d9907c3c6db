package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Details of a failure: the object it concerns, its causes, and when to retry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class StatusDetails {
  private String name;
  private String group;
  private String kind;
  private String uid;
  private List<StatusCause> causes;
  private Integer retryAfterSeconds;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Sets {@code name} and returns this object. */
  public StatusDetails withName(String name) {
    this.name = name;
    return this;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  /** Sets {@code group} and returns this object. */
  public StatusDetails withGroup(String group) {
    this.group = group;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  /** Sets {@code kind} and returns this object. */
  public StatusDetails withKind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  /** Sets {@code uid} and returns this object. */
  public StatusDetails withUid(String uid) {
    this.uid = uid;
    return this;
  }

  public List<StatusCause> getCauses() {
    return causes;
  }

  public void setCauses(List<StatusCause> causes) {
    this.causes = causes;
  }

  /** Sets {@code causes} and returns this object. */
  public StatusDetails withCauses(List<StatusCause> causes) {
    this.causes = causes;
    return this;
  }

  public Integer getRetryAfterSeconds() {
    return retryAfterSeconds;
  }

  public void setRetryAfterSeconds(Integer retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Sets {@code retryAfterSeconds} and returns this object. */
  public StatusDetails withRetryAfterSeconds(Integer retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public StatusDetails deepCopy() {
    StatusDetails copy = new StatusDetails();
    copy.name = name;
    copy.group = group;
    copy.kind = kind;
    copy.uid = uid;
    if (causes != null) {
      copy.causes = new ArrayList<>(causes.size());
      for (StatusCause item : causes) {
        copy.causes.add(item == null ? null : item.deepCopy());
      }
    }
    copy.retryAfterSeconds = retryAfterSeconds;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatusDetails other
        && Objects.equals(name, other.name)
        && Objects.equals(group, other.group)
        && Objects.equals(kind, other.kind)
        && Objects.equals(uid, other.uid)
        && Objects.equals(causes, other.causes)
        && Objects.equals(retryAfterSeconds, other.retryAfterSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, group, kind, uid, causes, retryAfterSeconds);
  }

  @Override
  public String toString() {
    return "StatusDetails{" + "name=" + name + ", group=" + group + ", kind=" + kind + ", uid=" + uid + ", causes=" + causes + ", retryAfterSeconds=" + retryAfterSeconds + "}";
  }
}
