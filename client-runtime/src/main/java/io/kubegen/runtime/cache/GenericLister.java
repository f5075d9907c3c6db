package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupResource;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads one resource from an informer's cache, for any resource, as client-go's {@code
 * GenericLister}. Generated listers are typed façades over the same operations.
 */
public interface GenericLister<T extends KubernetesObject> {

  /** The objects of all namespaces whose labels match. */
  List<T> list(Predicate<? super Map<String, String>> selector);

  /**
   * The object with this name: for a cluster-scoped resource the name alone, for a namespaced one a
   * {@code namespace/name} key (prefer {@link #byNamespace}).
   *
   * @throws ApiException NotFound, naming the resource, if there is none
   */
  T get(String name);

  /** The same lister restricted to one namespace. */
  GenericNamespaceLister<T> byNamespace(String namespace);

  /** A lister over an informer's indexer; {@code resource} names it in NotFound errors. */
  static <T extends KubernetesObject> GenericLister<T> of(Indexer<T> indexer, GroupResource resource) {
    return new IndexerLister<>(indexer, resource);
  }
}
