package io.kubegen.runtime.leaderelection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Objects;

/**
 * A coordination.k8s.io/v1 Lease, the lock {@link LeaderElector} elects on. Hand-written so that
 * the runtime needs no generated model; it has the fields of the API type.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public final class Lease implements KubernetesObject {
  public static final String API_VERSION = "coordination.k8s.io/v1";
  public static final String KIND = "Lease";
  /** The resource Leases are served as. */
  public static final GroupVersionResource RESOURCE = new GroupVersionResource("coordination.k8s.io", "v1", "leases");

  private String apiVersion = API_VERSION;
  private String kind = KIND;
  private ObjectMeta metadata;
  private LeaseSpec spec;

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** Sets {@code apiVersion} and returns this object. */
  public Lease withApiVersion(String apiVersion) {
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
  public Lease withKind(String kind) {
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
  public Lease withMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  public LeaseSpec getSpec() {
    return spec;
  }

  public void setSpec(LeaseSpec spec) {
    this.spec = spec;
  }

  /** Sets {@code spec} and returns this object. */
  public Lease withSpec(LeaseSpec spec) {
    this.spec = spec;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public Lease deepCopy() {
    Lease copy = new Lease();
    copy.apiVersion = apiVersion;
    copy.kind = kind;
    copy.metadata = metadata == null ? null : metadata.deepCopy();
    copy.spec = spec == null ? null : spec.deepCopy();
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lease other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(metadata, other.metadata)
        && Objects.equals(spec, other.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, spec);
  }

  @Override
  public String toString() {
    return "Lease{apiVersion=" + apiVersion + ", kind=" + kind + ", metadata=" + metadata + ", spec=" + spec + "}";
  }
}
