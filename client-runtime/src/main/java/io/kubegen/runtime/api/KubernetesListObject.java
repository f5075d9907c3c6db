package io.kubegen.runtime.api;

import java.util.List;

/** A list response: type information, {@link ListMeta} and the items. */
public interface KubernetesListObject<T extends KubernetesObject> {

  String getApiVersion();

  void setApiVersion(String apiVersion);

  String getKind();

  void setKind(String kind);

  ListMeta getMetadata();

  void setMetadata(ListMeta metadata);

  List<T> getItems();

  void setItems(List<T> items);
}
