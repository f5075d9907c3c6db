package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;

/**
 * The client-runtime classes the clientset emitters refer to, by name only (building these loads
 * nothing). The fake's classes are named here, in one place, because the fake clientset is
 * generated against their contract:
 *
 * <ul>
 *   <li>{@code io.kubegen.runtime.testing.Fake implements ResourceClientFactory}, with
 *       {@code static Fake withObjects(Scheme scheme, Object... objects)} (a tracker seeded
 *       with the objects, their resources found through the scheme) and
 *       {@code ObjectTracker tracker()};
 *   <li>{@code io.kubegen.runtime.testing.ObjectTracker}, the type {@code tracker()} returns.
 * </ul>
 */
final class ClientsetRuntime {
  private static final String API = "io.kubegen.runtime.api";
  private static final String REST = "io.kubegen.runtime.rest";
  private static final String SCHEME = "io.kubegen.runtime.scheme";
  private static final String DISCOVERY = "io.kubegen.runtime.discovery";
  private static final String TESTING = "io.kubegen.runtime.testing";

  static final ClassName KUBERNETES_OBJECT = ClassName.get(API, "KubernetesObject");
  static final ClassName CREATE_OPTIONS = ClassName.get(API, "CreateOptions");
  static final ClassName UPDATE_OPTIONS = ClassName.get(API, "UpdateOptions");
  static final ClassName DELETE_OPTIONS = ClassName.get(API, "DeleteOptions");
  static final ClassName GET_OPTIONS = ClassName.get(API, "GetOptions");
  static final ClassName LIST_OPTIONS = ClassName.get(API, "ListOptions");
  static final ClassName PATCH_OPTIONS = ClassName.get(API, "PatchOptions");
  static final ClassName APPLY_OPTIONS = ClassName.get(API, "ApplyOptions");
  static final ClassName SCALE = ClassName.get(API, "Scale");
  static final ClassName STATUS = ClassName.get(API, "Status");

  static final ClassName RESOURCE_CLIENT = ClassName.get(REST, "ResourceClient");
  static final ClassName RESOURCE_CLIENT_FACTORY = ClassName.get(REST, "ResourceClientFactory");
  static final ClassName REST_CLIENT = ClassName.get(REST, "RestClient");
  static final ClassName REST_CONFIG = ClassName.get(REST, "RestConfig");
  static final ClassName KUBE_CONFIG = ClassName.get("io.kubegen.runtime.clientcmd", "Config");
  static final ClassName WATCH = ClassName.get(REST, "Watch");
  static final ClassName PATCH_TYPE = ClassName.get(REST, "PatchType");
  static final ClassName API_EXCEPTION = ClassName.get(REST, "ApiException");

  static final ClassName GROUP_VERSION = ClassName.get(SCHEME, "GroupVersion");
  static final ClassName GROUP_VERSION_KIND = ClassName.get(SCHEME, "GroupVersionKind");
  static final ClassName GROUP_VERSION_RESOURCE = ClassName.get(SCHEME, "GroupVersionResource");
  static final ClassName RUNTIME_SCHEME = ClassName.get(SCHEME, "Scheme");

  static final ClassName DISCOVERY_INTERFACE = ClassName.get(DISCOVERY, "Discovery");
  static final ClassName DISCOVERY_CLIENT = ClassName.get(DISCOVERY, "DiscoveryClient");
  static final ClassName VERSION_INFO = ClassName.get(DISCOVERY, "VersionInfo");
  static final ClassName API_GROUP = ClassName.get(DISCOVERY, "ApiGroup");
  static final ClassName API_GROUP_LIST = ClassName.get(DISCOVERY, "ApiGroupList");
  static final ClassName GROUP_VERSION_FOR_DISCOVERY =
      ClassName.get(DISCOVERY, "GroupVersionForDiscovery");
  static final ClassName API_RESOURCE = ClassName.get(DISCOVERY, "ApiResource");
  static final ClassName API_RESOURCE_LIST = ClassName.get(DISCOVERY, "ApiResourceList");

  static final ClassName FAKE = ClassName.get(TESTING, "Fake");
  static final ClassName OBJECT_TRACKER = ClassName.get(TESTING, "ObjectTracker");

  private ClientsetRuntime() {}
}
