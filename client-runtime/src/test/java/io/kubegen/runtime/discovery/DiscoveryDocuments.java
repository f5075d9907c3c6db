package io.kubegen.runtime.discovery;

/** Discovery documents shaped as a kube-apiserver (1.20-era, for batch/v1beta1 cronjobs) sends them. */
final class DiscoveryDocuments {
  private DiscoveryDocuments() {}

  static final String VERSION = """
      {
        "major": "1",
        "minor": "20",
        "emulationMajor": "1",
        "gitVersion": "v1.20.15",
        "gitCommit": "8f1e5bf0b9729a899b8df86249b56e2c74aebc55",
        "gitTreeState": "clean",
        "buildDate": "2022-01-19T17:23:01Z",
        "goVersion": "go1.15.15",
        "compiler": "gc",
        "platform": "linux/amd64"
      }""";

  static final String API = """
      {
        "kind": "APIVersions",
        "versions": ["v1"],
        "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "172.18.0.2:6443"}]
      }""";

  static final String APIS = """
      {
        "kind": "APIGroupList",
        "apiVersion": "v1",
        "groups": [
          {
            "name": "apps",
            "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
            "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}
          },
          {
            "name": "autoscaling",
            "versions": [
              {"groupVersion": "autoscaling/v2", "version": "v2"},
              {"groupVersion": "autoscaling/v1", "version": "v1"}
            ],
            "preferredVersion": {"groupVersion": "autoscaling/v2", "version": "v2"}
          },
          {
            "name": "batch",
            "versions": [
              {"groupVersion": "batch/v1", "version": "v1"},
              {"groupVersion": "batch/v1beta1", "version": "v1beta1"}
            ],
            "preferredVersion": {"groupVersion": "batch/v1", "version": "v1"}
          },
          {
            "name": "metrics.k8s.io",
            "versions": [{"groupVersion": "metrics.k8s.io/v1beta1", "version": "v1beta1"}],
            "preferredVersion": {"groupVersion": "metrics.k8s.io/v1beta1", "version": "v1beta1"}
          }
        ]
      }""";

  static final String CORE_V1 = """
      {
        "kind": "APIResourceList",
        "groupVersion": "v1",
        "resources": [
          {"name": "configmaps", "singularName": "", "namespaced": true, "kind": "ConfigMap",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["cm"], "storageVersionHash": "qFsyl6wFWjQ="},
          {"name": "namespaces", "singularName": "", "namespaced": false, "kind": "Namespace",
           "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"],
           "shortNames": ["ns"], "storageVersionHash": "Q3oi5N2YM8M="},
          {"name": "namespaces/finalize", "singularName": "", "namespaced": false, "kind": "Namespace",
           "verbs": ["update"]},
          {"name": "namespaces/status", "singularName": "", "namespaced": false, "kind": "Namespace",
           "verbs": ["get", "patch", "update"]},
          {"name": "nodes", "singularName": "", "namespaced": false, "kind": "Node",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["no"], "storageVersionHash": "XwShjMxG9Fs="},
          {"name": "pods", "singularName": "", "namespaced": true, "kind": "Pod",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["po"], "categories": ["all"], "storageVersionHash": "xPOwRZ+Yhw8="},
          {"name": "pods/eviction", "singularName": "", "namespaced": true, "group": "policy",
           "version": "v1beta1", "kind": "Eviction", "verbs": ["create"]},
          {"name": "pods/log", "singularName": "", "namespaced": true, "kind": "Pod", "verbs": ["get"]},
          {"name": "pods/status", "singularName": "", "namespaced": true, "kind": "Pod",
           "verbs": ["get", "patch", "update"]}
        ]
      }""";

  static final String APPS_V1 = """
      {
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": "apps/v1",
        "resources": [
          {"name": "deployments", "singularName": "deployment", "namespaced": true, "kind": "Deployment",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["deploy"], "categories": ["all"], "storageVersionHash": "8aSe+NMegvE=",
           "aFieldFromTheFuture": {"nested": [1, 2]}},
          {"name": "deployments/scale", "singularName": "", "namespaced": true, "group": "autoscaling",
           "version": "v1", "kind": "Scale", "verbs": ["get", "patch", "update"]},
          {"name": "deployments/status", "singularName": "", "namespaced": true, "kind": "Deployment",
           "verbs": ["get", "patch", "update"]},
          {"name": "statefulsets", "singularName": "statefulset", "namespaced": true, "kind": "StatefulSet",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["sts"], "categories": ["all"]}
        ]
      }""";

  static final String AUTOSCALING_V2 = """
      {
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": "autoscaling/v2",
        "resources": [
          {"name": "horizontalpodautoscalers", "singularName": "", "namespaced": true,
           "kind": "HorizontalPodAutoscaler",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["hpa"], "categories": ["all"]},
          {"name": "horizontalpodautoscalers/status", "singularName": "", "namespaced": true,
           "kind": "HorizontalPodAutoscaler", "verbs": ["get", "patch", "update"]}
        ]
      }""";

  static final String AUTOSCALING_V1 = """
      {
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": "autoscaling/v1",
        "resources": [
          {"name": "horizontalpodautoscalers", "singularName": "", "namespaced": true,
           "kind": "HorizontalPodAutoscaler",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["hpa"], "categories": ["all"]},
          {"name": "horizontalpodautoscalers/status", "singularName": "", "namespaced": true,
           "kind": "HorizontalPodAutoscaler", "verbs": ["get", "patch", "update"]}
        ]
      }""";

  static final String BATCH_V1 = """
      {
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": "batch/v1",
        "resources": [
          {"name": "jobs", "singularName": "", "namespaced": true, "kind": "Job",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "categories": ["all"]},
          {"name": "jobs/status", "singularName": "", "namespaced": true, "kind": "Job",
           "verbs": ["get", "patch", "update"]}
        ]
      }""";

  static final String BATCH_V1BETA1 = """
      {
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": "batch/v1beta1",
        "resources": [
          {"name": "cronjobs", "singularName": "", "namespaced": true, "kind": "CronJob",
           "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
           "shortNames": ["cj"], "categories": ["all"]},
          {"name": "cronjobs/status", "singularName": "", "namespaced": true, "kind": "CronJob",
           "verbs": ["get", "patch", "update"]}
        ]
      }""";

  static final String UNAVAILABLE = """
      {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",\
      "message":"the server is currently unable to handle the request",\
      "reason":"ServiceUnavailable","details":{"causes":[{"reason":"UnexpectedServerResponse",\
      "message":"service unavailable"}]},"code":503}""";
}
