package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.ScaleSpec;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.fixtures.ScriptedApiServer;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Recorded;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Reply;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.JsonCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each verb of HttpResourceClient puts on the wire, as the scripted server received it: what
 * the fabric8 mock cannot check (strategic merge, apply, exact Content-Types and queries).
 */
class HttpResourceClientTest {
  private static final String CM_JSON = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\","
      + "\"metadata\":{\"name\":\"app\",\"namespace\":\"ns1\",\"resourceVersion\":\"8\"},\"data\":{\"k\":\"v\"}}";
  private static final String SCALE_JSON = "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\","
      + "\"metadata\":{\"name\":\"web\",\"namespace\":\"ns1\"},\"spec\":{\"replicas\":3},"
      + "\"status\":{\"replicas\":2,\"selector\":\"app=web\"}}";

  private static ScriptedApiServer server;
  private static RestClient rest;
  private static HttpResourceClient<ConfigMap, ConfigMapList> configMaps;

  @BeforeAll
  static void start() {
    server = ScriptedApiServer.start();
    rest = RestClient.create(RestConfig.builder(server.uri()).qps(0).maxRetries(0).build());
    configMaps = HttpResourceClient.create(rest, new GroupVersionResource("", "v1", "configmaps"), true,
        ConfigMap.class, ConfigMapList.class).inNamespace("ns1");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
    server.otherwise(r -> Reply.json(200, CM_JSON));
  }

  private static Recorded only() {
    assertEquals(1, server.requestCount(), () -> server.requests().toString());
    return server.request(0);
  }

