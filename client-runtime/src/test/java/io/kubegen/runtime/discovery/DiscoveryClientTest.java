package io.kubegen.runtime.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.fixtures.ScriptedApiServer;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Reply;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.GroupVersionKind;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DiscoveryClient against a scripted server replaying a kube-apiserver's discovery documents. */
class DiscoveryClientTest {
  private static final GroupVersion METRICS = new GroupVersion("metrics.k8s.io", "v1beta1");

  private static ScriptedApiServer server;
  private static DiscoveryClient discovery;
  private final Map<String, Reply> routes = new HashMap<>();

  @BeforeAll
  static void start() {
    server = ScriptedApiServer.start();
    discovery = DiscoveryClient.create(RestClient.create(RestConfig.builder(server.uri())
        .requestTimeout(Duration.ofSeconds(10))
        .qps(0)
        .build()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void script() {
    server.reset();
    routes.clear();
    routes.put("/version", Reply.json(200, DiscoveryDocuments.VERSION));
    routes.put("/api", Reply.json(200, DiscoveryDocuments.API));
    routes.put("/apis", Reply.json(200, DiscoveryDocuments.APIS));
    routes.put("/api/v1", Reply.json(200, DiscoveryDocuments.CORE_V1));
    routes.put("/apis/apps/v1", Reply.json(200, DiscoveryDocuments.APPS_V1));
    routes.put("/apis/autoscaling/v2", Reply.json(200, DiscoveryDocuments.AUTOSCALING_V2));
    routes.put("/apis/autoscaling/v1", Reply.json(200, DiscoveryDocuments.AUTOSCALING_V1));
    routes.put("/apis/batch/v1", Reply.json(200, DiscoveryDocuments.BATCH_V1));
    routes.put("/apis/batch/v1beta1", Reply.json(200, DiscoveryDocuments.BATCH_V1BETA1));
    routes.put("/apis/metrics.k8s.io/v1beta1", Reply.json(503, DiscoveryDocuments.UNAVAILABLE));
    server.otherwise(r -> routes.getOrDefault(r.rawPath(),
        Reply.status(404, "NotFound", "the server could not find the requested resource")));
  }

  @Test
  void serverVersionReadsTheVersionDocumentIgnoringUnknownFields() {
    VersionInfo v = discovery.serverVersion();
    assertEquals("1", v.major());
    assertEquals("20", v.minor());
    assertEquals("v1.20.15", v.gitVersion());
    assertEquals("8f1e5bf0b9729a899b8df86249b56e2c74aebc55", v.gitCommit());
    assertEquals("linux/amd64", v.platform());
    assertEquals("go1.15.15", v.goVersion());
    assertEquals("GET /version", server.request(0).toString());
    assertEquals("application/json", server.request(0).header("accept").orElseThrow());
  }

  @Test
  void serverGroupsPutsTheCoreGroupFirstWithItsVersions() {
    ApiGroupList groups = discovery.serverGroups();
    assertEquals(List.of("", "apps", "autoscaling", "batch", "metrics.k8s.io"),
        groups.groups().stream().map(ApiGroup::name).toList());
    ApiGroup core = groups.groups().get(0);
    assertEquals(List.of(new GroupVersion("", "v1")), core.groupVersions());
    assertEquals(new GroupVersion("", "v1"), core.preferredGroupVersion());
    assertEquals("172.18.0.2:6443", core.serverAddressByClientCidrs().get(0).serverAddress());
    ApiGroup autoscaling = groups.group("autoscaling").orElseThrow();
    assertEquals(List.of(new GroupVersion("autoscaling", "v2"), new GroupVersion("autoscaling", "v1")),
        autoscaling.groupVersions());
    assertEquals(new GroupVersion("autoscaling", "v2"), autoscaling.preferredGroupVersion());
    assertEquals(List.of("GET /api", "GET /apis"), server.requests().stream().map(Object::toString).toList());
  }

  @Test
  void serverGroupsToleratesAServerWithoutTheLegacyCoreGroup() {
    routes.put("/api", Reply.status(404, "NotFound", "the server could not find the requested resource"));
    ApiGroupList groups = discovery.serverGroups();
    assertEquals("apps", groups.groups().get(0).name());
    assertTrue(groups.group("").isEmpty());
  }

  @Test
  void serverGroupsFailsWhenTheGroupListFails() {
    routes.put("/apis", Reply.status(500, "InternalError", "etcd is down"));
    ApiException e = assertThrows(ApiException.class, discovery::serverGroups);
    assertEquals(500, e.code());
    assertThrows(ApiException.class, discovery::serverGroupsAndResources);
  }

  @Test
  void resourcesOfAGroupVersionWithSubresourcesGroupedUnderTheirResource() {
    ApiResourceList apps = discovery.serverResourcesForGroupVersion("apps/v1");
    assertEquals("GET /apis/apps/v1", server.request(0).toString());
    assertEquals("apps/v1", apps.groupVersion());
    assertEquals(4, apps.resources().size(), "the flat list keeps subresources");

    List<DiscoveredResource> top = apps.topLevel();
    assertEquals(List.of("deployments", "statefulsets"), top.stream().map(r -> r.resource().name()).toList());
    DiscoveredResource deployments = top.get(0);
    ApiResource d = deployments.resource();
    assertTrue(d.namespaced());
    assertEquals("deployment", d.singularName());
    assertEquals("Deployment", d.kind());
    assertEquals(List.of("deploy"), d.shortNames());
    assertEquals(List.of("all"), d.categories());
    assertTrue(d.hasVerb("deletecollection"));
    assertFalse(d.isSubresource());
    assertEquals(new GroupVersionResource("apps", "v1", "deployments"), deployments.groupVersionResource());
    assertEquals(new GroupVersionKind("apps", "v1", "Deployment"), deployments.groupVersionKind());

    assertEquals(List.of("scale", "status"), List.copyOf(deployments.subresources().keySet()));
    ApiResource scale = deployments.subresources().get("scale");
    assertEquals("deployments/scale", scale.name());
    assertEquals("deployments", scale.parentResource());
    assertEquals(new GroupVersionKind("autoscaling", "v1", "Scale"),
        scale.groupVersionKind(apps.toGroupVersion()), "the group/version override names the kind's group-version");
    assertEquals(List.of("get", "patch", "update"), deployments.subresources().get("status").verbs());
    assertTrue(top.get(1).subresources().isEmpty(), "statefulsets list no subresources here");
  }

  @Test
  void coreResourcesAndTheirSubresources() {
    ApiResourceList core = discovery.serverResourcesForGroupVersion(new GroupVersion("", "v1"));
    assertEquals("GET /api/v1", server.request(0).toString());
    assertEquals(Set.of("eviction", "log", "status"), core.subresourcesOf("pods").keySet());
    assertEquals(new GroupVersionKind("policy", "v1beta1", "Eviction"),
        core.find("pods/eviction").orElseThrow().groupVersionKind(core.toGroupVersion()));
    assertEquals(Set.of("finalize", "status"), core.subresourcesOf("namespaces").keySet());
    assertFalse(core.find("namespaces").orElseThrow().namespaced());
    assertEquals(List.of("configmaps", "namespaces", "nodes", "pods"),
        core.topLevel().stream().map(r -> r.resource().name()).toList());
  }

  @Test
  void aGroupVersionThatFailsFailsAlone() {
    ApiException e = assertThrows(ApiException.class, () -> discovery.serverResourcesForGroupVersion(METRICS));
    assertEquals(503, e.code());
    assertTrue(e.isServiceUnavailable());
  }

  @Test
  void groupsAndResourcesIsPartialWhenAGroupVersionAnswers503() {
    DiscoveryResult result = discovery.serverGroupsAndResources();
    assertFalse(result.isComplete());
    assertEquals(Set.of(METRICS), result.failed().keySet());
    ApiException cause = result.failed().get(METRICS);
    assertEquals(503, cause.code());
    assertTrue(cause.isServiceUnavailable());

    assertEquals(List.of("v1", "apps/v1", "autoscaling/v2", "autoscaling/v1", "batch/v1", "batch/v1beta1"),
        result.resources().stream().map(ApiResourceList::groupVersion).toList());
    assertEquals(5, result.groups().size());
    assertTrue(result.resourcesFor(new GroupVersion("apps", "v1")).orElseThrow().find("deployments/status").isPresent());
    assertTrue(result.resourcesFor(METRICS).isEmpty());

    GroupDiscoveryFailedException failure = assertThrows(GroupDiscoveryFailedException.class, result::orThrow);
    assertEquals(Set.of(METRICS), failure.failed().keySet());
    assertTrue(failure.getMessage().startsWith("unable to retrieve the complete list of server APIs: "
        + "metrics.k8s.io/v1beta1: "), failure.getMessage());
    assertTrue(failure.isServiceUnavailable(), "the first failure's reason");
    assertInstanceOf(ApiException.class, failure);
  }

  @Test
  void aCompleteResultDoesNotThrow() {
    routes.put("/apis/metrics.k8s.io/v1beta1", Reply.json(200,
        "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\"metrics.k8s.io/v1beta1\","
            + "\"resources\":[{\"name\":\"pods\",\"singularName\":\"\",\"namespaced\":true,\"kind\":\"PodMetrics\","
            + "\"verbs\":[\"get\",\"list\"]}]}"));
    DiscoveryResult result = discovery.serverGroupsAndResources().orThrow();
    assertTrue(result.isComplete());
    assertEquals(7, result.resources().size());
  }

  @Test
  void preferredResourcesTakeThePreferredVersionElseTheFirstThatServesTheResource() {
    DiscoveryResult preferred = discovery.serverPreferredResources();
    Map<String, List<String>> byGroupVersion = preferred.resources().stream().collect(Collectors.toMap(
        ApiResourceList::groupVersion, l -> l.resources().stream().map(ApiResource::name).toList()));
    assertEquals(Map.of(
        "v1", List.of("configmaps", "namespaces", "nodes", "pods"),
        "apps/v1", List.of("deployments", "statefulsets"),
        "autoscaling/v2", List.of("horizontalpodautoscalers"),
        "batch/v1", List.of("jobs"),
        "batch/v1beta1", List.of("cronjobs")), byGroupVersion,
        "autoscaling/v1 loses hpa to the preferred v2; cronjobs exist only in batch/v1beta1; no subresources");
    assertEquals(Set.of(METRICS), preferred.failed().keySet(), "failures are still reported");
    assertEquals(List.of("v1", "apps/v1", "autoscaling/v2", "batch/v1", "batch/v1beta1"),
        preferred.resources().stream().map(ApiResourceList::groupVersion).toList(), "in the server's order");
  }

  @Test
  void preferredNamespacedResourcesLeaveOutClusterScopedOnes() {
    DiscoveryResult namespaced = discovery.serverPreferredNamespacedResources();
    List<String> core = namespaced.resourcesFor(new GroupVersion("", "v1")).orElseThrow()
        .resources().stream().map(ApiResource::name).toList();
    assertEquals(List.of("configmaps", "pods"), core);
    assertTrue(namespaced.discoveredResources().stream().allMatch(DiscoveredResource::namespaced));
    assertEquals(7, namespaced.discoveredResources().size());
  }

  @Test
  void aServerWithoutCoreV1DiscoveryGivesAnEmptyList() {
    routes.put("/api/v1", Reply.status(404, "NotFound", "the server could not find the requested resource"));
    ApiResourceList core = discovery.serverResourcesForGroupVersion("v1");
    assertEquals("v1", core.groupVersion());
    assertTrue(core.resources().isEmpty());
    routes.put("/apis/apps/v1", Reply.status(404, "NotFound", "the server could not find the requested resource"));
    assertTrue(assertThrows(ApiException.class, () -> discovery.serverResourcesForGroupVersion("apps/v1")).isNotFound(),
        "only core v1 is excused");
  }
}
