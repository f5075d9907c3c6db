package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubegen.runtime.api.ListOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListWatchTest {
  private final FakeConfigMapClient client = new FakeConfigMapClient();

  @Test
  void tweakAppliesToListAndWatchAlike() {
    ListWatch<?, ?> lw = ListWatch.of(client, ListWatch.withLabelSelector("app=web"));
    lw.list(ListOptions.builder().resourceVersion("0").limit(500L).build());
    lw.watch(ListOptions.builder().resourceVersion("7").allowWatchBookmarks(true).build()).close();

    List<FakeConfigMapClient.Call> calls = client.calls();
    assertEquals("app=web", calls.get(0).options().labelSelector());
    assertEquals("0", calls.get(0).options().resourceVersion());
    assertEquals(500L, calls.get(0).options().limit());
    assertEquals("app=web", calls.get(1).options().labelSelector());
    assertEquals("7", calls.get(1).options().resourceVersion());
    assertEquals(Boolean.TRUE, calls.get(1).options().allowWatchBookmarks());
  }

  @Test
  void namespaceRestriction() {
    ListWatch.of(client, "team-a", ListWatch.withFieldSelector("metadata.name=x")).list(ListOptions.none());
    ListWatch.of(client.inNamespace("elsewhere"), "", null).list(ListOptions.none());
    List<FakeConfigMapClient.Call> calls = client.calls();
    assertEquals("team-a", calls.get(0).namespace());
    assertEquals("metadata.name=x", calls.get(0).options().fieldSelector());
    assertEquals(null, calls.get(1).namespace(), "no namespace means all namespaces");
  }

  @Test
  void fromFunctions() {
    ListWatch<?, ?> lw = ListWatch.of(client::list, client::watch);
    lw.list(ListOptions.builder().limit(3L).build());
    assertEquals(3L, client.calls().get(0).options().limit());
  }
}
