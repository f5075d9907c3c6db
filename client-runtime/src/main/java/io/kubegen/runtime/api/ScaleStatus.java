package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The observed replica count and label selector of a scale subresource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ScaleStatus {
  private Integer replicas;
  private String selector;

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  /** Sets {@code replicas} and returns this object. */
  public ScaleStatus withReplicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  public String getSelector() {
    return selector;
  }

  public void setSelector(String selector) {
    this.selector = selector;
  }

  /** Sets {@code selector} and returns this object. */
  public ScaleStatus withSelector(String selector) {
    this.selector = selector;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public ScaleStatus deepCopy() {
    ScaleStatus copy = new ScaleStatus();
    copy.replicas = replicas;
    copy.selector = selector;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleStatus other
        && Objects.equals(replicas, other.replicas)
        && Objects.equals(selector, other.selector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replicas, selector);
  }

  @Override
  public String toString() {
    return "ScaleStatus{" + "replicas=" + replicas + ", selector=" + selector + "}";
  }
}
