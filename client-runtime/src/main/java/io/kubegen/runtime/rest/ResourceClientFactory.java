package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Objects;

/**
 * Makes the {@link ResourceClient}s that generated typed clients wrap. The generated clientset
 * takes one: over HTTP for a real server ({@link #http}), over an in-memory object tracker for the
 * fake clientset. So the same generated typed clients serve both, and only this seam differs.
 */
public interface ResourceClientFactory {

  /** An unbound client of one resource; namespaced clients are bound with {@code inNamespace}. */
  <T extends KubernetesObject, L extends KubernetesListObject<T>> ResourceClient<T, L> resourceClient(
      GroupVersionResource resource, boolean namespaced, Class<T> type, Class<L> listType);

  /** Clients that talk to the server behind {@code restClient}, sharing its HTTP client and rate limiter. */
  static ResourceClientFactory http(RestClient restClient) {
    Objects.requireNonNull(restClient, "restClient");
    return new ResourceClientFactory() {
      @Override
      public <T extends KubernetesObject, L extends KubernetesListObject<T>> ResourceClient<T, L> resourceClient(
          GroupVersionResource resource, boolean namespaced, Class<T> type, Class<L> listType) {
        return HttpResourceClient.create(restClient, resource, namespaced, type, listType);
      }
    };
  }
}
