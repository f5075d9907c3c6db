package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Objects;

/**
 * Where a {@link ResourceClient}'s requests go: its resource, whether that lives in namespaces, and
 * the namespace the client is bound to (null: cluster-scoped, or all namespaces). The rules every
 * implementation must share, HTTP and fake alike, so that a test on the fake fails where the real
 * client would.
 */
public record NamespaceScope(GroupVersionResource resource, boolean namespaced, String namespace) {

  public NamespaceScope {
    Objects.requireNonNull(resource, "resource");
    if (!namespaced && namespace != null) {
      throw new IllegalArgumentException(resource + " is cluster-scoped: it has no namespace");
    }
  }

  /** An unbound scope: all namespaces for list and watch, or a cluster-scoped resource. */
  public static NamespaceScope unbound(GroupVersionResource resource, boolean namespaced) {
    return new NamespaceScope(resource, namespaced, null);
  }

  /** This scope bound to {@code ns}; fails for a cluster-scoped resource or an empty namespace. */
  public NamespaceScope bind(String ns) {
    Objects.requireNonNull(ns, "namespace");
    if (!namespaced) {
      throw new IllegalStateException(resource + " is cluster-scoped: it cannot be bound to namespace \""
          + ns + "\"");
    }
    if (ns.isEmpty()) {
      throw new IllegalArgumentException("namespace may not be empty; use inAnyNamespace() for all namespaces");
    }
    return new NamespaceScope(resource, true, ns);
  }

  public NamespaceScope unbind() {
    return namespace == null ? this : new NamespaceScope(resource, namespaced, null);
  }

  /** The namespace a request on a named object needs: fails when a namespaced client is unbound. */
  public String required(String verb) {
    if (namespaced && namespace == null) {
      throw new IllegalStateException(verb + " of namespaced " + resource
          + " needs a namespace: use inNamespace(namespace)");
    }
    return namespace;
  }

  /** The namespace a write goes to: the client's, else the object's; they must agree. */
  public String forObject(KubernetesObject object, String verb) {
    if (!namespaced) {
      return null;
    }
    ObjectMeta meta = object.getMetadata();
    String objectNamespace = meta == null || meta.getNamespace() == null || meta.getNamespace().isEmpty()
        ? null
        : meta.getNamespace();
    if (namespace != null) {
      if (objectNamespace != null && !objectNamespace.equals(namespace)) {
        throw new IllegalArgumentException(verb + ": the object's namespace \"" + objectNamespace
            + "\" does not match the client's namespace \"" + namespace + "\"");
      }
      return namespace;
    }
    if (objectNamespace == null) {
      throw new IllegalArgumentException(verb + " of namespaced " + resource
          + ": the object has no metadata.namespace and the client is not bound to one");
    }
    return objectNamespace;
  }

  /** The object's name, which a write of a named object needs. */
  public String nameOf(KubernetesObject object, String verb) {
    ObjectMeta meta = object.getMetadata();
    String name = meta == null ? null : meta.getName();
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(verb + " of " + resource + " needs metadata.name on the object");
    }
    return name;
  }
}
