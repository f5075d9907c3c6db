package io.kubegen.runtime.dynamic;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;

/**
 * The verbs of one resource on map-backed objects, as client-go's {@code dynamic.ResourceInterface}.
 * The client does not know whether the resource is namespaced: a client bound to a namespace puts
 * it in every path; an unbound one (namespace {@code ""}) never does, which addresses a
 * cluster-scoped resource, or all namespaces for list, watch and deleteCollection.
 *
 * <p>Verbs that take {@code subresources} address that subresource of the named object instead
 * ({@code get(name, options, "status")}, {@code update(obj, options, "scale")}). Every server
 * failure is an {@link ApiException}. Implementations are immutable and thread-safe.
 */
public interface DynamicResourceClient {

  GroupVersionResource resource();

  /** The namespace in the path; {@code ""} when none (cluster-scoped, or all namespaces). */
  String namespace();

  /** Creates the object; with subresources, POSTs it to that subresource of the object's name. */
  GenericKubernetesObject create(GenericKubernetesObject object, CreateOptions options, String... subresources);

  default GenericKubernetesObject create(GenericKubernetesObject object) {
    return create(object, CreateOptions.none());
  }

  /** Replaces the object named by its metadata, or that subresource of it. */
  GenericKubernetesObject update(GenericKubernetesObject object, UpdateOptions options, String... subresources);

  default GenericKubernetesObject update(GenericKubernetesObject object) {
    return update(object, UpdateOptions.none());
  }

  /** Replaces only the status, through the {@code status} subresource. */
  GenericKubernetesObject updateStatus(GenericKubernetesObject object, UpdateOptions options);

  void delete(String name, DeleteOptions options, String... subresources);

  default void delete(String name) {
    delete(name, DeleteOptions.none());
  }

  void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions);

  GenericKubernetesObject get(String name, GetOptions options, String... subresources);

  default GenericKubernetesObject get(String name) {
    return get(name, GetOptions.none());
  }

  GenericKubernetesList list(ListOptions options);

  default GenericKubernetesList list() {
    return list(ListOptions.none());
  }

  Watch<GenericKubernetesObject> watch(ListOptions options);

  /**
   * Patches the object, or that subresource of it.
   *
   * @param patch the patch document: JSON, or YAML for {@link PatchType#APPLY}
   */
  GenericKubernetesObject patch(
      String name, PatchType type, String patch, PatchOptions options, String... subresources);

  /**
   * Server-side apply ({@code application/apply-patch+yaml}) of the object's fields to the object
   * {@code name}, or to that subresource of it. The object's own name, if it has one, must be
   * {@code name}.
   */
  GenericKubernetesObject apply(
      String name, GenericKubernetesObject object, ApplyOptions options, String... subresources);

  /** Server-side apply of the status subresource. */
  GenericKubernetesObject applyStatus(String name, GenericKubernetesObject object, ApplyOptions options);
}
