package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.rest.ApiException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads one namespace of a resource from an informer's cache, as client-go's {@code GenericNamespaceLister}. */
public interface GenericNamespaceLister<T extends KubernetesObject> {

  /** The objects of the namespace whose labels match. */
  List<T> list(Predicate<? super Map<String, String>> selector);

  /**
   * The object with this name in the namespace.
   *
   * @throws ApiException NotFound, naming the resource, if there is none
   */
  T get(String name);
}
