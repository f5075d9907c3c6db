package io.kubegen.runtime.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.dynamic.CronTabs;
import io.kubegen.runtime.dynamic.DynamicClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Discovery against fabric8's kubernetes-server-mock: {@code /version}, and the resources of a CRD
 * registered with it. The mock answers {@code /api} and {@code /apis} with an empty List, so the
 * group list is proven on the scripted server.
 *
 * <p>The mock serves {@code /version} only as an expectation, which its CRUD-only dispatcher (the
 * shared {@link io.kubegen.runtime.fixtures.MockApiServer}) never consults: it answers an empty
 * List there. This test starts the mock with the mixed dispatcher instead (expectations first, then
 * CRUD), sharing the server's expectation map.
 */
@Timeout(60)
class DiscoveryMockServerTest {
  private static KubernetesMockServer server;
  private static RestClient rest;
  private static DiscoveryClient discovery;

  @BeforeAll
  static void start() {
    Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
    server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
        new KubernetesMixedDispatcher(expectations), false, new io.fabric8.kubernetes.client.VersionInfo.Builder()
            .withMajor("1").withMinor("33").withGitVersion("v1.33.1").withGitCommit("8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828")
            .withGitTreeState("clean").withGoVersion("go1.24.2").withCompiler("gc").withPlatform("linux/amd64")
            .build());
    server.init(InetAddress.getLoopbackAddress(), 0);
    String url = server.url("/");
    rest = RestClient.create(RestConfig.builder(url.substring(0, url.length() - 1)).requestTimeout(Duration.ofSeconds(10)).qps(0).build());
    discovery = DiscoveryClient.create(rest);
  }

  @AfterAll
  static void stop() {
    server.destroy();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void serverVersion() {
    VersionInfo version = discovery.serverVersion();
    assertEquals("1", version.major());
    assertEquals("33", version.minor());
    assertEquals("v1.33.1", version.gitVersion());
    assertEquals("8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828", version.gitCommit());
    assertEquals("linux/amd64", version.platform());
    assertEquals("v1.33.1", version.toString());
  }

  @Test
  void theResourcesOfARegisteredCrd() {
    DynamicClient.create(rest).resource(CronTabs.CRDS).create(CronTabs.crd());

    ApiResourceList list = discovery.serverResourcesForGroupVersion("stable.example.com/v1");
    assertEquals("stable.example.com/v1", list.groupVersion());
    ApiResource cronTabs = list.find("crontabs").orElseThrow(() -> new AssertionError(list.toString()));
    assertTrue(cronTabs.namespaced());
    assertEquals("CronTab", cronTabs.kind());
    // The mock lists only kind, name and namespaced: no verbs, singular or short names.
    assertFalse(cronTabs.isSubresource());
    assertEquals("", cronTabs.subresourceName());
    assertEquals(List.of(), cronTabs.verbs());
    DiscoveredResource discovered = list.topLevel().stream()
        .filter(r -> r.resource().name().equals("crontabs")).findFirst().orElseThrow();
    assertEquals(new GroupVersionResource("stable.example.com", "v1", "crontabs"), discovered.groupVersionResource());
    assertEquals(new GroupVersion("stable.example.com", "v1"), list.toGroupVersion());
  }

  @Test
  void theMocksEmptyGroupListGivesNoGroups() {
    // The mock answers /api and /apis with an empty List: no versions, hence no core group.
    assertTrue(discovery.serverGroups().groups().isEmpty());
    DiscoveryResult result = discovery.serverGroupsAndResources();
    assertTrue(result.isComplete());
    assertFalse(result.groups().iterator().hasNext());
  }
}
