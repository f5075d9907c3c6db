package io.kubegen.sample.pojo;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.ListMeta;
import java.util.ArrayList;
import java.util.List;

/** A list of Greetings. */
public class GreetingList implements KubernetesListObject<Greeting> {
  private String apiVersion;
  private String kind;
  private ListMeta metadata;
  private List<Greeting> items = new ArrayList<>();

  public GreetingList() {}

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
  public List<Greeting> getItems() {
    return items;
  }

  @Override
  public void setItems(List<Greeting> items) {
    this.items = items;
  }
}
