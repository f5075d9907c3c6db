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
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.NamespaceScope;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.JsonException;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ResourceClient} over a {@link Fake}: each verb records an {@link Action} and runs the
 * reactor chain, then converts the result into {@code T} or {@code L} through JSON, so callers
 * always get fresh copies. Namespaces bind as in {@code HttpResourceClient}: a namespaced client
 * needs {@link #inNamespace} for verbs on a named object, and unbound it lists and watches all
 * namespaces and writes to the object's namespace. Immutable and thread-safe.
 */
public final class FakeResourceClient<T extends KubernetesObject, L extends KubernetesListObject<T>>
    implements ResourceClient<T, L> {
  private final Fake fake;
  private final GroupVersionResource resource;
  private final boolean namespaced;
  private final Class<T> type;
  private final Class<L> listType;
  private final String namespace;

  FakeResourceClient(Fake fake, GroupVersionResource resource, boolean namespaced, Class<T> type,
      Class<L> listType, String namespace) {
    this.fake = Objects.requireNonNull(fake, "fake");
    this.resource = Objects.requireNonNull(resource, "resource");
    this.namespaced = namespaced;
    this.type = Objects.requireNonNull(type, "type");
    this.listType = Objects.requireNonNull(listType, "listType");
    this.namespace = namespace;
  }

  public Fake fake() {
    return fake;
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
  public FakeResourceClient<T, L> inNamespace(String namespace) {
    String bound = scope().bind(namespace).namespace();
    return new FakeResourceClient<>(fake, resource, true, type, listType, bound);
  }

  @Override
  public FakeResourceClient<T, L> inAnyNamespace() {
    return namespace == null ? this : new FakeResourceClient<>(fake, resource, namespaced, type, listType, null);
  }

  @Override
  public T get(String name, GetOptions options) {
    Objects.requireNonNull(name, "name");
    return decode(invoke(Action.GET, "", requiredNamespace("get"), name, null, null, null, options, null), type);
  }

  @Override
  public L list(ListOptions options) {
    ListOptions opts = options == null ? ListOptions.none() : options;
    return decode(invoke(Action.LIST, "", namespace, "", null, null, null, opts, opts), listType);
  }

  @Override
  public Watch<T> watch(ListOptions options) {
    ListOptions opts = options == null ? ListOptions.none() : options;
    Watch<?> watch = fake.invokesWatch(new Action(Action.WATCH, resource, "", namespace, "", null, null, null, opts, opts));
    return new TypedWatch<>(watch);
  }

  @Override
  public T create(T object, CreateOptions options) {
    Objects.requireNonNull(object, "object");
    String name = object.getMetadata() == null ? null : object.getMetadata().getName();
    return decode(invoke(Action.CREATE, "", namespaceFor(object, "create"), name, copy(object), null, null,
        options, null), type);
  }

  @Override
  public T update(T object, UpdateOptions options) {
    return put(object, options, "update", "");
  }

  @Override
  public T updateStatus(T object, UpdateOptions options) {
    return put(object, options, "updateStatus", "status");
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    Objects.requireNonNull(name, "name");
    invoke(Action.DELETE, "", requiredNamespace("delete"), name, null, null, null,
        options == null ? DeleteOptions.none() : options, null);
  }

  @Override
  public void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions) {
    invoke(Action.DELETE_COLLECTION, "", namespace, "", null, null, null,
        deleteOptions == null ? DeleteOptions.none() : deleteOptions,
        listOptions == null ? ListOptions.none() : listOptions);
  }

  @Override
  public T patch(String name, PatchType patchType, String patch, PatchOptions options, String... subresources) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(patchType, "patchType");
    Objects.requireNonNull(patch, "patch");
    return decode(invoke(Action.PATCH, String.join("/", subresources), requiredNamespace("patch"), name, null,
        patchType, patch, options, null), type);
  }

  @Override
  public T apply(T object, ApplyOptions options) {
    return applyTo(object, options, "apply", "");
  }

  @Override
  public T applyStatus(T object, ApplyOptions options) {
    return applyTo(object, options, "applyStatus", "status");
  }

  @Override
  public Scale getScale(String name, GetOptions options) {
    Objects.requireNonNull(name, "name");
    return decode(invoke(Action.GET, "scale", requiredNamespace("getScale"), name, null, null, null, options, null),
        Scale.class);
  }

  @Override
  public Scale updateScale(String name, Scale scale, UpdateOptions options) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scale, "scale");
    return decode(invoke(Action.UPDATE, "scale", requiredNamespace("updateScale"), name, copy(scale), null, null,
        options, null), Scale.class);
  }

  @Override
  public <R> R getSubresource(String name, String subresource, Map<String, String> query, Class<R> resultType) {
    Objects.requireNonNull(name, "name");
    return decode(invoke(Action.GET, subresource, requiredNamespace("get " + subresource), name, null, null, null,
        query == null ? Map.of() : Map.copyOf(query), null), resultType);
  }

  @Override
  public <R> R createSubresource(
      String name, String subresource, Object body, CreateOptions options, Class<R> resultType) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    return decode(invoke(Action.CREATE, subresource, requiredNamespace("create " + subresource), name, copy(body),
        null, null, options, null), resultType);
  }

  @Override
  public <R> R updateSubresource(
      String name, String subresource, Object body, UpdateOptions options, Class<R> resultType) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    return decode(invoke(Action.UPDATE, subresource, requiredNamespace("update " + subresource), name, copy(body),
        null, null, options, null), resultType);
  }

  @Override
  public String toString() {
    return "FakeResourceClient{" + resource
        + (namespaced ? ", namespace=" + (namespace == null ? "(all)" : namespace) : ", cluster-scoped") + "}";
  }

  // ---- helpers ----

  private Object invoke(String verb, String subresource, String ns, String name, Object object, PatchType patchType,
      String patch, Object options, ListOptions listOptions) {
    return fake.invokes(new Action(verb, resource, subresource, ns, name, object, patchType, patch, options,
        listOptions));
  }

  private T put(T object, UpdateOptions options, String verb, String subresource) {
    Objects.requireNonNull(object, "object");
    String name = nameOf(object, verb);
    return decode(invoke(Action.UPDATE, subresource, namespaceFor(object, verb), name, copy(object), null, null,
        options, null), type);
  }

  private T applyTo(T object, ApplyOptions options, String verb, String subresource) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(options, "options");
    String name = nameOf(object, verb);
    String patch = fake.codec().writeString(object);
    return decode(invoke(Action.PATCH, subresource, namespaceFor(object, verb), name, copy(object), PatchType.APPLY,
        patch, options.toPatchOptions(), null), type);
  }

  /** A copy of the caller's object, of its class, for the action log. */
  @SuppressWarnings("unchecked")
  private <O> O copy(O object) {
    return (O) fake.codec().read(fake.codec().write(object), object.getClass());
  }

  /** The result converted through JSON: a copy of whatever a reactor returned. */
  private <R> R decode(Object result, Class<R> resultType) {
    if (result == null) {
      return null;
    }
    try {
      return fake.codec().read(fake.codec().write(result), resultType);
    } catch (JsonException e) {
      throw StatusErrors.internalError("the fake " + resource + " client cannot decode a "
          + result.getClass().getName() + " as " + resultType.getName() + ": " + e.getMessage());
    }
  }

  private NamespaceScope scope() {
    return new NamespaceScope(resource, namespaced, namespace);
  }

  private String requiredNamespace(String verb) {
    return scope().required(verb);
  }

  private String namespaceFor(KubernetesObject object, String verb) {
    return scope().forObject(object, verb);
  }

  private String nameOf(KubernetesObject object, String verb) {
    return scope().nameOf(object, verb);
  }

  /** A reactor's watch with its objects converted to {@code T}; an object that does not convert becomes an ERROR event. */
  private final class TypedWatch<W> implements Watch<T> {
    private final Watch<W> inner;

    TypedWatch(Watch<W> inner) {
      this.inner = Objects.requireNonNull(inner, "a watch reactor returned a null watch");
    }

    @Override
    public WatchEvent<T> next() throws InterruptedException {
      WatchEvent<W> event = inner.next();
      if (event == null) {
        return null;
      }
      if (event.type() == WatchEvent.Type.ERROR || event.object() == null) {
        return new WatchEvent<>(event.type(), null, event.status());
      }
      try {
        return new WatchEvent<>(event.type(), decode(event.object(), type), event.status());
      } catch (ApiException e) {
        return WatchEvent.error(e.status());
      }
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
