package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Any Kubernetes object, for kinds that have no Java class: typed type information and metadata,
 * everything else ({@code spec}, {@code status}, {@code data}, ...) kept as opaque JSON values in
 * {@link #getFields()}. The dynamic client and the scheme's fallback decode into it; nothing is
 * lost on a read-modify-write round trip.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "kind", "metadata"})
public final class GenericKubernetesObject implements KubernetesObject {
  private String apiVersion;
  private String kind;
  private ObjectMeta metadata;
  private final Map<String, Object> fields = new LinkedHashMap<>();

  public GenericKubernetesObject() {}

  public GenericKubernetesObject(String apiVersion, String kind) {
    this.apiVersion = apiVersion;
    this.kind = kind;
  }

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  @Override
  public void setKind(String kind) {
    this.kind = kind;
  }

  @Override
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  /** Every top-level field other than apiVersion, kind and metadata, as JSON values. */
  @JsonAnyGetter
  public Map<String, Object> getFields() {
    return fields;
  }

  /** The top-level field {@code name} ({@code "spec"}, {@code "status"}, ...), or null. */
  @JsonIgnore
  public Object get(String name) {
    return fields.get(name);
  }

  @JsonAnySetter
  public GenericKubernetesObject set(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  public GenericKubernetesObject deepCopy() {
    GenericKubernetesObject copy = new GenericKubernetesObject(apiVersion, kind);
    copy.metadata = metadata == null ? null : metadata.deepCopy();
    fields.forEach((k, v) -> copy.fields.put(k, JsonValues.deepCopy(v)));
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GenericKubernetesObject other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(metadata, other.metadata)
        && fields.equals(other.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, fields);
  }

  @Override
  public String toString() {
    return "GenericKubernetesObject{apiVersion=" + apiVersion + ", kind=" + kind
        + ", metadata=" + metadata + ", fields=" + fields.keySet() + "}";
  }
}
