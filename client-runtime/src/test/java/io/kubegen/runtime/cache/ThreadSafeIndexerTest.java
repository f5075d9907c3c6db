package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.TestObjects.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.fixtures.ConfigMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadSafeIndexerTest {
  /** Multi-valued: every label value of key "team", comma-separated. */
  private static final Function<ConfigMap, List<String>> BY_TEAM = obj -> {
    Map<String, String> labels = obj.getMetadata().getLabels();
    String teams = labels == null ? null : labels.get("team");
    return teams == null ? List.of() : List.of(teams.split(","));
  };

  private final Indexer<ConfigMap> indexer = Stores.newIndexer(
      Map.of(Indexers.NAMESPACE, Indexers.<ConfigMap>namespaceIndexFunction(), "team", BY_TEAM));

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }

  private static List<String> keys(Collection<ConfigMap> objects) {
    return sorted(objects.stream().map(KeyFunctions::metaNamespaceKey).toList());
  }

  @Test
  void storeOperations() {
    ConfigMap a = cm("ns1", "a", "1");
    ConfigMap b = cm("ns2", "b", "2");
    indexer.add(a);
    indexer.add(b);
    assertEquals(List.of("ns1/a", "ns2/b"), sorted(indexer.listKeys()));
    assertEquals(List.of("ns1/a", "ns2/b"), keys(indexer.list()));
    assertSame(a, indexer.getByKey("ns1/a"));
    assertSame(a, indexer.get(cm("ns1", "a", "other")));
    assertNull(indexer.getByKey("ns1/missing"));

    ConfigMap a2 = cm("ns1", "a", "3");
    indexer.update(a2);
    assertSame(a2, indexer.getByKey("ns1/a"));
    assertEquals(2, indexer.list().size());

    indexer.delete(cm("ns1", "a", "whatever"));
    assertNull(indexer.getByKey("ns1/a"));
    indexer.delete(cm("ns1", "a", "again")); // absent: ignored
    assertEquals(List.of("ns2/b"), indexer.listKeys());

    indexer.resync(); // a plain store has nothing to re-deliver
    assertEquals(List.of("ns2/b"), indexer.listKeys());
  }

  @Test
  void replaceSwapsContentAndIndices() {
    indexer.add(cm("old", "x", "1", Map.of("team", "red")));
    indexer.replace(List.of(cm("new", "y", "5", Map.of("team", "blue")), cm("new", "z", "5")), "5");
    assertEquals(List.of("new/y", "new/z"), sorted(indexer.listKeys()));
    assertEquals(List.of("new"), indexer.listIndexFuncValues(Indexers.NAMESPACE));
    assertEquals(List.of("blue"), indexer.listIndexFuncValues("team"));
    assertEquals(List.of(), indexer.byIndex("team", "red"));
  }

  /** Table: the objects stored, then an index query and its expected keys. */
  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(value = {
      "namespace, ns1, ns1/a;ns1/b",
      "namespace, ns2, ns2/c",
      "namespace, ns3, ''",
      "team, red, ns1/a;ns2/c",
      "team, blue, ns1/a;ns1/b",
      "team, green, ''",
  })
  void byIndexAndIndexKeys(String index, String value, String expected) {
    indexer.add(cm("ns1", "a", "1", Map.of("team", "red,blue")));
    indexer.add(cm("ns1", "b", "1", Map.of("team", "blue")));
    indexer.add(cm("ns2", "c", "1", Map.of("team", "red")));
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    assertEquals(want, keys(indexer.byIndex(index, value)));
    assertEquals(want, sorted(indexer.indexKeys(index, value)));
  }

  @Test
  void indexFindsObjectsSharingAValue() {
    indexer.add(cm("ns1", "a", "1", Map.of("team", "red,blue")));
    indexer.add(cm("ns1", "b", "1", Map.of("team", "blue")));
    indexer.add(cm("ns2", "c", "1", Map.of("team", "red")));
    indexer.add(cm("ns2", "d", "1", Map.of("team", "green")));
    assertEquals(List.of("ns1/a", "ns1/b", "ns2/c"), keys(indexer.index("team", cm("x", "probe", "1", Map.of("team", "red,blue")))));
    assertEquals(List.of("ns2/c", "ns2/d"), keys(indexer.index(Indexers.NAMESPACE, cm("ns2", "probe", "1"))));
    assertEquals(List.of("blue", "green", "red"), sorted(indexer.listIndexFuncValues("team")));
  }

  @Test
  void updatesAndDeletesMoveIndexEntries() {
    indexer.add(cm("ns1", "a", "1", Map.of("team", "red")));
    indexer.update(cm("ns1", "a", "2", Map.of("team", "blue")));
    assertEquals(List.of(), indexer.byIndex("team", "red"));
    assertEquals(List.of("blue"), indexer.listIndexFuncValues("team"), "values without objects are dropped");
    assertEquals(List.of("ns1/a"), keys(indexer.byIndex("team", "blue")));

    indexer.delete(cm("ns1", "a", "3"));
    assertEquals(List.of(), indexer.listIndexFuncValues("team"));
    assertEquals(List.of(), indexer.listIndexFuncValues(Indexers.NAMESPACE));
  }

  @Test
  void unknownIndexNames() {
    assertThrows(IllegalArgumentException.class, () -> indexer.byIndex("nope", "x"));
    assertThrows(IllegalArgumentException.class, () -> indexer.indexKeys("nope", "x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> indexer.index("nope", cm("a", "b", "1")));
    assertEquals("index with name nope does not exist", e.getMessage());
    assertEquals(List.of(), indexer.listIndexFuncValues("nope"));
  }

  @Test
  void addIndexers() {
    Indexer<ConfigMap> plain = Stores.newIndexer(Map.of());
    plain.addIndexers(Indexers.namespace());
    assertEquals(List.of(Indexers.NAMESPACE), new ArrayList<>(plain.getIndexers().keySet()));

    IllegalArgumentException conflict = assertThrows(IllegalArgumentException.class,
        () -> plain.addIndexers(Map.of(Indexers.NAMESPACE, BY_TEAM, "team", BY_TEAM)));
    assertEquals("indexer conflict: [namespace]", conflict.getMessage());
    assertEquals(1, plain.getIndexers().size(), "a conflicting call adds nothing");

    plain.add(cm("ns", "a", "1"));
    assertThrows(IllegalStateException.class, () -> plain.addIndexers(Map.of("team", BY_TEAM)));
  }

  @Test
  void failingIndexFunctionChangesNothing() {
    Indexer<ConfigMap> fragile = Stores.newIndexer(Map.of("bad", obj -> {
      if ("boom".equals(obj.getMetadata().getName())) {
        throw new IllegalStateException("boom");
      }
      return List.of("ok");
    }));
    fragile.add(cm("ns", "fine", "1"));
    assertThrows(IllegalArgumentException.class, () -> fragile.add(cm("ns", "boom", "1")));
    assertEquals(List.of("ns/fine"), fragile.listKeys());
    assertEquals(List.of("ns/fine"), fragile.indexKeys("bad", "ok"));
  }

  @Test
  void concurrentWritersKeepIndicesConsistent() throws Exception {
    int threads = 4;
    int perThread = 500;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread w = new Thread(() -> {
        for (int i = 0; i < perThread; i++) {
          String ns = "ns" + (i % 3);
          indexer.add(cm(ns, "w" + id + "-" + i, "1", Map.of("team", i % 2 == 0 ? "even" : "odd")));
          if (i % 5 == 0) {
            indexer.delete(cm(ns, "w" + id + "-" + i, "2"));
          }
        }
      });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join(5_000);
    }
    Map<String, List<String>> expectedByNamespace = new TreeMap<>(indexer.list().stream().collect(
        Collectors.groupingBy(o -> o.getMetadata().getNamespace(),
            Collectors.mapping(KeyFunctions::metaNamespaceKey, Collectors.toList()))));
    assertEquals(threads * perThread * 4 / 5, indexer.list().size());
    for (Map.Entry<String, List<String>> e : expectedByNamespace.entrySet()) {
      assertEquals(sorted(e.getValue()), sorted(indexer.indexKeys(Indexers.NAMESPACE, e.getKey())));
    }
    assertTrue(indexer.listIndexFuncValues("team").containsAll(List.of("even", "odd")));
  }
}
