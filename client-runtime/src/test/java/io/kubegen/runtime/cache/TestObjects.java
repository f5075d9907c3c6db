package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.fixtures.ConfigMap;
import java.util.Map;

/** Small ConfigMaps for cache tests. */
final class TestObjects {
  private TestObjects() {}

  /** A ConfigMap {@code namespace/name} at resourceVersion {@code rv}. */
  static ConfigMap cm(String namespace, String name, String rv) {
    ConfigMap cm = new ConfigMap();
    cm.setMetadata(new ObjectMeta().withNamespace(namespace).withName(name).withResourceVersion(rv));
    return cm;
  }

  static ConfigMap cm(String namespace, String name, String rv, Map<String, String> labels) {
    ConfigMap cm = cm(namespace, name, rv);
    cm.getMetadata().setLabels(labels);
    return cm;
  }
}
