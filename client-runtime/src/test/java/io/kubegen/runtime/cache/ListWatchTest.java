package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.testing.Action;
import io.kubegen.runtime.testing.Fake;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListWatchTest {
  private final Fake fake = new Fake();
  private final ResourceClient<ConfigMap, ConfigMapList> client = fake.resourceClient(
      new GroupVersionResource("", "v1", "configmaps"), true, ConfigMap.class, ConfigMapList.class);

  @Test
  void tweakAppliesToListAndWatchAlike() {
    ListWatch<?, ?> lw = ListWatch.of(client, ListWatch.withLabelSelector("app=web"));
    lw.list(ListOptions.builder().resourceVersion("0").limit(500L).build());
    lw.watch(ListOptions.builder().resourceVersion("7").allowWatchBookmarks(true).build()).close();

    List<Action> calls = fake.actions();
    assertEquals("app=web", calls.get(0).listOptions().labelSelector());
    assertEquals("0", calls.get(0).listOptions().resourceVersion());
    assertEquals(500L, calls.get(0).listOptions().limit());
    assertEquals("app=web", calls.get(1).listOptions().labelSelector());
    assertEquals("7", calls.get(1).listOptions().resourceVersion());
    assertEquals(Boolean.TRUE, calls.get(1).listOptions().allowWatchBookmarks());
  }

  @Test
  void namespaceRestriction() {
    ListWatch.of(client, "team-a", ListWatch.withFieldSelector("metadata.name=x")).list(ListOptions.none());
    ListWatch.of(client.inNamespace("elsewhere"), "", null).list(ListOptions.none());
    List<Action> calls = fake.actions();
    assertEquals("team-a", calls.get(0).namespace());
    assertEquals("metadata.name=x", calls.get(0).listOptions().fieldSelector());
    assertEquals("", calls.get(1).namespace(), "no namespace means all namespaces, not the client's");
  }

  @Test
  void fromFunctions() {
    ListWatch<?, ?> lw = ListWatch.of(client::list, client::watch);
    lw.list(ListOptions.builder().limit(3L).build());
    assertEquals(3L, fake.actions().get(0).listOptions().limit());
  }
}
