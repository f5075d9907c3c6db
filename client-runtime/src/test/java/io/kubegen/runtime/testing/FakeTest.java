package io.kubegen.runtime.testing;

import static io.kubegen.runtime.testing.ObjectTrackerTest.CONFIGMAPS;
import static io.kubegen.runtime.testing.ObjectTrackerTest.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.ResourceClientFactory;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.GroupVersionKind;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.Scheme;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FakeTest {
  private final Fake fake = new Fake();
  private final ResourceClient<ConfigMap, ConfigMapList> configMaps =
      fake.resourceClient(CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class);
  private final ResourceClient<ConfigMap, ConfigMapList> inNs = configMaps.inNamespace("ns");

  @Test
  void typedClientRoundTripsThroughTheTracker() {
    ConfigMap created = inNs.create(cm(null, "a", Map.of("app", "web")));
    assertEquals("ns", created.getMetadata().getNamespace());
    assertEquals("1", created.getMetadata().getResourceVersion());
    assertEquals(Map.of("k", "v"), inNs.get("a").getData());

    ConfigMapList list = configMaps.list(ListOptions.builder().labelSelector("app=web").build());
    assertEquals(1, list.getItems().size());
    assertEquals("ConfigMapList", list.getKind());
    assertEquals("1", list.getMetadata().getResourceVersion());
    assertInstanceOf(ConfigMap.class, list.getItems().get(0));

    ConfigMap stale = inNs.get("a");
    ConfigMap fresh = inNs.get("a");
    fresh.setData(Map.of("k", "fresh"));
    assertEquals("2", inNs.update(fresh).getMetadata().getResourceVersion());
    stale.setData(Map.of("k", "stale"));
    ApiException conflict = assertThrows(ApiException.class, () -> inNs.update(stale));
    assertTrue(conflict.isConflict());
    assertEquals(409, conflict.code());

    ConfigMap merged = inNs.patch("a", PatchType.MERGE, "{\"data\":{\"k\":null,\"n\":\"1\"}}", PatchOptions.none());
    assertEquals(Map.of("n", "1"), merged.getData());
    ConfigMap jsonPatched = inNs.patch("a", PatchType.JSON,
        "[{\"op\":\"add\",\"path\":\"/data/m\",\"value\":\"2\"}]", PatchOptions.none());
    assertEquals(Map.of("n", "1", "m", "2"), jsonPatched.getData());

    ConfigMap applied = inNs.apply(cm(null, "b", null).withData(Map.of("x", "1")), ApplyOptions.of("test"));
    assertEquals("b", applied.getMetadata().getName());
    assertEquals("ns", applied.getMetadata().getNamespace());

    inNs.delete("a");
    assertTrue(assertThrows(ApiException.class, () -> inNs.get("a")).isNotFound());
    inNs.deleteCollection(DeleteOptions.none(), ListOptions.none());
    assertEquals(List.of(), configMaps.list().getItems());
  }

  @Test
  void namespacesBindAsInTheHttpClient() {
    configMaps.create(cm("from-object", "a", null));
    assertEquals("from-object", configMaps.inNamespace("from-object").get("a").getMetadata().getNamespace());
    assertThrows(IllegalStateException.class, () -> configMaps.get("a"));
    assertThrows(IllegalArgumentException.class, () -> configMaps.create(cm(null, "b", null)));
    assertThrows(IllegalArgumentException.class, () -> inNs.create(cm("other", "b", null)));

    GroupVersionResource namespaces = new GroupVersionResource("", "v1", "namespaces");
    ResourceClient<GenericKubernetesObject, GenericKubernetesList> cluster =
        fake.resourceClient(namespaces, false, GenericKubernetesObject.class, GenericKubernetesList.class);
    assertThrows(IllegalStateException.class, () -> cluster.inNamespace("x"));
    GenericKubernetesObject ns = new GenericKubernetesObject("v1", "Namespace");
    ns.setMetadata(new ObjectMeta().withName("team"));
    cluster.create(ns);
    assertEquals("team", cluster.get("team").getMetadata().getName());
    assertNull(cluster.get("team").getMetadata().getNamespace());
  }

  @Test
  void updateStatusGoesThroughTheStatusSubresource() {
    GroupVersionResource deployments = new GroupVersionResource("apps", "v1", "deployments");
    ResourceClient<GenericKubernetesObject, GenericKubernetesList> client = fake
        .resourceClient(deployments, true, GenericKubernetesObject.class, GenericKubernetesList.class)
        .inNamespace("ns");
    GenericKubernetesObject d = new GenericKubernetesObject("apps/v1", "Deployment");
    d.setMetadata(new ObjectMeta().withName("web"));
    d.set("spec", Map.of("replicas", 1));
    client.create(d);
    GenericKubernetesObject withStatus = client.get("web");
    withStatus.set("spec", Map.of("replicas", 9));
    withStatus.set("status", Map.of("ready", true));
    GenericKubernetesObject result = client.updateStatus(withStatus);
    assertEquals(Map.of("replicas", 1), result.get("spec"));
    assertEquals(Map.of("ready", true), result.get("status"));
    Action last = fake.actions().get(fake.actions().size() - 1);
    assertEquals("update", last.verb());
    assertEquals("status", last.subresource());

    assertEquals(1, client.getScale("web", null).getSpec().getReplicas());
  }

  @Test
  void actionsAreRecordedWithTheirDetails() {
    inNs.create(cm(null, "a", null), CreateOptions.fieldManager("me"));
    inNs.get("a");
    configMaps.list(ListOptions.builder().labelSelector("x=y").build());
    inNs.patch("a", PatchType.MERGE, "{}", PatchOptions.none());
    inNs.delete("a", DeleteOptions.propagation("Foreground"));

    List<Action> actions = fake.actions();
    assertEquals(List.of("create", "get", "list", "patch", "delete"), actions.stream().map(Action::verb).toList());
    Action create = actions.get(0);
    assertEquals(CONFIGMAPS, create.resource());
    assertEquals("ns", create.namespace());
    assertEquals("a", create.name());
    assertInstanceOf(ConfigMap.class, create.object());
    assertEquals(CreateOptions.fieldManager("me"), create.options());
    assertEquals("", actions.get(2).namespace());
    assertEquals("x=y", actions.get(2).listOptions().labelSelector());
    assertEquals(PatchType.MERGE, actions.get(3).patchType());
    assertEquals("{}", actions.get(3).patch());
    assertEquals("Foreground", ((DeleteOptions) actions.get(4).options()).propagationPolicy());
    assertTrue(actions.get(0).matches("create", "configmaps"));

    fake.clearActions();
    assertEquals(List.of(), fake.actions());
  }

  @Test
  void recordedObjectsAndResultsAreCopies() {
    ConfigMap mine = cm(null, "a", null);
    ConfigMap created = inNs.create(mine);
    assertNotSame(mine, created);
    assertNotSame(mine, fake.actions().get(0).object());
    mine.setData(Map.of("k", "changed"));
    created.setData(Map.of("k", "changed too"));
    assertEquals(Map.of("k", "v"), ((ConfigMap) fake.actions().get(0).object()).getData());
    assertEquals(Map.of("k", "v"), inNs.get("a").getData());
  }

  @Test
  void reactorInjectsAnErrorForCreateOnConfigMaps() {
    fake.prependReactor("create", "configmaps", Reactor.failWith(
        () -> StatusErrors.internalError("etcd is on fire")));
    ApiException e = assertThrows(ApiException.class, () -> inNs.create(cm(null, "a", null)));
    assertTrue(e.isInternalError());
    assertEquals(500, e.code());
    assertEquals("Internal error occurred: etcd is on fire", e.getMessage());
    assertEquals(1, fake.actions().size(), "the failed call is recorded too");
    assertTrue(assertThrows(ApiException.class, () -> inNs.get("a")).isNotFound(), "nothing was stored");
  }

  @Test
  void firstHandlingReactorWinsAndUnhandledFallsThrough() {
    AtomicInteger seen = new AtomicInteger();
    fake.addReactor("*", "*", action -> {
      seen.incrementAndGet();
      return Reaction.notHandled();
    });
    fake.addReactor("get", "configmaps", action -> Reaction.handled(cm(action.namespace(), action.name(), null)
        .withData(Map.of("from", "reactor"))));
    fake.addReactor("get", "*", action -> {
      throw new AssertionError("an earlier reactor handled it");
    });

    assertEquals(Map.of("from", "reactor"), inNs.get("anything").getData());
    assertEquals(1, seen.get());

    inNs.create(cm(null, "real", null)); // the wildcard does not handle: the tracker does
    assertEquals(2, seen.get());
    assertEquals("real", configMaps.list().getItems().get(0).getMetadata().getName());

    fake.prependReactor("list", "*", action -> Reaction.handled(new ConfigMapList()));
    assertEquals(List.of(), configMaps.list().getItems());
  }

  @Test
  void subresourceMatchingFollowsClientGo() {
    Action status = new Action("update", CONFIGMAPS, "status", "ns", "a", null, null, null, null, null);
    Action plain = new Action("update", CONFIGMAPS, "", "ns", "a", null, null, null, null, null);
    assertTrue(status.coveredBy("update", "configmaps"));
    assertTrue(status.coveredBy("update", "configmaps/status"));
    assertTrue(status.coveredBy("*", "*"));
    assertTrue(!plain.coveredBy("update", "configmaps/status"));
    assertTrue(!status.coveredBy("update", "configmaps/scale"));
    assertTrue(!status.coveredBy("patch", "configmaps"));
    assertTrue(!status.coveredBy("update", "secrets"));

    fake.prependReactor("update", "configmaps/status", Reactor.failWith(
        () -> StatusErrors.conflict(CONFIGMAPS.groupResource(), "a", "injected")));
    inNs.create(cm(null, "a", null));
    ConfigMap current = inNs.get("a");
    assertEquals("Operation cannot be fulfilled on configmaps \"a\": injected",
        assertThrows(ApiException.class, () -> inNs.updateStatus(current)).getMessage());
    current.setData(Map.of("k", "ok"));
    assertEquals(Map.of("k", "ok"), inNs.update(current, UpdateOptions.none()).getData());
  }

  @Test
  void watchThroughTheClientIsTypedAndWatchReactorsCanReplaceIt() throws Exception {
    try (Watch<ConfigMap> w = inNs.watch(ListOptions.none())) {
      inNs.create(cm(null, "a", null));
      WatchEvent<ConfigMap> e = w.next();
      assertEquals(WatchEvent.Type.ADDED, e.type());
      assertInstanceOf(ConfigMap.class, e.object());
      assertEquals(Map.of("k", "v"), e.object().getData());
    }
    assertEquals(0, fake.tracker().watcherCount());

    FakeWatch<Object> scripted = new FakeWatch<>();
    fake.prependWatchReactor("configmaps", action -> scripted);
    try (Watch<ConfigMap> w = inNs.watch(ListOptions.none())) {
      GenericKubernetesObject generic = new GenericKubernetesObject("v1", "ConfigMap");
      generic.setMetadata(new ObjectMeta().withName("scripted"));
      generic.set("data", Map.of("via", "json"));
      scripted.modify(generic);
      scripted.error(StatusErrors.statusOf(StatusErrors.expired("too old resource version: 1 (2)")));
      scripted.stop();
      WatchEvent<ConfigMap> modified = w.next();
      assertEquals(WatchEvent.Type.MODIFIED, modified.type());
      assertEquals(Map.of("via", "json"), modified.object().getData());
      WatchEvent<ConfigMap> error = w.next();
      assertEquals(WatchEvent.Type.ERROR, error.type());
      assertEquals("Expired", error.status().getReason());
      assertNull(w.next());
    }
    assertTrue(scripted.isClosed());
    assertEquals("watch", fake.actions().get(fake.actions().size() - 1).verb());
  }

  @Test
  void seededFakeWithASchemeIsAResourceClientFactory() {
    Scheme scheme = new Scheme()
        .addKnownTypes(new GroupVersion("", "v1"), ConfigMap.class, ConfigMapList.class)
        .addResource(CONFIGMAPS, GroupVersionKind.of("v1", "ConfigMap"), true);
    ConfigMapList seed = new ConfigMapList();
    seed.setItems(List.of(cm("ns", "one", null), cm("ns", "two", null)));
    Fake seeded = Fake.withObjects(scheme, seed, cm("other", "three", null));
    ResourceClientFactory factory = seeded;
    ResourceClient<ConfigMap, ConfigMapList> client =
        factory.resourceClient(CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class);
    assertEquals(3, client.list().getItems().size());
    assertNotNull(client.inNamespace("other").get("three").getMetadata().getUid());
    assertSame(seeded.tracker(), seeded.tracker());
  }
}
