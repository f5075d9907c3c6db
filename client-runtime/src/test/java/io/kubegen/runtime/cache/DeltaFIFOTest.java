package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.TestObjects.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.fixtures.ConfigMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeltaFIFOTest {
  private final Indexer<ConfigMap> known = Stores.newIndexer(Map.of());
  private final DeltaFIFO<ConfigMap> fifo = new DeltaFIFO<>(known);

  /** Type names of the deltas, with tombstones marked. */
  private static List<String> types(List<Delta<ConfigMap>> deltas) {
    List<String> result = new ArrayList<>();
    for (Delta<ConfigMap> d : deltas) {
      result.add(d.type() + (d.isTombstone() ? "(tombstone)" : ""));
    }
    return result;
  }

  /** Pops without processing, as a consumer that keeps nothing would. */
  private List<Delta<ConfigMap>> pop() throws InterruptedException {
    return fifo.pop((deltas, initial) -> { });
  }

  /** Pops and applies to the known objects, as an informer does. */
  private List<Delta<ConfigMap>> popIntoKnown(List<Boolean> initialFlags) throws InterruptedException {
    return fifo.pop((deltas, initial) -> {
      initialFlags.add(initial);
      for (Delta<ConfigMap> d : deltas) {
        if (d.type() == DeltaType.DELETED) {
          known.delete(d.lastKnownState());
        } else {
          known.update(d.lastKnownState());
        }
      }
    });
  }

  @Test
  void deltasAccumulatePerKeyInFifoOrder() throws Exception {
    fifo.add(cm("ns", "a", "1"));
    fifo.add(cm("ns", "b", "2"));
    fifo.update(cm("ns", "a", "3"));
    assertEquals(List.of("ns/a", "ns/b"), fifo.listKeys());
    assertEquals("3", fifo.getByKey("ns/a").getMetadata().getResourceVersion());

    List<Delta<ConfigMap>> a = pop();
    assertEquals(List.of("ADDED", "UPDATED"), types(a));
    assertEquals("3", a.get(1).lastKnownState().getMetadata().getResourceVersion());
    assertEquals(List.of("ADDED"), types(pop()));
    assertEquals(List.of(), fifo.listKeys());
  }

  @Test
  void addsOfExistingObjectsAreQueuedAsUpdates() {
    known.add(cm("ns", "known", "1"));
    fifo.add(cm("ns", "known", "1")); // a replayed ADDED
    fifo.add(cm("ns", "fresh", "2"));
    fifo.add(cm("ns", "fresh", "2"));
    fifo.delete(cm("ns", "fresh", "3"));
    fifo.add(cm("ns", "fresh", "4")); // re-created after the deletion
    assertEquals(List.of("UPDATED"), types(fifo.deltasOf("ns/known")));
    assertEquals(List.of("ADDED", "UPDATED", "DELETED", "ADDED"), types(fifo.deltasOf("ns/fresh")));
  }

  @Test
  void consecutiveDeletionsCollapse() throws Exception {
    fifo.add(cm("ns", "a", "1"));
    fifo.delete(cm("ns", "a", "2"));
    fifo.delete(cm("ns", "a", "3"));
    List<Delta<ConfigMap>> deltas = pop();
    assertEquals(List.of("ADDED", "DELETED"), types(deltas));
    assertEquals("3", deltas.get(1).lastKnownState().getMetadata().getResourceVersion(),
        "the newer of two real deletions is kept, as in client-go");
  }

  @Test
  void aRealDeletionWinsOverATombstone() throws Exception {
    ConfigMap a = cm("ns", "a", "1");
    known.add(a);
    fifo.replace(List.of(), "5"); // a is missing: tombstone
    fifo.delete(cm("ns", "a", "4")); // then the watch's real deletion
    List<Delta<ConfigMap>> deltas = pop();
    assertEquals(List.of("DELETED"), types(deltas));
    assertEquals("4", deltas.get(0).lastKnownState().getMetadata().getResourceVersion());
  }

  @Test
  void deletingWhatNobodyHasQueuesNothing() {
    fifo.delete(cm("ns", "ghost", "1"));
    assertEquals(List.of(), fifo.listKeys());
    known.add(cm("ns", "a", "1"));
    fifo.delete(cm("ns", "a", "2"));
    assertEquals(List.of("DELETED"), types(fifo.deltasOf("ns/a")));
  }

  @Test
  void replaceQueuesReplacedAndTombstonesForVanishedKeys() throws Exception {
    ConfigMap stale = cm("ns", "gone", "1");
    known.add(stale);
    known.add(cm("ns", "kept", "1"));
    fifo.replace(List.of(cm("ns", "kept", "7"), cm("ns", "new", "7")), "7");

    assertEquals(List.of("REPLACED"), types(fifo.deltasOf("ns/kept")));
    assertEquals(List.of("REPLACED"), types(fifo.deltasOf("ns/new")));
    List<Delta<ConfigMap>> gone = fifo.deltasOf("ns/gone");
    assertEquals(List.of("DELETED(tombstone)"), types(gone));
    DeletedFinalStateUnknown<?> tombstone = (DeletedFinalStateUnknown<?>) gone.get(0).object();
    assertEquals("ns/gone", tombstone.key());
    assertSame(stale, tombstone.obj(), "the tombstone carries the last known state");
  }

  @Test
  void replaceTombstonesKeysOnlyQueued() {
    fifo.add(cm("ns", "pending", "1")); // never popped, so not known
    fifo.replace(List.of(), "9");
    assertEquals(List.of("ADDED", "DELETED(tombstone)"), types(fifo.deltasOf("ns/pending")));
  }

  @Test
  void resyncSkipsKeysWithPendingDeltas() {
    ConfigMap a = cm("ns", "a", "1");
    known.add(a);
    known.add(cm("ns", "b", "1"));
    fifo.update(cm("ns", "b", "2"));
    fifo.resync();
    List<Delta<ConfigMap>> syncA = fifo.deltasOf("ns/a");
    assertEquals(List.of("SYNC"), types(syncA));
    assertSame(a, syncA.get(0).object(), "a sync re-delivers the consumer's own object");
    assertEquals(List.of("UPDATED"), types(fifo.deltasOf("ns/b")));
  }

  @Test
  void hasSyncedOnceTheFirstReplaceBatchIsPopped() throws Exception {
    assertFalse(fifo.hasSynced());
    fifo.replace(List.of(cm("ns", "a", "1"), cm("ns", "b", "1")), "1");
    fifo.add(cm("ns", "c", "2")); // arrives after the list
    assertFalse(fifo.hasSynced());

    List<Boolean> initial = new ArrayList<>();
    popIntoKnown(initial);
    assertFalse(fifo.hasSynced());
    popIntoKnown(initial);
    assertTrue(fifo.hasSynced());
    popIntoKnown(initial);
    assertEquals(List.of(true, true, false), initial);
  }

  @Test
  void anEmptyFirstListIsSyncedAtOnce() {
    fifo.replace(List.of(), "1");
    assertTrue(fifo.hasSynced());
  }

  @Test
  void transformRunsOnceAsObjectsEnter() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Map<String, Integer> perKey = new HashMap<>();
    DeltaFIFO<ConfigMap> transforming = new DeltaFIFO<>(KeyFunctions::metaNamespaceKey, known, obj -> {
      calls.incrementAndGet();
      perKey.merge(KeyFunctions.metaNamespaceKey(obj), 1, Integer::sum);
      ConfigMap copy = obj.deepCopy();
      copy.setData(Map.of("transformed", "yes"));
      return copy;
    });
    transforming.replace(List.of(cm("ns", "a", "1")), "1");
    List<Delta<ConfigMap>> popped = transforming.pop((deltas, initial) -> deltas.forEach(d -> known.add(d.lastKnownState())));
    assertEquals(Map.of("transformed", "yes"), popped.get(0).lastKnownState().getData());

    transforming.resync(); // re-queues the already transformed object
    known.add(cm("ns", "b", "1"));
    transforming.replace(List.of(cm("ns", "a", "2")), "2"); // b vanished: tombstone, not transformed
    assertEquals(List.of("SYNC", "REPLACED"), types(transforming.deltasOf("ns/a")));
    assertEquals(List.of("DELETED(tombstone)"), types(transforming.deltasOf("ns/b")));
    assertEquals(2, calls.get(), "once for each object entering, never for syncs or tombstones");
    assertEquals(Map.of("ns/a", 2), perKey);
  }

  @Test
  void popBlocksUntilAnItemOrClose() throws Exception {
    CompletableFuture<List<Delta<ConfigMap>>> first = CompletableFuture.supplyAsync(() -> {
      try {
        return pop();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    fifo.add(cm("ns", "a", "1"));
    assertEquals(List.of("ADDED"), types(first.get(5, TimeUnit.SECONDS)));

    CompletableFuture<List<Delta<ConfigMap>>> second = CompletableFuture.supplyAsync(() -> {
      try {
        return pop();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    fifo.close();
    assertNull(second.get(5, TimeUnit.SECONDS), "close wakes pop, which returns null");
    assertTrue(fifo.isClosed());
    assertNull(pop());
  }
}
