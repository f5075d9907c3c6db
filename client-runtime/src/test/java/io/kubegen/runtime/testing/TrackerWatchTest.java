package io.kubegen.runtime.testing;

import static io.kubegen.runtime.testing.ObjectTrackerTest.CONFIGMAPS;
import static io.kubegen.runtime.testing.ObjectTrackerTest.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.Watch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TrackerWatchTest {
  private final ObjectTracker tracker = new ObjectTracker();

  private static ListOptions from(String rv) {
    return ListOptions.builder().resourceVersion(rv).build();
  }

  /** The next event, failing after a generous timeout instead of hanging. */
  private static WatchEvent<GenericKubernetesObject> next(Watch<GenericKubernetesObject> watch) throws Exception {
    FakeWatch<GenericKubernetesObject> fw = (FakeWatch<GenericKubernetesObject>) watch;
    WatchEvent<GenericKubernetesObject> e = fw.poll(5, TimeUnit.SECONDS);
    assertNotNull(e, "expected an event");
    return e;
  }

  private static String describe(WatchEvent<GenericKubernetesObject> e) {
    return e.type() + " " + e.object().getMetadata().getName() + "@" + e.object().getMetadata().getResourceVersion();
  }

  @Test
  void watchWithoutResourceVersionSeesOnlyLaterChanges() throws Exception {
    tracker.create(CONFIGMAPS, cm("ns", "before", null), "ns");
    try (Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "ns", ListOptions.none())) {
      tracker.create(CONFIGMAPS, cm("ns", "after", null), "ns");
      assertEquals("ADDED after@2", describe(next(w)));
      assertEquals(0, ((FakeWatch<GenericKubernetesObject>) w).pending());
    }
  }

  @Test
  void watchFromResourceVersionReplaysLaterEventsInOrder() throws Exception {
    tracker.create(CONFIGMAPS, cm("ns", "a", null), "ns"); // 1
    String listRv = tracker.list(CONFIGMAPS, "ns", ListOptions.none()).getMetadata().getResourceVersion();
    tracker.create(CONFIGMAPS, cm("ns", "b", null), "ns"); // 2
    tracker.patch(CONFIGMAPS, "ns", "a", PatchType.MERGE, "{\"data\":{\"k\":\"2\"}}", ""); // 3
    tracker.delete(CONFIGMAPS, "ns", "b", DeleteOptions.none()); // 4
    tracker.create(CONFIGMAPS, cm("other", "c", null), "other"); // 5, another namespace

    try (Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "ns", from(listRv))) {
      assertEquals("ADDED b@2", describe(next(w)));
      assertEquals("MODIFIED a@3", describe(next(w)));
      assertEquals("DELETED b@4", describe(next(w)));
      tracker.create(CONFIGMAPS, cm("ns", "d", null), "ns"); // 6, live
      assertEquals("ADDED d@6", describe(next(w)));
    }
    // all namespaces
    try (Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "", from("3"))) {
      assertEquals("DELETED b@4", describe(next(w)));
      assertEquals("ADDED c@5", describe(next(w)));
      assertEquals("ADDED d@6", describe(next(w)));
    }
  }

  @Test
  void watchFromZeroStartsWithTheCurrentState() throws Exception {
    tracker.create(CONFIGMAPS, cm("ns", "a", null), "ns");
    tracker.create(CONFIGMAPS, cm("ns", "b", null), "ns");
    tracker.delete(CONFIGMAPS, "ns", "b", null);
    try (Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "ns", from("0"))) {
      assertEquals("ADDED a@1", describe(next(w)));
      tracker.create(CONFIGMAPS, cm("ns", "c", null), "ns");
      assertEquals("ADDED c@4", describe(next(w)));
    }
  }

  @Test
  void sendInitialEventsEndsWithABookmark() throws Exception {
    tracker.create(CONFIGMAPS, cm("ns", "a", null), "ns");
    ListOptions opts = ListOptions.builder().sendInitialEvents(true).allowWatchBookmarks(true)
        .resourceVersionMatch("NotOlderThan").build();
    try (Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "ns", opts)) {
      assertEquals("ADDED a@1", describe(next(w)));
      WatchEvent<GenericKubernetesObject> bookmark = next(w);
      assertEquals(WatchEvent.Type.BOOKMARK, bookmark.type());
      assertEquals("1", bookmark.object().getMetadata().getResourceVersion());
      assertEquals("true", bookmark.object().getMetadata().getAnnotations().get(ObjectTracker.INITIAL_EVENTS_END));
    }
  }

  @Test
  void tooOldResourceVersionIsExpired() throws Exception {
    ObjectTracker small = ObjectTracker.builder().historyLimit(2).build();
    for (String name : List.of("a", "b", "c", "d")) {
      small.create(CONFIGMAPS, cm("ns", name, null), "ns");
    }
    try (Watch<GenericKubernetesObject> w = small.watch(CONFIGMAPS, "ns", from("1"))) {
      WatchEvent<GenericKubernetesObject> e = next(w);
      assertEquals(WatchEvent.Type.ERROR, e.type());
      assertEquals(410, e.status().getCode());
      assertEquals("Expired", e.status().getReason());
      assertEquals("too old resource version: 1 (3)", e.status().getMessage());
      assertNull(w.next(), "the stream ends after the error");
    }
    try (Watch<GenericKubernetesObject> w = small.watch(CONFIGMAPS, "ns", from("2"))) {
      assertEquals("ADDED c@3", describe(next(w)));
      assertEquals("ADDED d@4", describe(next(w)));
    }
  }

  @Test
  void labelSelectorTurnsTransitionsIntoAddedAndDeleted() throws Exception {
    tracker.create(CONFIGMAPS, cm("ns", "a", Map.of("app", "db")), "ns");
    try (Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "",
        ListOptions.builder().labelSelector("app=web").build())) {
      tracker.create(CONFIGMAPS, cm("ns", "skip", Map.of("app", "db")), "ns");
      tracker.patch(CONFIGMAPS, "ns", "a", PatchType.MERGE, "{\"metadata\":{\"labels\":{\"app\":\"web\"}}}", "");
      assertEquals("ADDED a@3", describe(next(w)));
      tracker.patch(CONFIGMAPS, "ns", "a", PatchType.MERGE, "{\"data\":{\"x\":\"1\"}}", "");
      assertEquals("MODIFIED a@4", describe(next(w)));
      tracker.patch(CONFIGMAPS, "ns", "a", PatchType.MERGE, "{\"metadata\":{\"labels\":{\"app\":\"db\"}}}", "");
      assertEquals("DELETED a@5", describe(next(w)));
      tracker.delete(CONFIGMAPS, "ns", "a", null);
      tracker.create(CONFIGMAPS, cm("ns", "web", Map.of("app", "web")), "ns");
      assertEquals("ADDED web@7", describe(next(w)));
    }
  }

  @Test
  void closeFromAnotherThreadUnblocksNextAndUnregisters() throws Exception {
    Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "ns", ListOptions.none());
    assertEquals(1, tracker.watcherCount());
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<WatchEvent<GenericKubernetesObject>> reader = CompletableFuture.supplyAsync(() -> {
      waiting.countDown();
      try {
        return w.next();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
    assertTrue(waiting.await(5, TimeUnit.SECONDS));
    w.close();
    assertNull(reader.get(5, TimeUnit.SECONDS));
    assertEquals(0, tracker.watcherCount());
    tracker.create(CONFIGMAPS, cm("ns", "after-close", null), "ns");
    assertNull(w.next());
    w.close(); // idempotent
  }

  /** A reflector's loop: list, then watch from the list's resourceVersion, while a writer keeps writing. */
  @Test
  void listThenWatchFromTheListResourceVersionConvergesOnTheStore() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch halfway = new CountDownLatch(1);
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < 300; i++) {
          String name = "cm" + (i % 17);
          try {
            tracker.create(CONFIGMAPS, cm("ns", name, null), "ns");
          } catch (io.kubegen.runtime.rest.ApiException e) {
            if (i % 3 == 0) {
              tracker.delete(CONFIGMAPS, "ns", name, null);
            } else {
              tracker.patch(CONFIGMAPS, "ns", name, PatchType.MERGE, "{\"data\":{\"i\":\"" + i + "\"}}", "");
            }
          }
          if (i == 100) {
            halfway.countDown();
          }
        }
        return null;
      });
      assertTrue(halfway.await(10, TimeUnit.SECONDS));
      var list = tracker.list(CONFIGMAPS, "ns", ListOptions.none());
      Map<String, String> cache = new java.util.TreeMap<>();
      list.getItems().forEach(o -> cache.put(o.getMetadata().getName(), o.getMetadata().getResourceVersion()));
      long seenRv = Long.parseLong(list.getMetadata().getResourceVersion());
      try (Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "ns", from(list.getMetadata().getResourceVersion()))) {
        writer.get(10, TimeUnit.SECONDS);
        long finalRv = Long.parseLong(tracker.resourceVersion());
        while (seenRv < finalRv) {
          WatchEvent<GenericKubernetesObject> e = next(w);
          String name = e.object().getMetadata().getName();
          long rv = Long.parseLong(e.object().getMetadata().getResourceVersion());
          assertTrue(rv > seenRv, "events arrive in resourceVersion order");
          seenRv = rv;
          if (e.type() == WatchEvent.Type.DELETED) {
            assertNotNull(cache.remove(name), "deleted " + name + " was known");
          } else {
            cache.put(name, e.object().getMetadata().getResourceVersion());
          }
        }
      }
      Map<String, String> truth = new java.util.TreeMap<>();
      tracker.list(CONFIGMAPS, "ns", ListOptions.none()).getItems()
          .forEach(o -> truth.put(o.getMetadata().getName(), o.getMetadata().getResourceVersion()));
      assertEquals(truth, cache);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentWritersLoseNoEvent() throws Exception {
    int writers = 4;
    int perWriter = 250;
    Watch<GenericKubernetesObject> w = tracker.watch(CONFIGMAPS, "", ListOptions.none());
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < writers; t++) {
        String ns = "ns" + t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perWriter; i++) {
            tracker.create(CONFIGMAPS, cm(ns, "cm" + i, null), ns);
            if (i % 2 == 0) {
              tracker.patch(CONFIGMAPS, ns, "cm" + i, PatchType.MERGE, "{\"data\":{\"i\":\"" + i + "\"}}", "");
            }
          }
          return null;
        }));
      }
      start.countDown();
      int expected = writers * (perWriter + perWriter / 2);
      Set<String> seen = new HashSet<>();
      long lastRv = 0;
      for (int i = 0; i < expected; i++) {
        WatchEvent<GenericKubernetesObject> e = next(w);
        long rv = Long.parseLong(e.object().getMetadata().getResourceVersion());
        assertTrue(rv > lastRv, "resourceVersions grow: " + rv + " after " + lastRv);
        lastRv = rv;
        assertTrue(seen.add(e.type() + "/" + e.object().getMetadata().getNamespace() + "/"
            + e.object().getMetadata().getName()), "no duplicate");
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertEquals(expected, seen.size());
      assertEquals(Long.toString(expected), tracker.resourceVersion());
      assertEquals(0, ((FakeWatch<GenericKubernetesObject>) w).pending());
    } finally {
      pool.shutdownNow();
      w.close();
    }
  }
}
