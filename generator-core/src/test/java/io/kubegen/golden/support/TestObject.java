package io.kubegen.golden.support;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of the hand-written classes that stand in for generated models in the clientset tests:
 * type information, metadata, and every other field kept as JSON values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class TestObject implements KubernetesObject {
  private String apiVersion;
  private String kind;
  private ObjectMeta metadata;
  private final Map<String, Object> fields = new LinkedHashMap<>();

  protected TestObject(String apiVersion, String kind) {
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

  @JsonAnyGetter
  public Map<String, Object> getFields() {
    return fields;
  }

  @JsonAnySetter
  public void setField(String name, Object value) {
    fields.put(name, value);
  }
}
