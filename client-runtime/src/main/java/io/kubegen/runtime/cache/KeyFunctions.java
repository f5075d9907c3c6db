package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;

/**
 * Store keys: {@code namespace/name} for namespaced objects, {@code name} for cluster-scoped ones,
 * as client-go's {@code MetaNamespaceKeyFunc}.
 */
public final class KeyFunctions {
  private KeyFunctions() {}

  /**
   * The key of an object: {@code namespace/name}, or {@code name} when it has no namespace. A
   * {@link DeletedFinalStateUnknown} yields its recorded key and a {@code String} is taken to be a
   * key already (client-go's {@code DeletionHandlingMetaNamespaceKeyFunc} and {@code ExplicitKey}).
   *
   * @throws IllegalArgumentException if the object is not a {@link KubernetesObject} or has no
   *     metadata or name
   */
  public static String metaNamespaceKey(Object obj) {
    if (obj instanceof String key) {
      return key;
    }
    if (obj instanceof DeletedFinalStateUnknown<?> tombstone) {
      return tombstone.key();
    }
    if (!(obj instanceof KubernetesObject object)) {
      throw new IllegalArgumentException("cannot compute a key for "
          + (obj == null ? "null" : obj.getClass().getName()) + ": not a KubernetesObject");
    }
    ObjectMeta meta = object.getMetadata();
    if (meta == null || meta.getName() == null || meta.getName().isEmpty()) {
      throw new IllegalArgumentException("cannot compute a key for a " + object.getKind()
          + " without metadata.name");
    }
    String namespace = meta.getNamespace();
    return namespace == null || namespace.isEmpty() ? meta.getName() : namespace + "/" + meta.getName();
  }

  /**
   * Splits a key into {@code {namespace, name}}; the namespace is {@code ""} for a cluster-scoped
   * key.
   *
   * @throws IllegalArgumentException if the key has more than one {@code /} or an empty part
   */
  public static String[] splitMetaNamespaceKey(String key) {
    String[] parts = key.split("/", -1);
    if (parts.length == 1 && !parts[0].isEmpty()) {
      return new String[] {"", parts[0]};
    }
    if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
      return parts;
    }
    throw new IllegalArgumentException("unexpected key format: \"" + key + "\"");
  }
}
