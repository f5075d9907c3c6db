package io.kubegen.runtime.leaderelection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.MicroTime;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.JsonCodec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaseTest {
  private static final String JSON = """
      {"apiVersion":"coordination.k8s.io/v1","kind":"Lease",\
      "metadata":{"name":"my-controller","namespace":"kube-system","resourceVersion":"42"},\
      "spec":{"holderIdentity":"pod-a","leaseDurationSeconds":15,\
      "acquireTime":"2024-05-01T10:00:00.123456Z","renewTime":"2024-05-01T10:00:02.000001Z",\
      "leaseTransitions":3,"futureField":{"x":1}},"status":{"ignored":true}}""";

  @Test
  void readsTheApiServersJsonIgnoringUnknownFields() {
    Lease lease = JsonCodec.shared().read(JSON, Lease.class);

    assertEquals("coordination.k8s.io/v1", lease.getApiVersion());
    assertEquals("Lease", lease.getKind());
    assertEquals("my-controller", lease.getMetadata().getName());
    LeaseSpec spec = lease.getSpec();
    assertEquals("pod-a", spec.getHolderIdentity());
    assertEquals(15, spec.getLeaseDurationSeconds());
    assertEquals(MicroTime.parse("2024-05-01T10:00:00.123456Z"), spec.getAcquireTime());
    assertEquals(MicroTime.parse("2024-05-01T10:00:02.000001Z"), spec.getRenewTime());
    assertEquals(3, spec.getLeaseTransitions());
    assertNull(spec.getPreferredHolder());
    assertNull(spec.getStrategy());
  }

  @Test
  void writesMicroTimesAndLeavesOutNulls() {
    Lease lease = new Lease()
        .withMetadata(new ObjectMeta().withName("l").withNamespace("ns"))
        .withSpec(new LeaseSpec().withHolderIdentity("a").withLeaseDurationSeconds(10)
            .withRenewTime(MicroTime.parse("2024-05-01T10:00:00.5Z")));

    String json = JsonCodec.shared().writeString(lease);

    assertEquals("{\"apiVersion\":\"coordination.k8s.io/v1\",\"kind\":\"Lease\","
        + "\"metadata\":{\"name\":\"l\",\"namespace\":\"ns\"},"
        + "\"spec\":{\"holderIdentity\":\"a\",\"leaseDurationSeconds\":10,\"renewTime\":\"2024-05-01T10:00:00.500000Z\"}}", json);
    assertEquals(lease, JsonCodec.shared().read(json, Lease.class));
  }

  @Test
  void deepCopyIsEqualAndIndependent() {
    Lease lease = JsonCodec.shared().read(JSON, Lease.class);
    Lease copy = lease.deepCopy();
    assertEquals(lease, copy);
    assertEquals(lease.hashCode(), copy.hashCode());
    assertNotSame(lease.getSpec(), copy.getSpec());

    copy.getSpec().setHolderIdentity("pod-b");
    copy.getMetadata().setResourceVersion("43");
    assertEquals("pod-a", lease.getSpec().getHolderIdentity());
    assertEquals("42", lease.getMetadata().getResourceVersion());
    assertNotEquals(lease, copy);

    LeaseList list = new LeaseList().withItems(List.of(lease));
    LeaseList listCopy = list.deepCopy();
    assertEquals(list, listCopy);
    assertNotSame(list.getItems().get(0), listCopy.getItems().get(0));
    assertEquals("LeaseList", JsonCodec.shared().read(JsonCodec.shared().write(list), LeaseList.class).getKind());
  }

  @Test
  void recordConvertsToAndFromTheLeaseSpec() {
    LeaseSpec spec = JsonCodec.shared().read(JSON, Lease.class).getSpec();
    LeaderElectionRecord record = LeaderElectionRecord.fromLeaseSpec(spec);
    assertEquals(new LeaderElectionRecord("pod-a", 15, spec.getAcquireTime(), spec.getRenewTime(), 3, null, null), record);
    assertEquals(spec, record.toLeaseSpec());

    assertEquals(LeaderElectionRecord.EMPTY, LeaderElectionRecord.fromLeaseSpec(new LeaseSpec()));
    assertEquals(LeaderElectionRecord.EMPTY, LeaderElectionRecord.fromLeaseSpec(null));
  }

  @Test
  void leaseLockCreatesReadsAndUpdatesWithOptimisticConcurrency() {
    InMemoryLeaseClient.Store store = new InMemoryLeaseClient.Store();
    LeaseLock first = new LeaseLock(store.connect(), "kube-system", "ctrl", Map.of("app", "ctrl"));
    LeaseLock second = new LeaseLock(store.connect(), "kube-system", "ctrl");

    ApiException missing = assertThrows(ApiException.class, first::get);
    assertTrue(missing.isNotFound());
    assertThrows(IllegalStateException.class, () -> first.update(LeaderElectionRecord.EMPTY));

    LeaderElectionRecord a = new LeaderElectionRecord("a", 15, MicroTime.parse("2024-05-01T10:00:00Z"),
        MicroTime.parse("2024-05-01T10:00:00Z"), 0, null, null);
    first.create(a);
    assertEquals(Map.of("app", "ctrl"), store.lease("kube-system", "ctrl").getMetadata().getLabels());
    ApiException exists = assertThrows(ApiException.class, () -> second.create(a));
    assertTrue(exists.isAlreadyExists());

    assertEquals(a, second.get());
    LeaderElectionRecord b = new LeaderElectionRecord("b", 15, null, null, 1, null, null);
    second.update(b);
    assertEquals("b", store.lease("kube-system", "ctrl").getSpec().getHolderIdentity());

    ApiException stale = assertThrows(ApiException.class, () -> first.update(a));
    assertTrue(stale.isConflict());
    assertEquals(b, first.get());
    first.update(a); // fresh again after a read
    assertEquals("kube-system/ctrl", first.describe());
  }
}
