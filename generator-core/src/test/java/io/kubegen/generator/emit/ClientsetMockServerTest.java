package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.ClientsetCompiler.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.golden.apis.apps.v1.Deployment;
import io.kubegen.golden.apis.apps.v1.DeploymentList;
import io.kubegen.golden.apis.certmanager.v1.Certificate;
import io.kubegen.golden.apis.certmanager.v1.CertificateList;
import io.kubegen.golden.apis.core.v1.Namespace;
import io.kubegen.golden.apis.core.v1.NamespaceList;
import io.kubegen.golden.clientset.typed.apps.v1.DeploymentExpansion;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.WatchTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The compiled clientset over HTTP against fabric8's mock API server: {@code Clientset.create(RestConfig)}
 * and then create, get, list, update and delete through the generated typed clients, for a
 * namespaced resource, a cluster-scoped one and one of a dashed group; all group-versions share
 * one RestClient.
 */
@Timeout(60)
class ClientsetMockServerTest {
  private static ClientsetMockApiServer server;
  private static ClassLoader loader;
  private static Object clientset;

  @BeforeAll
  static void start() throws Exception {
    loader = ClientsetCompiler.compile(ClientsetGoldenTest.emitAll(ClientsetFixtures.context()));
    server = ClientsetMockApiServer.start();
    RestConfig config = RestConfig.builder(server.uri())
        .requestTimeout(Duration.ofSeconds(10))
        .watchTransport(WatchTransport.WEBSOCKET)
        .qps(0)
        .build();
    Class<?> type = loader.loadClass(ClientsetFixtures.BASE + ".clientset.Clientset");
    clientset = type.getMethod("create", RestConfig.class).invoke(null, config);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void namespacedResourceRoundTripsOverHttp() {
    Object deployments = call(call(clientset, "appsV1"), "deployments", "ns1");
    Deployment created = (Deployment) call(deployments, "create", ClientsetCompileTest.deployment(null, "web"));
    assertEquals("ns1", created.getMetadata().getNamespace());
    assertNotNull(created.getMetadata().getResourceVersion());

    Deployment got = (Deployment) call(deployments, "get", "web");
    assertEquals(Map.of("replicas", 1), got.getFields().get("spec"));

    got.setField("spec", Map.of("replicas", 3));
    Deployment updated = (Deployment) call(deployments, "update", got);
    assertEquals(Map.of("replicas", 3), updated.getFields().get("spec"));
    assertEquals(Map.of("replicas", 3),
        ((Deployment) call(deployments, "get", "web")).getFields().get("spec"));

    call(call(call(clientset, "appsV1"), "deployments", "ns2"), "create",
        ClientsetCompileTest.deployment("ns2", "other"));
    assertEquals(List.of("web"), names((DeploymentList) call(deployments, "list")));
    // "" is all namespaces (other tests may have added objects elsewhere).
    assertTrue(names((DeploymentList) call(call(call(clientset, "appsV1"), "deployments", ""), "list"))
        .containsAll(List.of("other", "web")));

    call(deployments, "delete", "web");
    ApiException gone = assertThrows(ApiException.class, () -> call(deployments, "get", "web"));
    assertTrue(gone.isNotFound(), gone.toString());
  }

  @Test
  void userExpansionRunsOverHttp() {
    Object deployments = call(call(clientset, "appsV1"), "deployments", "ns3");
    Deployment created = ((DeploymentExpansion) deployments).createNamed("from-expansion");
    assertEquals("ns3", created.getMetadata().getNamespace());
    assertEquals("from-expansion", ((Deployment) call(deployments, "get", "from-expansion")).getMetadata().getName());
  }

  @Test
  void clusterScopedResourceHasNoNamespaceInThePath() {
    Object namespaces = call(call(clientset, "coreV1"), "namespaces");
    Namespace ns = new Namespace();
    ns.setMetadata(new ObjectMeta().withName("team-a"));
    Namespace created = (Namespace) call(namespaces, "create", ns);
    assertEquals(null, created.getMetadata().getNamespace());
    assertEquals(List.of("team-a"), ((NamespaceList) call(namespaces, "list")).getItems().stream()
        .map(n -> n.getMetadata().getName()).toList());
    call(namespaces, "delete", "team-a");
    assertEquals(0, ((NamespaceList) call(namespaces, "list")).getItems().size());
  }

  @Test
  void dashedGroupResourceUsesItsGroupName() {
    Object certificates = call(call(clientset, "certManagerV1"), "certificates", "ns1");
    Certificate cert = new Certificate();
    cert.setMetadata(new ObjectMeta().withName("tls"));
    cert.setField("spec", Map.of("secretName", "tls"));
    call(certificates, "create", cert);
    assertEquals("cert-manager.io/v1",
        ((ResourceClient<?, ?>) call(certificates, "resourceClient")).resource().groupVersion().apiVersion());
    CertificateList list = (CertificateList) call(certificates, "list");
    assertEquals(1, list.getItems().size());
    assertEquals(Map.of("secretName", "tls"), list.getItems().get(0).getFields().get("spec"));
  }

  private static List<String> names(DeploymentList list) {
    return list.getItems().stream().map(d -> d.getMetadata().getName()).sorted().toList();
  }
}
