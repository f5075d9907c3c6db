package io.kubegen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.StatusReason;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ObjectTrackerTest {
  static final GroupVersionResource CONFIGMAPS = new GroupVersionResource("", "v1", "configmaps");
  static final GroupVersionResource DEPLOYMENTS = new GroupVersionResource("apps", "v1", "deployments");

  private final ObjectTracker tracker = ObjectTracker.builder()
      .clock(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC))
      .random(new Random(42))
      .build();

  static ConfigMap cm(String ns, String name, Map<String, String> labels) {
    ConfigMap cm = ConfigMap.named(ns, name);
    cm.getMetadata().setLabels(labels);
    cm.setData(Map.of("k", "v"));
    return cm;
  }

  @Test
  void createSetsSystemFieldsAndGetReturnsIt() {
    GenericKubernetesObject created = tracker.create(CONFIGMAPS, cm("ns", "a", null), "ns");
    ObjectMeta meta = created.getMetadata();
    assertEquals("a", meta.getName());
    assertEquals("ns", meta.getNamespace());
    assertEquals("1", meta.getResourceVersion());
    assertEquals(1L, meta.getGeneration());
    assertEquals("2024-05-01T10:00:00Z", meta.getCreationTimestamp().toString());
    assertTrue(meta.getUid().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), meta.getUid());
    assertEquals(created, tracker.get(CONFIGMAPS, "ns", "a"));
    assertEquals(Map.of("k", "v"), tracker.get(CONFIGMAPS, "ns", "a").get("data"));
    assertEquals("1", tracker.resourceVersion());
  }

  @Test
  void errorsAreShapedLikeTheApiServers() {
    ApiException notFound = assertThrows(ApiException.class, () -> tracker.get(CONFIGMAPS, "ns", "x"));
    assertTrue(notFound.isNotFound());
    assertEquals(404, notFound.code());
    assertEquals(404, notFound.status().getCode());
    assertEquals("NotFound", notFound.status().getReason());
    assertEquals("Failure", notFound.status().getStatus());
    assertEquals("configmaps \"x\" not found", notFound.status().getMessage());
    assertEquals("configmaps \"x\" not found", notFound.getMessage());
    assertEquals("x", notFound.status().getDetails().getName());
    assertEquals("configmaps", notFound.status().getDetails().getKind());
    assertEquals("", notFound.status().getDetails().getGroup());

    tracker.create(CONFIGMAPS, cm("ns", "x", null), "ns");
    ApiException exists = assertThrows(ApiException.class, () -> tracker.create(CONFIGMAPS, cm("ns", "x", null), "ns"));
    assertTrue(exists.isAlreadyExists());
    assertEquals(409, exists.code());
    assertEquals("AlreadyExists", exists.status().getReason());
    assertEquals("configmaps \"x\" already exists", exists.status().getMessage());

    ApiException grouped = assertThrows(ApiException.class, () -> tracker.get(DEPLOYMENTS, "ns", "web"));
    assertEquals("deployments.apps \"web\" not found", grouped.getMessage());
    assertEquals("apps", grouped.status().getDetails().getGroup());

    ApiException mismatch = assertThrows(ApiException.class, () -> tracker.create(CONFIGMAPS, cm("other", "y", null), "ns"));
    assertTrue(mismatch.isBadRequest());
    assertEquals(400, mismatch.code());
    assertEquals("the namespace of the provided object does not match the namespace sent on the request",
        mismatch.getMessage());

    ApiException noName = assertThrows(ApiException.class, () -> tracker.create(CONFIGMAPS, new ConfigMap(), "ns"));
    assertTrue(noName.isInvalid());
    assertEquals(422, noName.code());
    assertEquals("ConfigMap \"\" is invalid: metadata.name: Required value: name or generateName is required",
        noName.getMessage());
    assertEquals("metadata.name", noName.status().getDetails().getCauses().get(0).getField());
  }

  @Test
  void updateWithStaleResourceVersionConflicts() {
    tracker.create(CONFIGMAPS, cm("ns", "a", null), "ns");
    ConfigMap first = JsonCodecs.convert(tracker.get(CONFIGMAPS, "ns", "a"), ConfigMap.class);
    ConfigMap second = first.deepCopy();

    first.setData(Map.of("k", "first"));
    GenericKubernetesObject updated = tracker.update(CONFIGMAPS, first, "ns");
    assertEquals("2", updated.getMetadata().getResourceVersion());

    second.setData(Map.of("k", "second"));
    ApiException conflict = assertThrows(ApiException.class, () -> tracker.update(CONFIGMAPS, second, "ns"));
    assertTrue(conflict.isConflict());
    assertEquals(409, conflict.code());
    assertEquals("Conflict", conflict.status().getReason());
    assertEquals("Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your "
        + "changes to the latest version and try again", conflict.getMessage());
    assertEquals("a", conflict.status().getDetails().getName());
    assertEquals(Map.of("k", "first"), tracker.get(CONFIGMAPS, "ns", "a").get("data"));

    // an empty resourceVersion is an unconditional update
    second.getMetadata().setResourceVersion(null);
    assertEquals("3", tracker.update(CONFIGMAPS, second, "ns").getMetadata().getResourceVersion());
    assertEquals(Map.of("k", "second"), tracker.get(CONFIGMAPS, "ns", "a").get("data"));
  }

  @Test
  void updateKeepsSystemFieldsBumpsGenerationAndSkipsNoOps() {
    GenericKubernetesObject created = tracker.create(CONFIGMAPS, cm("ns", "a", null), "ns");
    ConfigMap change = cm("ns", "a", null);
    change.getMetadata().setUid("forged");
    change.setData(Map.of("k", "changed"));
    GenericKubernetesObject updated = tracker.update(CONFIGMAPS, change, "ns");
    assertEquals(created.getMetadata().getUid(), updated.getMetadata().getUid());
    assertEquals(created.getMetadata().getCreationTimestamp(), updated.getMetadata().getCreationTimestamp());
    assertEquals(2L, updated.getMetadata().getGeneration());

    // same content again: nothing is written
    GenericKubernetesObject again = tracker.update(CONFIGMAPS, change, "ns");
    assertEquals(updated.getMetadata().getResourceVersion(), again.getMetadata().getResourceVersion());
    assertEquals(updated.getMetadata().getResourceVersion(), tracker.resourceVersion());

    // a label change is not a spec change
    change.getMetadata().setLabels(Map.of("l", "1"));
    GenericKubernetesObject relabelled = tracker.update(CONFIGMAPS, change, "ns");
    assertEquals(2L, relabelled.getMetadata().getGeneration());
    assertNotEquals(updated.getMetadata().getResourceVersion(), relabelled.getMetadata().getResourceVersion());

    ApiException missing = assertThrows(ApiException.class, () -> tracker.update(CONFIGMAPS, cm("ns", "zz", null), "ns"));
    assertTrue(missing.isNotFound());
  }

  @Test
  void updateStatusReplacesOnlyStatusAndStatusSubresourceProtectsIt() {
    ObjectTracker t = ObjectTracker.builder().statusSubresource(DEPLOYMENTS).build();
    GenericKubernetesObject d = new GenericKubernetesObject("apps/v1", "Deployment");
    d.setMetadata(new ObjectMeta().withName("web").withNamespace("ns"));
    d.set("spec", Map.of("replicas", 1));
    t.create(DEPLOYMENTS, d, "ns");

    GenericKubernetesObject statusChange = t.get(DEPLOYMENTS, "ns", "web");
    statusChange.set("spec", Map.of("replicas", 5));
    statusChange.set("status", Map.of("readyReplicas", 1));
    GenericKubernetesObject afterStatus = t.updateStatus(DEPLOYMENTS, statusChange, "ns");
    assertEquals(Map.of("replicas", 1), afterStatus.get("spec"));
    assertEquals(Map.of("readyReplicas", 1), afterStatus.get("status"));
    assertEquals(1L, afterStatus.getMetadata().getGeneration());

    GenericKubernetesObject specChange = t.get(DEPLOYMENTS, "ns", "web");
    specChange.set("spec", Map.of("replicas", 3));
    specChange.set("status", Map.of("readyReplicas", 99));
    GenericKubernetesObject afterUpdate = t.update(DEPLOYMENTS, specChange, "ns");
    assertEquals(Map.of("replicas", 3), afterUpdate.get("spec"));
    assertEquals(Map.of("readyReplicas", 1), afterUpdate.get("status"));
    assertEquals(2L, afterUpdate.getMetadata().getGeneration());
  }

  @Test
  void listFiltersByLabelAndFieldSelectorsAndCarriesResourceVersion() {
    tracker.create(CONFIGMAPS, cm("a", "one", Map.of("app", "web", "tier", "front")), "a");
    tracker.create(CONFIGMAPS, cm("a", "two", Map.of("app", "db")), "a");
    tracker.create(CONFIGMAPS, cm("b", "one", Map.of("app", "web")), "b");

    assertEquals(List.of("a/one", "a/two", "b/one"), keys(tracker.list(CONFIGMAPS, "", ListOptions.none())));
    assertEquals(List.of("a/one", "a/two"), keys(tracker.list(CONFIGMAPS, "a", ListOptions.none())));
    assertEquals(List.of("a/one", "b/one"), keys(tracker.list(CONFIGMAPS, null,
        ListOptions.builder().labelSelector("app=web").build())));
    assertEquals(List.of("a/two"), keys(tracker.list(CONFIGMAPS, null,
        ListOptions.builder().labelSelector("app in (db,cache),!tier").build())));
    assertEquals(List.of("a/one", "b/one"), keys(tracker.list(CONFIGMAPS, null,
        ListOptions.builder().fieldSelector("metadata.name=one").build())));
    assertEquals(List.of("b/one"), keys(tracker.list(CONFIGMAPS, null,
        ListOptions.builder().fieldSelector("metadata.name=one,metadata.namespace!=a").build())));
    assertEquals(List.of("a/one"), keys(tracker.list(CONFIGMAPS, "a",
        ListOptions.builder().labelSelector("app=web").fieldSelector("metadata.name==one").build())));

    GenericKubernetesList list = tracker.list(CONFIGMAPS, "", ListOptions.none());
    assertEquals("3", list.getMetadata().getResourceVersion());
    assertEquals("v1", list.getApiVersion());
    assertEquals("ConfigMapList", list.getKind());

    ApiException bad = assertThrows(ApiException.class, () -> tracker.list(CONFIGMAPS, "",
        ListOptions.builder().labelSelector("app in (").build()));
    assertTrue(bad.isBadRequest());
  }

  @Test
  void listPagesWithLimitAndContinue() {
    for (String name : List.of("a", "b", "c", "d", "e")) {
      tracker.create(CONFIGMAPS, cm("ns", name, null), "ns");
    }
    GenericKubernetesList page1 = tracker.list(CONFIGMAPS, "ns", ListOptions.builder().limit(2L).build());
    assertEquals(List.of("ns/a", "ns/b"), keys(page1));
    assertEquals(3L, page1.getMetadata().getRemainingItemCount());
    GenericKubernetesList page2 = tracker.list(CONFIGMAPS, "ns",
        ListOptions.builder().limit(2L).continueToken(page1.getMetadata().getContinue()).build());
    assertEquals(List.of("ns/c", "ns/d"), keys(page2));
    GenericKubernetesList page3 = tracker.list(CONFIGMAPS, "ns",
        ListOptions.builder().limit(2L).continueToken(page2.getMetadata().getContinue()).build());
    assertEquals(List.of("ns/e"), keys(page3));
    assertNull(page3.getMetadata().getContinue());
  }

  @Test
  void deleteHonoursPreconditionsAndFinalizers() {
    GenericKubernetesObject created = tracker.create(CONFIGMAPS, cm("ns", "a", null), "ns");
    ApiException wrongUid = assertThrows(ApiException.class, () -> tracker.delete(CONFIGMAPS, "ns", "a",
        DeleteOptions.none().withPreconditions(new DeleteOptions.Preconditions("other", null))));
    assertTrue(wrongUid.isConflict());
    assertEquals("Operation cannot be fulfilled on configmaps \"a\": Precondition failed: UID in precondition: other, "
        + "UID in object meta: " + created.getMetadata().getUid(), wrongUid.getMessage());
    ApiException wrongRv = assertThrows(ApiException.class, () -> tracker.delete(CONFIGMAPS, "ns", "a",
        DeleteOptions.none().withPreconditions(new DeleteOptions.Preconditions(null, "0"))));
    assertTrue(wrongRv.isConflict());

    tracker.delete(CONFIGMAPS, "ns", "a", DeleteOptions.none().withPreconditions(
        new DeleteOptions.Preconditions(created.getMetadata().getUid(), created.getMetadata().getResourceVersion())));
    assertTrue(assertThrows(ApiException.class, () -> tracker.get(CONFIGMAPS, "ns", "a")).isNotFound());
    assertTrue(assertThrows(ApiException.class, () -> tracker.delete(CONFIGMAPS, "ns", "a", null)).isNotFound());

    ConfigMap guarded = cm("ns", "g", null);
    guarded.getMetadata().setFinalizers(List.of("example.com/cleanup"));
    tracker.create(CONFIGMAPS, guarded, "ns");
    tracker.delete(CONFIGMAPS, "ns", "g", null);
    GenericKubernetesObject marked = tracker.get(CONFIGMAPS, "ns", "g");
    assertNotNull(marked.getMetadata().getDeletionTimestamp());
    marked.getMetadata().setFinalizers(null);
    tracker.update(CONFIGMAPS, marked, "ns");
    assertTrue(assertThrows(ApiException.class, () -> tracker.get(CONFIGMAPS, "ns", "g")).isNotFound());
  }

  @Test
  void deleteCollectionDeletesWhatTheSelectorsSelect() {
    tracker.create(CONFIGMAPS, cm("a", "one", Map.of("app", "web")), "a");
    tracker.create(CONFIGMAPS, cm("a", "two", Map.of("app", "db")), "a");
    tracker.create(CONFIGMAPS, cm("b", "three", Map.of("app", "web")), "b");
    tracker.deleteCollection(CONFIGMAPS, "a", DeleteOptions.none(), ListOptions.builder().labelSelector("app=web").build());
    assertEquals(List.of("a/two", "b/three"), keys(tracker.list(CONFIGMAPS, "", ListOptions.none())));
    tracker.deleteCollection(CONFIGMAPS, "", DeleteOptions.none(), ListOptions.none());
    assertEquals(List.of(), keys(tracker.list(CONFIGMAPS, "", ListOptions.none())));
  }

  @Test
  void jsonAndMergePatches() {
    tracker.create(CONFIGMAPS, cm("ns", "a", Map.of("app", "web")).withData(Map.of("x", "1", "y", "2")), "ns");

    GenericKubernetesObject merged = tracker.patch(CONFIGMAPS, "ns", "a", PatchType.MERGE,
        "{\"data\":{\"x\":null,\"z\":\"3\"},\"metadata\":{\"labels\":{\"new\":\"yes\"}}}", "");
    assertEquals(Map.of("y", "2", "z", "3"), merged.get("data"));
    assertEquals(Map.of("app", "web", "new", "yes"), merged.getMetadata().getLabels());
    assertEquals("2", merged.getMetadata().getResourceVersion());

    GenericKubernetesObject patched = tracker.patch(CONFIGMAPS, "ns", "a", PatchType.JSON,
        "[{\"op\":\"test\",\"path\":\"/data/y\",\"value\":\"2\"},"
            + "{\"op\":\"replace\",\"path\":\"/data/y\",\"value\":\"22\"},"
            + "{\"op\":\"add\",\"path\":\"/metadata/labels/a~1b\",\"value\":\"slash\"},"
            + "{\"op\":\"remove\",\"path\":\"/data/z\"}]", "");
    assertEquals(Map.of("y", "22"), patched.get("data"));
    assertEquals("slash", patched.getMetadata().getLabels().get("a/b"));

    ApiException failedTest = assertThrows(ApiException.class, () -> tracker.patch(CONFIGMAPS, "ns", "a", PatchType.JSON,
        "[{\"op\":\"test\",\"path\":\"/data/y\",\"value\":\"2\"},{\"op\":\"remove\",\"path\":\"/data/y\"}]", ""));
    assertTrue(failedTest.isInvalid());
    assertEquals(Map.of("y", "22"), tracker.get(CONFIGMAPS, "ns", "a").get("data"));

    ApiException malformed = assertThrows(ApiException.class, () -> tracker.patch(CONFIGMAPS, "ns", "a",
        PatchType.MERGE, "{not json", ""));
    assertTrue(malformed.isBadRequest());

    ApiException stale = assertThrows(ApiException.class, () -> tracker.patch(CONFIGMAPS, "ns", "a", PatchType.MERGE,
        "{\"metadata\":{\"resourceVersion\":\"1\"},\"data\":{\"y\":\"stale\"}}", ""));
    assertTrue(stale.isConflict());

    ApiException missing = assertThrows(ApiException.class, () -> tracker.patch(CONFIGMAPS, "ns", "nope",
        PatchType.MERGE, "{}", ""));
    assertTrue(missing.isNotFound());

    ApiException rename = assertThrows(ApiException.class, () -> tracker.patch(CONFIGMAPS, "ns", "a",
        PatchType.MERGE, "{\"metadata\":{\"name\":\"b\"}}", ""));
    assertTrue(rename.isBadRequest());
  }

  @Test
  void applyCreatesThenMerges() {
    GenericKubernetesObject created = tracker.patch(CONFIGMAPS, "ns", "a", PatchType.APPLY,
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\"},\"data\":{\"x\":\"1\"}}", "");
    assertEquals("1", created.getMetadata().getResourceVersion());
    assertEquals("ns", created.getMetadata().getNamespace());
    GenericKubernetesObject merged = tracker.patch(CONFIGMAPS, "ns", "a", PatchType.APPLY,
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\"},\"data\":{\"y\":\"2\"}}", "");
    assertEquals(Map.of("x", "1", "y", "2"), merged.get("data"));
    assertEquals(created.getMetadata().getUid(), merged.getMetadata().getUid());
  }

  @Test
  void generateNameAddsFiveCharactersOfTheApiServersAlphabet() {
    ConfigMap template = new ConfigMap().withMetadata(new ObjectMeta().withGenerateName("job-"));
    String first = tracker.create(CONFIGMAPS, template, "ns").getMetadata().getName();
    String second = tracker.create(CONFIGMAPS, template, "ns").getMetadata().getName();
    assertTrue(first.matches("job-[bcdfghjklmnpqrstvwxz2456789]{5}"), first);
    assertTrue(second.matches("job-[bcdfghjklmnpqrstvwxz2456789]{5}"), second);
    assertNotEquals(first, second);
    assertEquals(first, tracker.get(CONFIGMAPS, "ns", first).getMetadata().getName());

    String longBase = "x".repeat(70);
    String truncated = tracker.create(CONFIGMAPS,
        new ConfigMap().withMetadata(new ObjectMeta().withGenerateName(longBase)), "ns").getMetadata().getName();
    assertEquals(63, truncated.length());
  }

  @Test
  void returnedAndStoredObjectsAreCopies() {
    ConfigMap original = cm("ns", "a", Map.of("app", "web"));
    tracker.create(CONFIGMAPS, original, "ns");
    original.getMetadata().getLabels(); // the caller keeps its object
    original.setData(Map.of("k", "mutated by caller"));
    assertEquals(Map.of("k", "v"), tracker.get(CONFIGMAPS, "ns", "a").get("data"));

    GenericKubernetesObject got = tracker.get(CONFIGMAPS, "ns", "a");
    got.getMetadata().setLabels(Map.of("hacked", "yes"));
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) got.get("data");
    data.put("k", "mutated");
    GenericKubernetesObject again = tracker.get(CONFIGMAPS, "ns", "a");
    assertEquals(Map.of("app", "web"), again.getMetadata().getLabels());
    assertEquals(Map.of("k", "v"), again.get("data"));

    GenericKubernetesList list = tracker.list(CONFIGMAPS, "ns", ListOptions.none());
    list.getItems().get(0).getMetadata().setName("renamed");
    assertEquals("a", tracker.list(CONFIGMAPS, "ns", ListOptions.none()).getItems().get(0).getMetadata().getName());
  }

  @Test
  void addSeedsObjectsAndExpandsLists() {
    ConfigMapList list = new ConfigMapList();
    list.setItems(List.of(cm("ns", "one", null), cm("ns", "two", null)));
    GenericKubernetesObject deployment = new GenericKubernetesObject("apps/v1", "Deployment");
    deployment.setMetadata(new ObjectMeta().withName("web").withNamespace("ns").withUid("fixed-uid"));
    GenericKubernetesObject policy = new GenericKubernetesObject("networking.k8s.io/v1", "NetworkPolicy");
    policy.setMetadata(new ObjectMeta().withName("deny").withNamespace("ns"));
    GenericKubernetesObject ingress = new GenericKubernetesObject("networking.k8s.io/v1", "Ingress");
    ingress.setMetadata(new ObjectMeta().withName("in").withNamespace("ns"));
    tracker.add(list, deployment, policy, ingress);

    assertEquals(List.of("ns/one", "ns/two"), keys(tracker.list(CONFIGMAPS, "ns", ListOptions.none())));
    assertEquals("fixed-uid", tracker.get(DEPLOYMENTS, "ns", "web").getMetadata().getUid());
    assertNotNull(tracker.get(new GroupVersionResource("networking.k8s.io", "v1", "networkpolicies"), "ns", "deny"));
    assertNotNull(tracker.get(new GroupVersionResource("networking.k8s.io", "v1", "ingresses"), "ns", "in"));

    // adding again replaces, with a new resourceVersion
    String before = tracker.get(DEPLOYMENTS, "ns", "web").getMetadata().getResourceVersion();
    tracker.add(deployment);
    assertNotEquals(before, tracker.get(DEPLOYMENTS, "ns", "web").getMetadata().getResourceVersion());
  }

  @Test
  void scaleReadsAndWritesSpecReplicas() {
    GenericKubernetesObject d = new GenericKubernetesObject("apps/v1", "Deployment");
    d.setMetadata(new ObjectMeta().withName("web").withNamespace("ns"));
    d.set("spec", Map.of("replicas", 2, "selector", Map.of("matchLabels", Map.of("app", "web"))));
    d.set("status", Map.of("replicas", 1));
    tracker.create(DEPLOYMENTS, d, "ns");
    var scale = tracker.getScale(DEPLOYMENTS, "ns", "web");
    assertEquals(2, scale.getSpec().getReplicas());
    assertEquals(1, scale.getStatus().getReplicas());
    assertEquals("app=web", scale.getStatus().getSelector());
    scale.getSpec().setReplicas(5);
    assertEquals(5, tracker.updateScale(DEPLOYMENTS, "ns", "web", scale).getSpec().getReplicas());
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) tracker.get(DEPLOYMENTS, "ns", "web").get("spec");
    assertEquals(5, spec.get("replicas"));
    ApiException stale = assertThrows(ApiException.class, () -> tracker.updateScale(DEPLOYMENTS, "ns", "web", scale));
    assertEquals(StatusReason.CONFLICT, stale.reason());
  }

  static List<String> keys(GenericKubernetesList list) {
    return list.getItems().stream().map(o -> o.getMetadata().getNamespace() + "/" + o.getMetadata().getName()).toList();
  }
}
