package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The desired replica count of a scale subresource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ScaleSpec {
  private Integer replicas;

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  /** Sets {@code replicas} and returns this object. */
  public ScaleSpec withReplicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public ScaleSpec deepCopy() {
    ScaleSpec copy = new ScaleSpec();
    copy.replicas = replicas;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleSpec other
        && Objects.equals(replicas, other.replicas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replicas);
  }

  @Override
  public String toString() {
    return "ScaleSpec{" + "replicas=" + replicas + "}";
  }
}
