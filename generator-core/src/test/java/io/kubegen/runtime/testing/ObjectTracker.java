package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** TEST STUB (see {@link Fake}): objects by resource and namespace/name, no versions, no watch. */
public final class ObjectTracker {
  private final Scheme scheme;
  private final Map<GroupVersionResource, Map<String, KubernetesObject>> objects = new TreeMap<>(
      (a, b) -> a.toString().compareTo(b.toString()));

  ObjectTracker(Scheme scheme) {
    this.scheme = scheme;
  }

  /** Adds an object, its resource found through the scheme from its apiVersion and kind. */
  public synchronized void add(KubernetesObject object) {
    GroupVersionResource gvr = scheme
        .resourceFor(GroupVersion.parse(object.getApiVersion()).withKind(object.getKind()))
        .orElseThrow(() -> new IllegalArgumentException("no resource for " + object.getKind()));
    put(gvr, object.getMetadata().getNamespace(), object, true);
  }

  synchronized void put(GroupVersionResource gvr, String ns, KubernetesObject object, boolean create) {
    String key = key(ns, object.getMetadata().getName());
    Map<String, KubernetesObject> byKey = objects.computeIfAbsent(gvr, k -> new TreeMap<>());
    if (create && byKey.containsKey(key)) {
      throw error(409, "AlreadyExists", gvr + " " + key + " already exists");
    }
    if (!create && !byKey.containsKey(key)) {
      throw error(404, "NotFound", gvr + " " + key + " not found");
    }
    byKey.put(key, object);
  }

  synchronized KubernetesObject get(GroupVersionResource gvr, String ns, String name) {
    KubernetesObject o = objects.getOrDefault(gvr, Map.of()).get(key(ns, name));
    if (o == null) {
      throw error(404, "NotFound", gvr + " " + key(ns, name) + " not found");
    }
    return o;
  }

  synchronized List<KubernetesObject> list(GroupVersionResource gvr, String ns) {
    List<KubernetesObject> result = new ArrayList<>();
    for (KubernetesObject o : objects.getOrDefault(gvr, Map.of()).values()) {
      if (ns == null || ns.equals(o.getMetadata().getNamespace())) {
        result.add(o);
      }
    }
    return result;
  }

  synchronized void delete(GroupVersionResource gvr, String ns, String name) {
    if (objects.getOrDefault(gvr, Map.of()).remove(key(ns, name)) == null) {
      throw error(404, "NotFound", gvr + " " + key(ns, name) + " not found");
    }
  }

  private static String key(String ns, String name) {
    return (ns == null ? "" : ns) + "/" + Objects.requireNonNull(name, "name");
  }

  private static ApiException error(int code, String reason, String message) {
    return new ApiException(message, code,
        new Status().withStatus("Failure").withReason(reason).withCode(code).withMessage(message));
  }
}
