package io.kubegen.runtime.api;

/**
 * An object the API server stores: type information plus {@link ObjectMeta}. Generated models and
 * users' annotated classes implement it; the runtime's generic clients, caches and the scheme work
 * on it alone.
 */
public interface KubernetesObject {

  String getApiVersion();

  void setApiVersion(String apiVersion);

  String getKind();

  void setKind(String kind);

  ObjectMeta getMetadata();

  void setMetadata(ObjectMeta metadata);
}
