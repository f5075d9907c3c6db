package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.TestObjects.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.testing.FakeClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A long scripted history (creates, updates, deletes; watches closed by the server; 410s with
 * changes made while the watch was down; watches replaying every object as ADDED, as the mock
 * server does) must leave the cache equal to the server's state, and give a handler a history
 * consistent with it: no add for an object it has, no update or delete for one it lacks, no lost
 * deletion.
 */
class InformerConsistencyTest {
  private static final int OPERATIONS = 3000;

  private final ScriptedListerWatcher lw = new ScriptedListerWatcher();
  private final Map<String, ConfigMap> server = new TreeMap<>();
  private final Random random = new Random(20240601);
  private final java.util.Set<String> retired = new java.util.HashSet<>();
  private long resourceVersion = 1;

  /**
   * Deletes an object while the watch is down, and never uses its name again: only the relist's
   * tombstone can tell the informer about it.
   */
  private void deleteUnseen() {
    List<String> keys = new ArrayList<>(server.keySet());
    String key = keys.get(random.nextInt(keys.size()));
    server.remove(key);
    retired.add(key.substring(key.indexOf('/') + 1));
    resourceVersion++;
  }

  /** Applies one random change to the server state and returns it as a watch event applier. */
  private void randomChange(ScriptedWatch watch) {
    String name = "obj-" + random.nextInt(200);
    while (retired.contains(name)) {
      name = "obj-" + random.nextInt(200);
    }
    String key = "ns" + (name.hashCode() & 1) + "/" + name;
    String namespace = key.substring(0, key.indexOf('/'));
    ConfigMap existing = server.get(key);
    ConfigMap next = cm(namespace, name, String.valueOf(++resourceVersion));
    if (existing == null) {
      server.put(key, next);
      if (watch != null) {
        watch.added(next);
      }
    } else if (random.nextInt(3) == 0) {
      server.remove(key);
      if (watch != null) {
        watch.deleted(next);
      }
    } else {
      server.put(key, next);
      if (watch != null) {
        watch.modified(next);
      }
    }
  }

  private ScriptedWatch newWatch() {
    ScriptedWatch watch = lw.respondToWatch();
    if (random.nextInt(2) == 0) {
      server.values().forEach(watch::added); // the mock's replay of every object
    }
    return watch;
  }

  @Test
  void cacheAndHandlerHistoryMatchTheServer() throws Exception {
    for (int i = 0; i < 100; i++) {
      randomChange(null);
    }
    lw.respondToList(String.valueOf(resourceVersion), server.values().toArray(ConfigMap[]::new));
    ScriptedWatch watch = newWatch();
    int relists = 0;
    int resumes = 0;
    for (int op = 0; op < OPERATIONS; op++) {
      int roll = random.nextInt(100);
      if (roll < 2) {
        watch.end(); // the server closes the watch: resume from the last resourceVersion
        watch = newWatch();
        resumes++;
      } else if (roll < 3) {
        watch.expired(); // 410: what changes meanwhile is only seen by the relist
        for (int gap = random.nextInt(10); gap > 0; gap--) {
          randomChange(null);
        }
        for (int gone = 1 + random.nextInt(3); gone > 0; gone--) {
          deleteUnseen();
        }
        lw.respondToList(String.valueOf(resourceVersion), server.values().toArray(ConfigMap[]::new));
        watch = newWatch();
        relists++;
      } else {
        randomChange(watch);
      }
    }
    ConfigMap sentinel = cm("zz", "sentinel", String.valueOf(++resourceVersion));
    server.put("zz/sentinel", sentinel);
    watch.added(sentinel);
    assertTrue(relists > 10 && resumes > 20, "the script exercises relists and resumes");
    assertTrue(retired.size() > 20, "and deletions only a relist reveals");

    ConsistencyCheckingHandler handler = new ConsistencyCheckingHandler();
    try (SharedIndexInformer<ConfigMap> informer = SharedIndexInformer.builder(ConfigMap.class, lw)
        .clock(FakeClock.autoAdvancing()) // backoffs between relists take no real time
        .indexers(Indexers.namespace())
        .build()) {
      informer.addEventHandler(handler);
      informer.start();
      assertTrue(handler.sentinelSeen.await(10, TimeUnit.SECONDS), "the whole history was delivered");

      assertEquals(List.of(), handler.violations);
      assertEquals(describe(server), describe(handler.view));
      Map<String, ConfigMap> cached = new TreeMap<>();
      informer.getIndexer().list().forEach(o -> cached.put(KeyFunctions.metaNamespaceKey(o), o));
      assertEquals(describe(server), describe(cached));
    }
  }

  private static Map<String, String> describe(Map<String, ConfigMap> objects) {
    Map<String, String> result = new TreeMap<>();
    objects.forEach((k, v) -> result.put(k, v.getMetadata().getResourceVersion()));
    return result;
  }

  /** Rebuilds the state from the events and notes every event inconsistent with it. */
  private static final class ConsistencyCheckingHandler implements ResourceEventHandler<ConfigMap> {
    final Map<String, ConfigMap> view = new ConcurrentHashMap<>();
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch sentinelSeen = new CountDownLatch(1);

    @Override
    public void onAdd(ConfigMap obj, boolean isInInitialList) {
      String key = KeyFunctions.metaNamespaceKey(obj);
      if (view.put(key, obj) != null) {
        violations.add("add of " + key + " which the handler has");
      }
      if (key.equals("zz/sentinel")) {
        sentinelSeen.countDown();
      }
    }

    @Override
    public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
      String key = KeyFunctions.metaNamespaceKey(newObj);
      ConfigMap had = view.put(key, newObj);
      if (had == null) {
        violations.add("update of " + key + " which the handler lacks");
      } else if (had != oldObj) {
        violations.add("update of " + key + " whose old object is not the one delivered before");
      }
    }

    @Override
    public void onDelete(ConfigMap obj, boolean finalStateUnknown) {
      String key = KeyFunctions.metaNamespaceKey(obj);
      if (view.remove(key) == null) {
        violations.add("delete of " + key + " which the handler lacks");
      }
    }
  }
}
