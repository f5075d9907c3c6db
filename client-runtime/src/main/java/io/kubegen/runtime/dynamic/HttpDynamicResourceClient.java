package io.kubegen.runtime.dynamic;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Objects;

/**
 * The dynamic client over HTTP: every verb is {@link HttpResourceClient}'s on generic objects.
 * Unbound, it is used as a cluster-scoped resource client (no namespace in any path), which is
 * also what list, watch and deleteCollection over all namespaces need; bound, as a namespaced one.
 */
final class HttpDynamicResourceClient implements NamespaceableResourceClient {
  private final RestClient client;
  private final String namespace;
  private final HttpResourceClient<GenericKubernetesObject, GenericKubernetesList> delegate;

  HttpDynamicResourceClient(RestClient client, GroupVersionResource resource, String namespace) {
    this.client = client;
    this.namespace = namespace;
    HttpResourceClient<GenericKubernetesObject, GenericKubernetesList> base = HttpResourceClient.create(
        client, resource, !namespace.isEmpty(), GenericKubernetesObject.class, GenericKubernetesList.class);
    this.delegate = namespace.isEmpty() ? base : base.inNamespace(namespace);
  }

  @Override
  public DynamicResourceClient namespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace (use \"\" for none)");
    return namespace.equals(this.namespace) ? this : new HttpDynamicResourceClient(client, resource(), namespace);
  }

  @Override
  public GroupVersionResource resource() {
    return delegate.resource();
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public GenericKubernetesObject create(
      GenericKubernetesObject object, CreateOptions options, String... subresources) {
    return delegate.create(object, options, subresources);
  }

  @Override
  public GenericKubernetesObject update(
      GenericKubernetesObject object, UpdateOptions options, String... subresources) {
    return delegate.update(object, options, subresources);
  }

  @Override
  public GenericKubernetesObject updateStatus(GenericKubernetesObject object, UpdateOptions options) {
    return delegate.update(object, options, "status");
  }

  @Override
  public void delete(String name, DeleteOptions options, String... subresources) {
    delegate.delete(name, options, subresources);
  }

  @Override
  public void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions) {
    delegate.deleteCollection(deleteOptions, listOptions);
  }

  @Override
  public GenericKubernetesObject get(String name, GetOptions options, String... subresources) {
    return delegate.get(name, options, subresources);
  }

  @Override
  public GenericKubernetesList list(ListOptions options) {
    return delegate.list(options);
  }

  @Override
  public Watch<GenericKubernetesObject> watch(ListOptions options) {
    return delegate.watch(options);
  }

  @Override
  public GenericKubernetesObject patch(
      String name, PatchType type, String patch, PatchOptions options, String... subresources) {
    return delegate.patch(name, type, patch, options, subresources);
  }

  @Override
  public GenericKubernetesObject apply(
      String name, GenericKubernetesObject object, ApplyOptions options, String... subresources) {
    return delegate.apply(named(name, object), options, subresources);
  }

  @Override
  public GenericKubernetesObject applyStatus(
      String name, GenericKubernetesObject object, ApplyOptions options) {
    return apply(name, object, options, "status");
  }

  @Override
  public String toString() {
    return "DynamicResourceClient{" + resource()
        + (namespace.isEmpty() ? ", no namespace" : ", namespace=" + namespace) + "}";
  }

  /** The object with metadata.name set to {@code name}; a copy when it had none. */
  private static GenericKubernetesObject named(String name, GenericKubernetesObject object) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(object, "object");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("apply needs a name");
    }
    ObjectMeta meta = object.getMetadata();
    String own = meta == null ? null : meta.getName();
    if (own == null || own.isEmpty()) {
      GenericKubernetesObject copy = object.deepCopy();
      if (copy.getMetadata() == null) {
        copy.setMetadata(new ObjectMeta());
      }
      copy.getMetadata().setName(name);
      return copy;
    }
    if (!own.equals(name)) {
      throw new IllegalArgumentException("apply to \"" + name + "\" of an object named \"" + own + "\"");
    }
    return object;
  }
}
