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
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ResourceClient} over HTTP: each verb is one {@link RestRequest} on a {@link RestClient},
 * as client-go's {@code gentype.Client}. Generated typed clients delegate to it.
 *
 * <p>A namespaced client is either bound to a namespace ({@link #inNamespace}) or unbound: then
 * list, watch and deleteCollection span all namespaces, create, update and apply take the
 * namespace from the object, and the other verbs need a bound client. Cluster-scoped resources
 * never have a namespace in the path. Immutable and thread-safe.
 */
public final class HttpResourceClient<T extends KubernetesObject, L extends KubernetesListObject<T>>
    implements ResourceClient<T, L> {
  private static final String[] NO_SUBRESOURCES = {};

  private final RestClient client;
  private final GroupVersionResource resource;
  private final boolean namespaced;
  private final Class<T> type;
  private final Class<L> listType;
  private final String namespace;

  private HttpResourceClient(RestClient client, GroupVersionResource resource, boolean namespaced,
      Class<T> type, Class<L> listType, String namespace) {
    this.client = client;
    this.resource = resource;
    this.namespaced = namespaced;
    this.type = type;
    this.listType = listType;
    this.namespace = namespace;
  }

  /**
   * An unbound client of one resource.
   *
   * @param namespaced whether the resource lives in namespaces
   * @param type the class objects decode to
   * @param listType the class lists decode to
   */
  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> HttpResourceClient<T, L> create(
      RestClient client, GroupVersionResource resource, boolean namespaced, Class<T> type, Class<L> listType) {
    return new HttpResourceClient<>(
        Objects.requireNonNull(client, "client"),
        Objects.requireNonNull(resource, "resource"),
        namespaced,
        Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(listType, "listType"),
        null);
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

  public RestClient restClient() {
    return client;
  }

  public Class<T> objectType() {
    return type;
  }

  public Class<L> listType() {
    return listType;
  }

  @Override
  public HttpResourceClient<T, L> inNamespace(String namespace) {
    String bound = scope().bind(namespace).namespace();
    return new HttpResourceClient<>(client, resource, true, type, listType, bound);
  }

  @Override
  public HttpResourceClient<T, L> inAnyNamespace() {
    return namespace == null ? this : new HttpResourceClient<>(client, resource, namespaced, type, listType, null);
  }

  @Override
  public T get(String name, GetOptions options) {
    return get(name, options, NO_SUBRESOURCES);
  }

  /**
   * Gets the object or, when {@code subresources} names one ({@code status}, {@code scale}), that
   * subresource of it, decoded as {@code T} (as client-go's dynamic client does).
   */
  public T get(String name, GetOptions options, String... subresources) {
    return named(client.get(), requiredNamespace("get"), name)
        .subresource(subresources)
        .params(options.toQuery())
        .execute(type);
  }

  @Override
  public L list(ListOptions options) {
    RestRequest request = collection(client.get(), namespace).params(options.toQuery());
    if (options.timeoutSeconds() != null && options.timeoutSeconds() > 0) {
      request.timeout(Duration.ofSeconds(options.timeoutSeconds()));
    }
    return request.execute(listType);
  }

  @Override
  public Watch<T> watch(ListOptions options) {
    return collection(client.get(), namespace).params(options.toQuery()).watch(type);
  }

  @Override
  public T create(T object, CreateOptions options) {
    return create(object, options, NO_SUBRESOURCES);
  }

  /**
   * Creates the object or, when {@code subresources} names one, POSTs it to that subresource of
   * the object named by its metadata.
   */
  public T create(T object, CreateOptions options, String... subresources) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(subresources, "subresources");
    String ns = namespaceFor(object, "create");
    RestRequest request = subresources.length == 0
        ? collection(client.post(), ns)
        : named(client.post(), ns, nameOf(object, "create of a subresource")).subresource(subresources);
    return request.params(options.toQuery()).body(object).execute(type);
  }

  @Override
  public T update(T object, UpdateOptions options) {
    return put(object, options, "update");
  }

  /** Replaces the object, or when {@code subresources} names one, that subresource of it. */
  public T update(T object, UpdateOptions options, String... subresources) {
    return put(object, options, "update", subresources);
  }

  @Override
  public T updateStatus(T object, UpdateOptions options) {
    return put(object, options, "updateStatus", "status");
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    delete(name, options, NO_SUBRESOURCES);
  }

  /** Deletes the object, or when {@code subresources} names one, that subresource of it. */
  public void delete(String name, DeleteOptions options, String... subresources) {
    named(client.delete(), requiredNamespace("delete"), name)
        .subresource(subresources)
        .body(options)
        .execute(Void.class);
  }

  @Override
  public void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions) {
    RestRequest request = collection(client.delete(), namespace)
        .params(listOptions.toQuery())
        .body(deleteOptions);
    if (listOptions.timeoutSeconds() != null && listOptions.timeoutSeconds() > 0) {
      request.timeout(Duration.ofSeconds(listOptions.timeoutSeconds()));
    }
    request.execute(Void.class);
  }

  @Override
  public T patch(String name, PatchType patchType, String patch, PatchOptions options, String... subresources) {
    Objects.requireNonNull(patchType, "patchType");
    Objects.requireNonNull(patch, "patch");
    Objects.requireNonNull(options, "options");
    if (patchType == PatchType.APPLY && (options.fieldManager() == null || options.fieldManager().isBlank())) {
      throw new IllegalArgumentException("server-side apply of " + resource + " \"" + name
          + "\" needs a fieldManager in the PatchOptions");
    }
    if (patchType != PatchType.APPLY && options.force() != null) {
      throw new IllegalArgumentException("force is only allowed for server-side apply, not for a "
          + patchType + " patch");
    }
    return named(client.patch(patchType), requiredNamespace("patch"), name)
        .subresource(subresources)
        .params(options.toQuery())
        .body(patch)
        .execute(type);
  }

  @Override
  public T apply(T object, ApplyOptions options) {
    return applyTo(object, options, "apply");
  }

  /** Server-side apply of the object, or when {@code subresources} names one, of that subresource. */
  public T apply(T object, ApplyOptions options, String... subresources) {
    return applyTo(object, options, "apply", subresources);
  }

  @Override
  public T applyStatus(T object, ApplyOptions options) {
    return applyTo(object, options, "applyStatus", "status");
  }

  @Override
  public Scale getScale(String name, GetOptions options) {
    return named(client.get(), requiredNamespace("getScale"), name)
        .subresource("scale")
        .params(options.toQuery())
        .execute(Scale.class);
  }

  @Override
  public Scale updateScale(String name, Scale scale, UpdateOptions options) {
    Objects.requireNonNull(scale, "scale");
    return named(client.put(), requiredNamespace("updateScale"), name)
        .subresource("scale")
        .params(options.toQuery())
        .body(scale)
        .execute(Scale.class);
  }

  @Override
  public <R> R getSubresource(String name, String subresource, Map<String, String> query, Class<R> resultType) {
    return named(client.get(), requiredNamespace("get " + subresource), name)
        .subresource(subresource)
        .params(query == null ? Map.of() : query)
        .execute(resultType);
  }

  @Override
  public <R> R createSubresource(
      String name, String subresource, Object body, CreateOptions options, Class<R> resultType) {
    Objects.requireNonNull(body, "body");
    return named(client.post(), requiredNamespace("create " + subresource), name)
        .subresource(subresource)
        .params(options.toQuery())
        .body(body)
        .execute(resultType);
  }

  @Override
  public <R> R updateSubresource(
      String name, String subresource, Object body, UpdateOptions options, Class<R> resultType) {
    Objects.requireNonNull(body, "body");
    return named(client.put(), requiredNamespace("update " + subresource), name)
        .subresource(subresource)
        .params(options.toQuery())
        .body(body)
        .execute(resultType);
  }

  @Override
  public String toString() {
    return "HttpResourceClient{" + resource + (namespaced ? ", namespace=" + (namespace == null ? "(all)" : namespace) : ", cluster-scoped")
        + "}";
  }

  // ---- helpers ----

  private T put(T object, UpdateOptions options, String verb, String... subresources) {
    Objects.requireNonNull(object, "object");
    String name = nameOf(object, verb);
    String ns = namespaceFor(object, verb);
    return named(client.put(), ns, name)
        .subresource(subresources)
        .params(options.toQuery())
        .body(object)
        .execute(type);
  }

  private T applyTo(T object, ApplyOptions options, String verb, String... subresources) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(options, "options");
    String name = nameOf(object, verb);
    String ns = namespaceFor(object, verb);
    // JSON is YAML: the object's JSON is a valid apply-patch+yaml body.
    return named(client.patch(PatchType.APPLY), ns, name)
        .subresource(subresources)
        .params(options.toPatchOptions().toQuery())
        .body(object)
        .execute(type);
  }

  private RestRequest collection(RestRequest request, String ns) {
    request.groupVersion(resource.groupVersion());
    if (namespaced && ns != null) {
      request.namespace(ns);
    }
    return request.resource(resource.resource());
  }

  private RestRequest named(RestRequest request, String ns, String name) {
    Objects.requireNonNull(name, "name");
    return collection(request, ns).name(name);
  }

  /** The namespace rules, shared with the fake client. */
  private NamespaceScope scope() {
    return new NamespaceScope(resource, namespaced, namespace);
  }

  private String requiredNamespace(String verb) {
    return scope().required(verb);
  }

  /** The namespace a write goes to: the client's, else the object's; they must agree. */
  private String namespaceFor(T object, String verb) {
    return scope().forObject(object, verb);
  }

  private String nameOf(T object, String verb) {
    return scope().nameOf(object, verb);
  }
}
