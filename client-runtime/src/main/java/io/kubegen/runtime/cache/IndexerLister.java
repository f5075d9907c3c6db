package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.scheme.GroupResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** {@link GenericLister} and its namespace form over an {@link Indexer}; stateless and thread-safe. */
final class IndexerLister<T extends KubernetesObject> implements GenericLister<T> {
  private final Indexer<T> indexer;
  private final GroupResource resource;

  IndexerLister(Indexer<T> indexer, GroupResource resource) {
    this.indexer = Objects.requireNonNull(indexer, "indexer");
    this.resource = Objects.requireNonNull(resource, "resource");
  }

  @Override
  public List<T> list(Predicate<? super Map<String, String>> selector) {
    List<T> result = new ArrayList<>();
    Listers.listAll(indexer, selector, result::add);
    return result;
  }

  @Override
  public T get(String name) {
    T obj = indexer.getByKey(name);
    if (obj == null) {
      throw Listers.notFound(resource, name);
    }
    return obj;
  }

  @Override
  public GenericNamespaceLister<T> byNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    return new GenericNamespaceLister<>() {
      @Override
      public List<T> list(Predicate<? super Map<String, String>> selector) {
        List<T> result = new ArrayList<>();
        Listers.listAllByNamespace(indexer, namespace, selector, result::add);
        return result;
      }

      @Override
      public T get(String name) {
        T obj = indexer.getByKey(namespace + "/" + name);
        if (obj == null) {
          throw Listers.notFound(resource, name);
        }
        return obj;
      }
    };
  }
}
