package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The standard index: objects by namespace, as client-go's {@code MetaNamespaceIndexFunc}. */
public final class Indexers {
  /** The name of the namespace index, {@code "namespace"}. */
  public static final String NAMESPACE = "namespace";

  private Indexers() {}

  /** Indexes an object under its namespace ({@code ""} for cluster-scoped objects). */
  public static <T extends KubernetesObject> Function<T, List<String>> namespaceIndexFunction() {
    return obj -> {
      ObjectMeta meta = obj.getMetadata();
      String namespace = meta == null || meta.getNamespace() == null ? "" : meta.getNamespace();
      return List.of(namespace);
    };
  }

  /** An index map holding only the namespace index. */
  public static <T extends KubernetesObject> Map<String, Function<T, List<String>>> namespace() {
    return Map.of(NAMESPACE, namespaceIndexFunction());
  }
}
