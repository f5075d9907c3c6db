package io.kubegen.runtime.dynamic;

import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Objects;

/**
 * Any resource of the API server, on map-backed objects, as client-go's {@code dynamic.Interface}:
 * {@code dynamic.resource(gvr).namespace("ns").get("name")}. Useful for kinds without Java classes
 * (custom resources discovered at run time). Immutable and thread-safe; shares its
 * {@link RestClient}.
 */
public final class DynamicClient {
  private final RestClient client;

  private DynamicClient(RestClient client) {
    this.client = client;
  }

  /** A dynamic client that sends its requests through {@code client}. */
  public static DynamicClient create(RestClient client) {
    return new DynamicClient(Objects.requireNonNull(client, "client"));
  }

  /** A dynamic client with a new {@link RestClient} for {@code config}. */
  public static DynamicClient create(RestConfig config) {
    return create(RestClient.create(Objects.requireNonNull(config, "config")));
  }

  public RestClient restClient() {
    return client;
  }

  /** The client of one resource, unbound: use {@code namespace(ns)} for namespaced objects. */
  public NamespaceableResourceClient resource(GroupVersionResource resource) {
    Objects.requireNonNull(resource, "resource");
    if (resource.version().isEmpty() || resource.resource().isEmpty()) {
      throw new IllegalArgumentException("a resource needs a version and a resource name, was " + resource);
    }
    return new HttpDynamicResourceClient(client, resource, "");
  }

  @Override
  public String toString() {
    return "DynamicClient{" + client + "}";
  }
}
