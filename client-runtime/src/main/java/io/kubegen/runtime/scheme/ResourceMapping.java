package io.kubegen.runtime.scheme;

import java.util.Objects;

/**
 * What a {@link Scheme} knows about one resource: the kind its objects have, the kind of its
 * lists, and whether it lives in namespaces.
 */
public record ResourceMapping(
    GroupVersionResource resource, GroupVersionKind kind, GroupVersionKind listKind, boolean namespaced) {

  public ResourceMapping {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(listKind, "listKind");
  }
}
