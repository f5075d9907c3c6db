package io.kubegen.runtime.dynamic;

import static io.kubegen.runtime.dynamic.CronTabs.CRDS;
import static io.kubegen.runtime.dynamic.CronTabs.CRONTABS;
import static io.kubegen.runtime.dynamic.CronTabs.cronTab;
import static io.kubegen.runtime.dynamic.CronTabs.spec;
import static io.kubegen.runtime.dynamic.CronTabs.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.MockApiServer;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.rest.WatchTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The dynamic client's verbs on a custom resource registered with fabric8's kubernetes-server-mock
 * (CRUD mode). Mock differences (TEST-SERVER.md) are named where an assertion depends on them.
 */
@Timeout(60)
class DynamicClientMockServerTest {
  private static MockApiServer server;
  private static DynamicClient dynamic;
  private DynamicResourceClient cronTabs;

  @BeforeAll
  static void start() {
    server = MockApiServer.start();
    dynamic = DynamicClient.create(RestConfig.builder(server.uri())
        .requestTimeout(Duration.ofSeconds(10)) // the mock never answers some requests
        .watchTransport(WatchTransport.WEBSOCKET) // the mock's only watch transport
        .qps(0)
        .build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void registerCrd() {
    server.reset();
    GenericKubernetesObject crd = dynamic.resource(CRDS).create(CronTabs.crd());
    assertEquals("crontabs.stable.example.com", crd.getMetadata().getName());
    cronTabs = dynamic.resource(CRONTABS).namespace("ns1");
  }

  @Test
  void theCrdItselfIsAClusterScopedResourceWithoutANamespace() {
    NamespaceableResourceClient crds = dynamic.resource(CRDS);
    assertEquals("", crds.namespace());
    GenericKubernetesObject crd = crds.get("crontabs.stable.example.com");
    assertEquals("CustomResourceDefinition", crd.getKind());
    assertEquals("Namespaced", ((Map<?, ?>) crd.get("spec")).get("scope"));
    assertEquals(1, crds.list().getItems().size());
  }

  @Test
  void createGetAndListWithALabelSelector() {
    GenericKubernetesObject created = cronTabs.create(cronTab("ns1", "daily", "0 0 * * *", Map.of("app", "a")));
    assertEquals("CronTab", created.getKind());
    assertEquals("stable.example.com/v1", created.getApiVersion());
    assertNotNull(created.getMetadata().getResourceVersion());
    assertNotNull(created.getMetadata().getUid());
    assertEquals("0 0 * * *", spec(created).get("cronSpec"));

    cronTabs.create(cronTab(null, "hourly", "0 * * * *", Map.of("app", "b")));
    dynamic.resource(CRONTABS).namespace("ns2").create(cronTab("ns2", "weekly", "0 0 * * 0", Map.of("app", "a")));

    GenericKubernetesObject got = cronTabs.get("daily");
    assertEquals(created.getMetadata().getUid(), got.getMetadata().getUid());
    assertEquals(Map.of("cronSpec", "0 0 * * *", "image", "my-awesome-cron-image", "replicas", 1), spec(got));

    GenericKubernetesList selected = cronTabs.list(ListOptions.builder().labelSelector("app=a").build());
    assertEquals(List.of("daily"), names(selected));
    assertNotNull(selected.getMetadata().getResourceVersion());
    assertEquals(List.of("daily", "hourly"), names(cronTabs.list()));

    GenericKubernetesList everywhere = dynamic.resource(CRONTABS)
        .list(ListOptions.builder().labelSelector("app=a").build());
    assertEquals(List.of("daily", "weekly"), names(everywhere), "namespace \"\" lists all namespaces");

    ApiException missing = assertThrows(ApiException.class, () -> cronTabs.get("nope"));
    assertTrue(missing.isNotFound());
  }

  @Test
  void updateAndAStaleUpdateConflicts() {
    GenericKubernetesObject v1 = cronTabs.create(cronTab("ns1", "daily", "0 0 * * *", Map.of()));
    GenericKubernetesObject changed = v1.deepCopy();
    spec(changed).put("replicas", 3);
    GenericKubernetesObject v2 = cronTabs.update(changed);
    assertEquals(3, spec(v2).get("replicas"));
    assertNotEquals(v1.getMetadata().getResourceVersion(), v2.getMetadata().getResourceVersion());
    assertEquals(3, spec(cronTabs.get("daily")).get("replicas"));

    GenericKubernetesObject stale = v1.deepCopy();
    spec(stale).put("replicas", 5);
    ApiException conflict = assertThrows(ApiException.class, () -> cronTabs.update(stale, UpdateOptions.none()));
    assertEquals(409, conflict.code(), "the mock answers 409 (with reason Invalid, not Conflict)");
    assertEquals(3, spec(cronTabs.get("daily")).get("replicas"), "the stale write changed nothing");
  }

  @Test
  void jsonPatch() {
    cronTabs.create(cronTab("ns1", "daily", "0 0 * * *", Map.of("app", "a")));
    GenericKubernetesObject patched = cronTabs.patch("daily", PatchType.JSON,
        "[{\"op\":\"replace\",\"path\":\"/spec/cronSpec\",\"value\":\"*/5 * * * *\"},"
            + "{\"op\":\"add\",\"path\":\"/metadata/labels/tier\",\"value\":\"gold\"}]",
        PatchOptions.none());
    assertEquals("*/5 * * * *", spec(patched).get("cronSpec"));
    assertEquals(Map.of("app", "a", "tier", "gold"), patched.getMetadata().getLabels());
    assertEquals("*/5 * * * *", spec(cronTabs.get("daily")).get("cronSpec"));
  }

  @Test
  void updateStatusWritesOnlyTheStatusThroughTheSubresource() {
    GenericKubernetesObject created = cronTabs.create(cronTab("ns1", "daily", "0 0 * * *", Map.of()));
    GenericKubernetesObject withStatus = created.deepCopy();
    withStatus.set("status", Map.of("lastScheduleTime", "2024-05-01T00:00:00Z", "active", 1));
    spec(withStatus).put("replicas", 9); // not written through /status

    GenericKubernetesObject updated = cronTabs.updateStatus(withStatus, UpdateOptions.none());
    assertEquals(Map.of("lastScheduleTime", "2024-05-01T00:00:00Z", "active", 1), status(updated));
    GenericKubernetesObject got = cronTabs.get("daily");
    assertEquals(1, status(got).get("active"));
    assertEquals(1, spec(got).get("replicas"), "a status write leaves the spec alone");

    GenericKubernetesObject viaSubresource = cronTabs.get("daily", GetOptions.none(), "status");
    assertEquals(1, status(viaSubresource).get("active"));
  }

  @Test
  void deleteAndDeleteCollection() {
    cronTabs.create(cronTab("ns1", "a1", "* * * * *", Map.of("app", "a")));
    cronTabs.create(cronTab("ns1", "a2", "* * * * *", Map.of("app", "a")));
    cronTabs.create(cronTab("ns1", "b1", "* * * * *", Map.of("app", "b")));
    cronTabs.create(cronTab("ns1", "c1", "* * * * *", Map.of("app", "c")));

    cronTabs.delete("c1");
    assertTrue(assertThrows(ApiException.class, () -> cronTabs.get("c1")).isNotFound());
    assertTrue(assertThrows(ApiException.class, () -> cronTabs.delete("c1")).isNotFound());

    cronTabs.deleteCollection(DeleteOptions.none(), ListOptions.builder().labelSelector("app=a").build());
    assertEquals(List.of("b1"), names(cronTabs.list()));
  }

  @Test
  void watchSeesAddedModifiedAndDeleted() throws Exception {
    cronTabs.create(cronTab("ns1", "before", "* * * * *", Map.of("app", "w")));
    try (Watch<GenericKubernetesObject> watch =
             cronTabs.watch(ListOptions.builder().labelSelector("app=w").build())) {
      // The mock replays ADDED for existing objects: once seen, the watch is registered.
      WatchEvent<GenericKubernetesObject> replayed = watch.next();
      assertEquals(WatchEvent.Type.ADDED, replayed.type());
      assertEquals("before", replayed.object().getMetadata().getName());

      cronTabs.create(cronTab("ns1", "other", "* * * * *", Map.of("app", "x"))); // not selected
      GenericKubernetesObject created = cronTabs.create(cronTab("ns1", "new", "* * * * *", Map.of("app", "w")));
      GenericKubernetesObject changed = created.deepCopy();
      spec(changed).put("replicas", 2);
      cronTabs.update(changed);
      cronTabs.delete("new");

      WatchEvent<GenericKubernetesObject> added = watch.next();
      assertEquals(WatchEvent.Type.ADDED, added.type());
      assertEquals("new", added.object().getMetadata().getName());
      assertEquals("CronTab", added.object().getKind());
      WatchEvent<GenericKubernetesObject> modified = watch.next();
      assertEquals(WatchEvent.Type.MODIFIED, modified.type());
      assertEquals(2, spec(modified.object()).get("replicas"));
      WatchEvent<GenericKubernetesObject> deleted = watch.next();
      assertEquals(WatchEvent.Type.DELETED, deleted.type());
      assertEquals("new", deleted.object().getMetadata().getName());
    }
  }

  @Test
  void aNamespaceMismatchIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cronTabs.create(cronTab("ns2", "x", "* * * * *", Map.of())));
    assertTrue(e.getMessage().contains("ns2"), e.getMessage());
    assertTrue(dynamic.resource(CRONTABS).list().getItems().isEmpty(), "nothing was created");
  }

  private static List<String> names(GenericKubernetesList list) {
    return list.getItems().stream().map(o -> o.getMetadata().getName()).sorted().toList();
  }
}
