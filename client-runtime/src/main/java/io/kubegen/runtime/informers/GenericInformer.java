package io.kubegen.runtime.informers;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.cache.GenericLister;
import io.kubegen.runtime.cache.SharedIndexInformer;
import io.kubegen.runtime.scheme.GroupResource;
import java.util.Objects;

/**
 * An informer and a lister over its cache for a resource named only at run time, as client-go's
 * {@code GenericInformer}; what {@link SharedInformerFactory#forResource} returns.
 */
public final class GenericInformer<T extends KubernetesObject> {
  private final SharedIndexInformer<T> informer;
  private final GenericLister<T> lister;

  private GenericInformer(SharedIndexInformer<T> informer, GroupResource resource) {
    this.informer = Objects.requireNonNull(informer, "informer");
    this.lister = GenericLister.of(informer.getIndexer(), resource);
  }

  public static <T extends KubernetesObject> GenericInformer<T> of(SharedIndexInformer<T> informer,
      GroupResource resource) {
    return new GenericInformer<>(informer, resource);
  }

  public SharedIndexInformer<T> informer() {
    return informer;
  }

  public GenericLister<T> lister() {
    return lister;
  }
}
