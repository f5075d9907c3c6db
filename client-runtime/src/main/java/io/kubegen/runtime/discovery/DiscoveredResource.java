package io.kubegen.runtime.discovery;

import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.GroupVersionKind;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A resource served in one group-version, with its subresources by name ({@code status},
 * {@code scale}, {@code log}, ...).
 */
public record DiscoveredResource(
    GroupVersion groupVersion, ApiResource resource, Map<String, ApiResource> subresources) {

  public DiscoveredResource {
    Objects.requireNonNull(groupVersion, "groupVersion");
    Objects.requireNonNull(resource, "resource");
    subresources = subresources == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(subresources));
  }

  /** The group-version-resource to address it with, e.g. in the dynamic client. */
  public GroupVersionResource groupVersionResource() {
    return groupVersion.withResource(resource.name());
  }

  public GroupVersionKind groupVersionKind() {
    return resource.groupVersionKind(groupVersion);
  }

  public boolean namespaced() {
    return resource.namespaced();
  }

  public boolean hasSubresource(String name) {
    return subresources.containsKey(name);
  }
}
