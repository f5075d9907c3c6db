package io.kubegen.runtime.dynamic;

/**
 * A {@link DynamicResourceClient} not bound to a namespace (cluster-scoped resources, or all
 * namespaces), from which a namespace-bound one is made, as client-go's
 * {@code dynamic.NamespaceableResourceInterface}.
 */
public interface NamespaceableResourceClient extends DynamicResourceClient {

  /**
   * The same resource in namespace {@code namespace}; {@code ""} gives this unbound client, as in
   * client-go.
   */
  DynamicResourceClient namespace(String namespace);
}
