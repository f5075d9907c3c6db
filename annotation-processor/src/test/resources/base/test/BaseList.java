package test;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListMeta;
import java.util.ArrayList;
import java.util.List;

/** A list of T, for the small resources of the tests. */
public abstract class BaseList<T extends KubernetesObject> implements KubernetesListObject<T> {
  private String apiVersion;
  private String kind;
  private ListMeta metadata;
  private List<T> items = new ArrayList<>();

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
  public List<T> getItems() {
    return items;
  }

  @Override
  public void setItems(List<T> items) {
    this.items = items;
  }
}
