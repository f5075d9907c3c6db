package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Map;

/**
 * The verbs of one resource, generic over its object and list types: what generated typed clients
 * delegate to, as client-gen's output delegates to client-go's {@code gentype}. Implemented over
 * HTTP by {@link HttpResourceClient} and over an in-memory tracker by the fake clientset.
 *
 * <p>A client is bound to a namespace for namespaced resources ({@link #inNamespace}); unbound,
 * list and watch span all namespaces. Every failure is an {@link ApiException}.
 */
public interface ResourceClient<T extends KubernetesObject, L extends KubernetesListObject<T>> {

  GroupVersionResource resource();

  boolean isNamespaced();

  /** The namespace requests go to; null for cluster-scoped resources and for all namespaces. */
  String namespace();

  /** The same client bound to a namespace; fails for a cluster-scoped resource. */
  ResourceClient<T, L> inNamespace(String namespace);

  /** The same client unbound: list and watch over all namespaces. */
  ResourceClient<T, L> inAnyNamespace();

  T get(String name, GetOptions options);

  default T get(String name) {
    return get(name, GetOptions.none());
  }

  L list(ListOptions options);

  default L list() {
    return list(ListOptions.none());
  }

  Watch<T> watch(ListOptions options);

  T create(T object, CreateOptions options);

  default T create(T object) {
    return create(object, CreateOptions.none());
  }

  /** Replaces the object named by its metadata; a stale resourceVersion fails with a Conflict. */
  T update(T object, UpdateOptions options);

  default T update(T object) {
    return update(object, UpdateOptions.none());
  }

  /** Replaces only the status, through the {@code status} subresource. */
  T updateStatus(T object, UpdateOptions options);

  default T updateStatus(T object) {
    return updateStatus(object, UpdateOptions.none());
  }

  void delete(String name, DeleteOptions options);

  default void delete(String name) {
    delete(name, DeleteOptions.none());
  }

  void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions);

  /**
   * Patches the object, or one of its subresources when {@code subresources} names one.
   *
   * @param patch the patch document as JSON (YAML also for {@link PatchType#APPLY})
   */
  T patch(String name, PatchType type, String patch, PatchOptions options, String... subresources);

  /** Server-side apply of the object's fields; the object must have a name. */
  T apply(T object, ApplyOptions options);

  /** Server-side apply of the status subresource. */
  T applyStatus(T object, ApplyOptions options);

  Scale getScale(String name, GetOptions options);

  Scale updateScale(String name, Scale scale, UpdateOptions options);

  /** GET on a named subresource ({@code log}, {@code token}, ...) decoded as {@code resultType}. */
  <R> R getSubresource(String name, String subresource, Map<String, String> query, Class<R> resultType);

  /** POST to a named subresource ({@code eviction}, {@code binding}, {@code token}, ...). */
  <R> R createSubresource(
      String name, String subresource, Object body, CreateOptions options, Class<R> resultType);

  /** PUT to a named subresource. */
  <R> R updateSubresource(
      String name, String subresource, Object body, UpdateOptions options, Class<R> resultType);
}