  @Test
  void getSendsOptionsAsQuery() {
    configMaps.get("app", new GetOptions("0"));
    Recorded r = only();
    assertEquals("GET", r.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app", r.rawPath());
    assertEquals("resourceVersion=0", r.rawQuery());
  }

  @Test
  void setBasedSelectorsAreEncodedSoTheServerReadsThemBack() {
    String labels = "env in (prod,qa),!legacy,tier notin (cache, db),app=web";
    String fields = "metadata.name!=a b,status.phase=Running";
    configMaps.list(ListOptions.builder().labelSelector(labels).fieldSelector(fields).limit(10L).build());
    Recorded r = only();
    assertEquals("labelSelector=env%20in%20%28prod%2Cqa%29%2C%21legacy%2Ctier%20notin%20%28cache%2C%20db%29"
        + "%2Capp%3Dweb&fieldSelector=metadata.name%21%3Da%20b%2Cstatus.phase%3DRunning&limit=10",
        r.rawQuery());
    assertEquals(Map.of("labelSelector", List.of(labels), "fieldSelector", List.of(fields), "limit", List.of("10")),
        r.query());
  }

  @Test
  void listTimeoutSecondsIsAlsoTheRequestTimeout() {
    configMaps.list(ListOptions.builder().timeoutSeconds(5L).build());
    Recorded r = only();
    assertEquals(Optional.of("5"), r.param("timeoutSeconds"));
    assertEquals(Optional.of("5s"), r.param("timeout"));
  }

  @Test
  void createPostsToTheCollection() {
    server.reset();
    server.enqueue(Reply.json(201, CM_JSON));
    ConfigMap created = configMaps.create(ConfigMap.named(null, "app").withData(Map.of("k", "v")),
        new CreateOptions(List.of("All"), "me", "Strict"));
    assertEquals("app", created.getMetadata().getName());
    Recorded r = only();
    assertEquals("POST", r.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps", r.rawPath());
    assertEquals("dryRun=All&fieldManager=me&fieldValidation=Strict", r.rawQuery());
    assertEquals("application/json", r.header("Content-Type").orElseThrow());
    ConfigMap sent = JsonCodec.shared().read(r.body(), ConfigMap.class);
    assertEquals(Map.of("k", "v"), sent.getData());
  }

  @Test
  void updatePutsToTheObjectsNameAndUpdateStatusToItsStatus() {
    ConfigMap cm = ConfigMap.named("ns1", "app");
    cm.getMetadata().setResourceVersion("8");
    configMaps.update(cm, UpdateOptions.fieldManager("me"));
    configMaps.updateStatus(cm);
    Recorded update = server.request(0);
    assertEquals("PUT", update.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app", update.rawPath());
    assertEquals("fieldManager=me", update.rawQuery());
    assertTrue(update.bodyText().contains("\"resourceVersion\":\"8\""), update::bodyText);
    assertEquals("/api/v1/namespaces/ns1/configmaps/app/status", server.request(1).rawPath());
  }

  @Test
  void aConflictFromARealServerIsAConflict() {
    server.reset();
    server.enqueue(Reply.status(409, "Conflict", "Operation cannot be fulfilled on configmaps \\\"app\\\": "
        + "the object has been modified; please apply your changes to the latest version and try again"));
    ApiException e = assertThrows(ApiException.class, () -> configMaps.update(ConfigMap.named("ns1", "app")));
    assertTrue(e.isConflict(), e::getMessage);

    server.enqueue(Reply.status(409, "AlreadyExists", "configmaps \\\"app\\\" already exists"));
    ApiException exists = assertThrows(ApiException.class, () -> configMaps.create(ConfigMap.named("ns1", "app")));
    assertTrue(exists.isAlreadyExists(), exists::getMessage);
  }

  @Test
  void writesCheckNameAndNamespace() {
    assertThrows(IllegalArgumentException.class, () -> configMaps.update(ConfigMap.named("other", "app")));
    assertThrows(IllegalArgumentException.class, () -> configMaps.update(ConfigMap.named("ns1", null)));
    assertThrows(IllegalArgumentException.class, () -> configMaps.update(ConfigMap.named("ns1", "")));
    IllegalArgumentException noNs = assertThrows(IllegalArgumentException.class,
        () -> configMaps.inAnyNamespace().create(ConfigMap.named(null, "app")));
    assertTrue(noNs.getMessage().contains("no metadata.namespace"), noNs.getMessage());
    IllegalStateException unbound = assertThrows(IllegalStateException.class,
        () -> configMaps.inAnyNamespace().get("app"));
    assertTrue(unbound.getMessage().contains("inNamespace"), unbound.getMessage());
    assertThrows(IllegalArgumentException.class, () -> configMaps.get("a/b"));
    assertThrows(IllegalArgumentException.class, () -> configMaps.get(""));
    assertEquals(0, server.requestCount(), "nothing was sent");

    configMaps.inAnyNamespace().update(ConfigMap.named("ns7", "app"));
    assertEquals("/api/v1/namespaces/ns7/configmaps/app", only().rawPath(), "the object's namespace");
  }

  @Test
  void deleteSendsDeleteOptionsAsBody() {
    server.reset();
    server.enqueue(Reply.json(200, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Success\"}"));
    configMaps.delete("app", DeleteOptions.propagation("Foreground")
        .withPreconditions(new DeleteOptions.Preconditions(null, "8")));
    Recorded r = only();
    assertEquals("DELETE", r.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app", r.rawPath());
    assertEquals("application/json", r.header("Content-Type").orElseThrow());
    Map<String, Object> body = JsonCodec.shared().readMap(r.body());
    assertEquals("DeleteOptions", body.get("kind"));
    assertEquals("Foreground", body.get("propagationPolicy"));
    assertEquals(Map.of("resourceVersion", "8"), body.get("preconditions"));
  }

  @Test
  void deleteCollectionSendsListOptionsAsQueryAndDeleteOptionsAsBody() {
    configMaps.deleteCollection(DeleteOptions.propagation("Background"),
        ListOptions.builder().labelSelector("tier in (cache)").build());
    Recorded r = only();
    assertEquals("DELETE", r.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps", r.rawPath());
    assertEquals(Optional.of("tier in (cache)"), r.param("labelSelector"));
    assertEquals("Background", JsonCodec.shared().readMap(r.body()).get("propagationPolicy"));
  }

  @Test
  void everyPatchTypeHasItsContentType() {
    configMaps.patch("app", PatchType.JSON, "[{\"op\":\"remove\",\"path\":\"/data/k\"}]", PatchOptions.none());
    configMaps.patch("app", PatchType.MERGE, "{\"data\":{\"k\":null}}", PatchOptions.fieldManager("me"));
    configMaps.patch("app", PatchType.STRATEGIC_MERGE, "{\"data\":{\"k\":\"v2\"}}", PatchOptions.none(), "status");
    configMaps.patch("app", PatchType.APPLY, "apiVersion: v1\nkind: ConfigMap\n",
        new PatchOptions(null, true, "mgr", null));

    List<Recorded> rs = server.requests();
    assertEquals(4, rs.size());
    rs.forEach(r -> assertEquals("PATCH", r.method()));
    assertEquals("application/json-patch+json", rs.get(0).header("Content-Type").orElseThrow());
    assertEquals("[{\"op\":\"remove\",\"path\":\"/data/k\"}]", rs.get(0).bodyText());
    assertEquals("application/merge-patch+json", rs.get(1).header("Content-Type").orElseThrow());
    assertEquals("fieldManager=me", rs.get(1).rawQuery());
    assertEquals("application/strategic-merge-patch+json", rs.get(2).header("Content-Type").orElseThrow());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app/status", rs.get(2).rawPath());
    assertEquals("application/apply-patch+yaml", rs.get(3).header("Content-Type").orElseThrow());
    assertEquals("force=true&fieldManager=mgr", rs.get(3).rawQuery());
    assertEquals("apiVersion: v1\nkind: ConfigMap\n", rs.get(3).bodyText());
    rs.forEach(r -> assertEquals("application/json", r.header("Accept").orElseThrow()));
  }

  @Test
  void patchMisuseFailsBeforeSending() {
    IllegalArgumentException noManager = assertThrows(IllegalArgumentException.class,
        () -> configMaps.patch("app", PatchType.APPLY, "{}", PatchOptions.none()));
    assertTrue(noManager.getMessage().contains("fieldManager"), noManager.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> configMaps.patch("app", PatchType.MERGE, "{}", new PatchOptions(null, true, "m", null)));
    assertEquals(0, server.requestCount());
  }

  @Test
  void applySendsTheObjectAsApplyPatchWithFieldManagerAndForce() {
    ConfigMap cm = ConfigMap.named("ns1", "app").withData(Map.of("k", "applied"));
    configMaps.apply(cm, ApplyOptions.of("kubegen-test").withForce(true));
    configMaps.apply(cm, ApplyOptions.of("kubegen-test"));
    configMaps.applyStatus(cm, ApplyOptions.of("kubegen-test"));

    Recorded forced = server.request(0);
    assertEquals("PATCH", forced.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app", forced.rawPath());
    assertEquals("application/apply-patch+yaml", forced.header("Content-Type").orElseThrow());
    assertEquals(Optional.of("kubegen-test"), forced.param("fieldManager"));
    assertEquals(Optional.of("true"), forced.param("force"));
    ConfigMap sent = JsonCodec.shared().read(forced.body(), ConfigMap.class);
    assertEquals("ConfigMap", sent.getKind());
    assertEquals(Map.of("k", "applied"), sent.getData());

    assertEquals("fieldManager=kubegen-test", server.request(1).rawQuery(), "no force unless asked");
    assertEquals("/api/v1/namespaces/ns1/configmaps/app/status", server.request(2).rawPath());
    assertThrows(IllegalArgumentException.class,
        () -> configMaps.apply(ConfigMap.named("ns1", null), ApplyOptions.of("m")));
  }

  @Test
  void scaleSubresource() {
    HttpResourceClient<GenericKubernetesObject, GenericKubernetesList> deployments = HttpResourceClient.create(
        rest, new GroupVersionResource("apps", "v1", "deployments"), true,
        GenericKubernetesObject.class, GenericKubernetesList.class).inNamespace("ns1");
    server.otherwise(r -> Reply.json(200, SCALE_JSON));
    Scale scale = deployments.getScale("web", GetOptions.none());
    assertEquals(3, scale.getSpec().getReplicas());
    assertEquals("app=web", scale.getStatus().getSelector());

    scale.setSpec(new ScaleSpec().withReplicas(5));
    deployments.updateScale("web", scale, UpdateOptions.none());
    assertEquals("/apis/apps/v1/namespaces/ns1/deployments/web/scale", server.request(0).rawPath());
    Recorded put = server.request(1);
    assertEquals("PUT", put.method());
    assertEquals("/apis/apps/v1/namespaces/ns1/deployments/web/scale", put.rawPath());
    assertEquals(5, JsonCodec.shared().read(put.body(), Scale.class).getSpec().getReplicas());
  }

  @Test
  void namedSubresources() {
    server.otherwise(r -> Reply.text(200, "text/plain", "line 1\nline 2\n"));
    String log = configMaps.getSubresource("app", "log", Map.of("container", "main", "tailLines", "2"), String.class);
    assertEquals("line 1\nline 2\n", log);
    assertEquals("/api/v1/namespaces/ns1/configmaps/app/log", server.request(0).rawPath());
    assertEquals(Map.of("container", List.of("main"), "tailLines", List.of("2")), server.request(0).query());

    server.otherwise(r -> Reply.json(201, "{\"kind\":\"Status\",\"status\":\"Success\"}"));
    Map<String, Object> eviction = Map.of("apiVersion", "policy/v1", "kind", "Eviction",
        "metadata", Map.of("name", "app", "namespace", "ns1"));
    configMaps.createSubresource("app", "eviction", eviction, CreateOptions.none(), Void.class);
    Recorded post = server.request(1);
    assertEquals("POST", post.method());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app/eviction", post.rawPath());
    assertEquals("Eviction", JsonCodec.shared().readMap(post.body()).get("kind"));

    server.otherwise(r -> Reply.json(200, CM_JSON));
    ConfigMap updated = configMaps.updateSubresource("app", "custom", ConfigMap.named("ns1", "app"),
        UpdateOptions.none(), ConfigMap.class);
    assertEquals("app", updated.getMetadata().getName());
    assertEquals("PUT", server.request(2).method());
    assertEquals("/api/v1/namespaces/ns1/configmaps/app/custom", server.request(2).rawPath());
  }

  @Test
  void clusterScopedResourcesNeverHaveANamespaceInThePath() {
    HttpResourceClient<GenericKubernetesObject, GenericKubernetesList> clusterRoles = HttpResourceClient.create(
        rest, new GroupVersionResource("rbac.authorization.k8s.io", "v1", "clusterroles"), false,
        GenericKubernetesObject.class, GenericKubernetesList.class);
    assertNull(clusterRoles.namespace());
    assertFalse(clusterRoles.isNamespaced());
    GenericKubernetesObject role = new GenericKubernetesObject("rbac.authorization.k8s.io/v1", "ClusterRole");
    role.setMetadata(new ObjectMeta().withName("reader").withNamespace("ignored"));
    server.otherwise(r -> Reply.json(200, "{\"kind\":\"ClusterRole\",\"metadata\":{\"name\":\"reader\"}}"));

    clusterRoles.get("reader");
    clusterRoles.list();
    clusterRoles.create(role);
    clusterRoles.update(role);
    clusterRoles.delete("reader");
    clusterRoles.apply(role, ApplyOptions.of("m"));
    List<String> paths = server.requests().stream().map(Recorded::rawPath).toList();
    assertEquals(List.of(
        "/apis/rbac.authorization.k8s.io/v1/clusterroles/reader",
        "/apis/rbac.authorization.k8s.io/v1/clusterroles",
        "/apis/rbac.authorization.k8s.io/v1/clusterroles",
        "/apis/rbac.authorization.k8s.io/v1/clusterroles/reader",
        "/apis/rbac.authorization.k8s.io/v1/clusterroles/reader",
        "/apis/rbac.authorization.k8s.io/v1/clusterroles/reader"), paths);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> clusterRoles.inNamespace("ns1"));
    assertTrue(e.getMessage().contains("cluster-scoped"), e.getMessage());
  }

  @Test
  void theMocksPatchAnswer202IsSuccessToo() {
    server.otherwise(r -> Reply.json(202, CM_JSON));
    assertEquals("app", configMaps.patch("app", PatchType.JSON, "[]", PatchOptions.none()).getMetadata().getName());
  }

  @Test
  void toStringNamesTheResource() {
    assertEquals("HttpResourceClient{v1/configmaps, namespace=ns1}", configMaps.toString());
    assertEquals("HttpResourceClient{v1/configmaps, namespace=(all)}", configMaps.inAnyNamespace().toString());
  }
}
