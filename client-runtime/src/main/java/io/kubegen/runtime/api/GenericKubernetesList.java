package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** A list of {@link GenericKubernetesObject}s, as the dynamic client returns it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "items"})
public final class GenericKubernetesList implements KubernetesListObject<GenericKubernetesObject> {
  private String apiVersion;
  private String kind;
  private ListMeta metadata;
  private List<GenericKubernetesObject> items = new ArrayList<>();

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
  public ListMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ListMeta metadata) {
    this.metadata = metadata;
  }

  @Override
  public List<GenericKubernetesObject> getItems() {
    return items;
  }

  @Override
  public void setItems(List<GenericKubernetesObject> items) {
    this.items = items == null ? new ArrayList<>() : items;
  }
}
