package io.kubegen.runtime.dynamic;

import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CronTab custom resource of the Kubernetes documentation, as test data. */
public final class CronTabs {
  public static final GroupVersionResource CRDS =
      new GroupVersionResource("apiextensions.k8s.io", "v1", "customresourcedefinitions");
  public static final GroupVersionResource CRONTABS = new GroupVersionResource("stable.example.com", "v1", "crontabs");

  /** The CustomResourceDefinition of crontabs.stable.example.com, with a status subresource. */
  public static final String CRD = """
      {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "crontabs.stable.example.com"},
        "spec": {
          "group": "stable.example.com",
          "scope": "Namespaced",
          "names": {"plural": "crontabs", "singular": "crontab", "kind": "CronTab", "listKind": "CronTabList",
                    "shortNames": ["ct"], "categories": ["all"]},
          "versions": [{
            "name": "v1",
            "served": true,
            "storage": true,
            "schema": {"openAPIV3Schema": {"type": "object", "properties": {
              "spec": {"type": "object", "properties": {
                "cronSpec": {"type": "string"}, "image": {"type": "string"}, "replicas": {"type": "integer"}}},
              "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}},
            "subresources": {"status": {}}
          }]
        }
      }""";

  private CronTabs() {}

  public static GenericKubernetesObject crd() {
    return JsonCodec.shared().read(CRD, GenericKubernetesObject.class);
  }

  /** A CronTab in {@code namespace} with a spec and labels. */
  public static GenericKubernetesObject cronTab(String namespace, String name, String cronSpec, Map<String, String> labels) {
    GenericKubernetesObject ct = new GenericKubernetesObject("stable.example.com/v1", "CronTab");
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace(namespace);
    meta.setLabels(labels);
    ct.setMetadata(meta);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("cronSpec", cronSpec);
    spec.put("image", "my-awesome-cron-image");
    spec.put("replicas", 1);
    ct.set("spec", spec);
    return ct;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> spec(GenericKubernetesObject ct) {
    return (Map<String, Object>) ct.get("spec");
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> status(GenericKubernetesObject ct) {
    return (Map<String, Object>) ct.get("status");
  }
}
