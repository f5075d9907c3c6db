package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.TestObjects.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.StatusReason;
import io.kubegen.runtime.scheme.GroupResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ListersTest {
  private static final GroupResource CONFIGMAPS = new GroupResource("", "configmaps");
  private static final Predicate<Map<String, String>> WEB = labels -> "web".equals(labels.get("app"));

  private final Indexer<ConfigMap> indexer = Stores.newIndexer(Indexers.namespace());
  private final ConfigMap webA = cm("a", "web", "1", Map.of("app", "web"));

  ListersTest() {
    indexer.add(webA);
    indexer.add(cm("a", "db", "1", Map.of("app", "db")));
    indexer.add(cm("b", "web", "1", Map.of("app", "web")));
    indexer.add(cm("b", "plain", "1"));
  }

  private static List<String> keys(Collection<ConfigMap> objects) {
    return objects.stream().map(KeyFunctions::metaNamespaceKey).sorted().toList();
  }

  @Test
  void genericListerListsAndGets() {
    GenericLister<ConfigMap> lister = GenericLister.of(indexer, CONFIGMAPS);
    assertEquals(List.of("a/web", "b/web"), keys(lister.list(WEB)));
    assertEquals(4, lister.list(Listers.everything()).size());
    assertEquals(List.of("a/web"), keys(lister.byNamespace("a").list(WEB)));
    assertEquals(List.of("b/plain", "b/web"), keys(lister.byNamespace("b").list(Listers.everything())));
    assertSame(webA, lister.byNamespace("a").get("web"));
    assertSame(webA, lister.get("a/web"));
  }

  @Test
  void missingObjectsAreNotFound() {
    GenericLister<ConfigMap> lister = GenericLister.of(indexer, CONFIGMAPS);
    ApiException e = assertThrows(ApiException.class, () -> lister.byNamespace("a").get("missing"));
    assertEquals("configmaps \"missing\" not found", e.getMessage());
    assertEquals(404, e.code());
    assertEquals(StatusReason.NOT_FOUND, e.reason());
    assertEquals("missing", e.status().getDetails().getName());
    assertEquals("configmaps", e.status().getDetails().getKind());

    ApiException grouped = Listers.notFound(new GroupResource("apps", "deployments"), "x");
    assertEquals("deployments.apps \"x\" not found", grouped.status().getMessage());
    assertEquals("apps", grouped.status().getDetails().getGroup());
    assertEquals(true, grouped.isNotFound());
  }

  @Test
  void listAllByNamespaceScansWithoutANamespaceIndex() {
    Indexer<ConfigMap> unindexed = Stores.newIndexer(Map.of());
    indexer.list().forEach(unindexed::add);
    List<ConfigMap> found = new ArrayList<>();
    Listers.listAllByNamespace(unindexed, "b", Listers.everything(), found::add);
    assertEquals(List.of("b/plain", "b/web"), keys(found));

    found.clear();
    Listers.listAllByNamespace(indexer, "", WEB, found::add);
    assertEquals(List.of("a/web", "b/web"), keys(found), "an empty namespace means all");
  }

  @Test
  void objectsWithoutLabelsMatchAgainstAnEmptyMap() {
    List<ConfigMap> found = new ArrayList<>();
    Listers.listAll(indexer, labels -> labels.isEmpty(), found::add);
    assertEquals(List.of("b/plain"), keys(found));
  }
}
