package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The {@code autoscaling/v1} Scale object served by the {@code /scale} subresource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Scale implements KubernetesObject {
  private String apiVersion;
  private String kind;
  private ObjectMeta metadata;
  private ScaleSpec spec;
  private ScaleStatus status;

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** Sets {@code apiVersion} and returns this object. */
  public Scale withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  @Override
  public String getKind() {
    return kind;
  }

  @Override
  public void setKind(String kind) {
    this.kind = kind;
  }

  /** Sets {@code kind} and returns this object. */
  public Scale withKind(String kind) {
    this.kind = kind;
    return this;
  }

  @Override
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  /** Sets {@code metadata} and returns this object. */
  public Scale withMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  public ScaleSpec getSpec() {
    return spec;
  }

  public void setSpec(ScaleSpec spec) {
    this.spec = spec;
  }

  /** Sets {@code spec} and returns this object. */
  public Scale withSpec(ScaleSpec spec) {
    this.spec = spec;
    return this;
  }

  public ScaleStatus getStatus() {
    return status;
  }

  public void setStatus(ScaleStatus status) {
    this.status = status;
  }

  /** Sets {@code status} and returns this object. */
  public Scale withStatus(ScaleStatus status) {
    this.status = status;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public Scale deepCopy() {
    Scale copy = new Scale();
    copy.apiVersion = apiVersion;
    copy.kind = kind;
    copy.metadata = metadata == null ? null : metadata.deepCopy();
    copy.spec = spec == null ? null : spec.deepCopy();
    copy.status = status == null ? null : status.deepCopy();
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scale other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(metadata, other.metadata)
        && Objects.equals(spec, other.spec)
        && Objects.equals(status, other.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, spec, status);
  }

  @Override
  public String toString() {
    return "Scale{" + "apiVersion=" + apiVersion + ", kind=" + kind + ", metadata=" + metadata + ", spec=" + spec + ", status=" + status + "}";
  }
}
