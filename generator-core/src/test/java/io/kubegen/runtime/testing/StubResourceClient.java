package io.kubegen.runtime.testing;

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
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TEST STUB (see {@link Fake}): create, get, list, update and delete on the stub tracker. */
final class StubResourceClient<T extends KubernetesObject, L extends KubernetesListObject<T>>
    implements ResourceClient<T, L> {
  private final ObjectTracker tracker;
  private final GroupVersionResource resource;
  private final boolean namespaced;
  private final Class<T> type;
  private final Class<L> listType;
  private final String namespace;

  StubResourceClient(ObjectTracker tracker, GroupVersionResource resource, boolean namespaced,
      Class<T> type, Class<L> listType, String namespace) {
    this.tracker = tracker;
    this.resource = resource;
    this.namespaced = namespaced;
    this.type = type;
    this.listType = listType;
    this.namespace = namespace;
  }

  @Override
  public GroupVersionResource resource() {
    return resource;
  }

  @Override
  public boolean isNamespaced() {
    return namespaced;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public ResourceClient<T, L> inNamespace(String ns) {
    return new StubResourceClient<>(tracker, resource, namespaced, type, listType, ns);
  }

  @Override
  public ResourceClient<T, L> inAnyNamespace() {
    return new StubResourceClient<>(tracker, resource, namespaced, type, listType, null);
  }

  @Override
  public T get(String name, GetOptions options) {
    return type.cast(tracker.get(resource, namespace, name));
  }

  @Override
  public L list(ListOptions options) {
    List<T> items = new ArrayList<>();
    for (KubernetesObject o : tracker.list(resource, namespace)) {
      items.add(type.cast(o));
    }
    try {
      L list = listType.getDeclaredConstructor().newInstance();
      list.setItems(items);
      return list;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Watch<T> watch(ListOptions options) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public T create(T object, CreateOptions options) {
    tracker.put(resource, ns(object), object, true);
    return object;
  }

  @Override
  public T update(T object, UpdateOptions options) {
    tracker.put(resource, ns(object), object, false);
    return object;
  }

  @Override
  public T updateStatus(T object, UpdateOptions options) {
    return update(object, options);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    tracker.delete(resource, namespace, name);
  }

  @Override
  public void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public T patch(String name, PatchType patchType, String patch, PatchOptions options, String... subresources) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public T apply(T object, ApplyOptions options) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public T applyStatus(T object, ApplyOptions options) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Scale getScale(String name, GetOptions options) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Scale updateScale(String name, Scale scale, UpdateOptions options) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public <R> R getSubresource(String name, String subresource, Map<String, String> query, Class<R> resultType) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public <R> R createSubresource(
      String name, String subresource, Object body, CreateOptions options, Class<R> resultType) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public <R> R updateSubresource(
      String name, String subresource, Object body, UpdateOptions options, Class<R> resultType) {
    throw new UnsupportedOperationException("stub");
  }

  /** The namespace a write goes to, set on the object as a server does. */
  private String ns(T object) {
    if (!namespaced) {
      return null;
    }
    String ns = namespace != null ? namespace : object.getMetadata().getNamespace();
    object.getMetadata().setNamespace(ns);
    return ns;
  }
}
