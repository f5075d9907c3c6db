package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.fixtures.ScriptedApiServer;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Recorded;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Reply;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ListPager over HttpResourceClient.list, against a scripted server that paginates as the API server does. */
class ListPagerTest {
  private static ScriptedApiServer server;
  private static HttpResourceClient<ConfigMap, ConfigMapList> configMaps;

  @BeforeAll
  static void start() {
    server = ScriptedApiServer.start();
    RestClient rest = RestClient.create(RestConfig.builder(server.uri()).qps(0).maxRetries(0).build());
    configMaps = HttpResourceClient.create(rest, new GroupVersionResource("", "v1", "configmaps"), true,
        ConfigMap.class, ConfigMapList.class).inNamespace("ns1");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  /** A ConfigMapList page as the API server writes it. */
  private static Reply page(String resourceVersion, String continueToken, String... names) {
    String items = java.util.Arrays.stream(names)
        .map(n -> "{\"metadata\":{\"name\":\"" + n + "\",\"namespace\":\"ns1\",\"resourceVersion\":\"9\"}}")
        .collect(Collectors.joining(","));
    String cont = continueToken == null ? "" : ",\"continue\":\"" + continueToken + "\",\"remainingItemCount\":1";
    return Reply.json(200, "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\""
        + resourceVersion + "\"" + cont + "},\"items\":[" + items + "]}");
  }

  private static Reply expired() {
    return Reply.status(410, "Expired",
        "The provided continue parameter is too old to display a consistent list result.");
  }

  private static final ListOptions REQUESTED = ListOptions.builder()
      .labelSelector("app=web")
      .resourceVersion("100")
      .resourceVersionMatch("NotOlderThan")
      .build();

  @Test
  void followsContinueTokensAndClearsTheResourceVersionOnLaterPages() {
    server.enqueue(page("200", "tok-1", "a", "b"), page("201", null, "c"));
    ConfigMapList all = ListPager.of(configMaps).list(REQUESTED);

    assertEquals(List.of("a", "b", "c"), names(all));
    assertEquals("200", all.getMetadata().getResourceVersion(), "the first page's version");
    assertNull(all.getMetadata().getContinue());
    assertNull(all.getMetadata().getRemainingItemCount());

    Recorded first = server.request(0);
    assertEquals("/api/v1/namespaces/ns1/configmaps", first.rawPath());
    assertEquals(Optional.of("500"), first.param("limit"), "client-go's default page size");
    assertEquals(Optional.of("100"), first.param("resourceVersion"));
    assertEquals(Optional.of("NotOlderThan"), first.param("resourceVersionMatch"));
    assertEquals(Optional.of("app=web"), first.param("labelSelector"));
    assertFalse(first.param("continue").isPresent());

    Recorded second = server.request(1);
    assertEquals(Optional.of("tok-1"), second.param("continue"));
    assertEquals(Optional.of("500"), second.param("limit"));
    assertEquals(Optional.of("app=web"), second.param("labelSelector"));
    assertFalse(second.param("resourceVersion").isPresent(), "not allowed with continue");
    assertFalse(second.param("resourceVersionMatch").isPresent());
    assertEquals(2, server.requestCount());
  }

  @Test
  void expiredOnALaterPageFallsBackToOneFullList() {
    server.enqueue(page("200", "tok-1", "a", "b"), expired(), page("300", null, "a", "b", "c", "d"));
    ConfigMapList all = ListPager.of(configMaps).withPageSize(2).list(REQUESTED);

    assertEquals(List.of("a", "b", "c", "d"), names(all), "the full list, nothing twice");
    assertEquals("300", all.getMetadata().getResourceVersion());
    assertEquals(3, server.requestCount());
    assertEquals(Optional.of("2"), server.request(0).param("limit"));
    assertEquals(Optional.of("tok-1"), server.request(1).param("continue"));
    Recorded full = server.request(2);
    assertFalse(full.param("limit").isPresent(), "unpaginated");
    assertFalse(full.param("continue").isPresent());
    assertEquals(Optional.of("100"), full.param("resourceVersion"), "at the requested version");
    assertEquals(Optional.of("NotOlderThan"), full.param("resourceVersionMatch"));
    assertEquals(Optional.of("app=web"), full.param("labelSelector"));
  }

  @Test
  void expiredOnTheFirstPageOrWithFallbackOffPropagates() {
    server.enqueue(expired());
    ApiException first = assertThrows(ApiException.class, () -> ListPager.of(configMaps).list(REQUESTED));
    assertTrue(first.isResourceExpired());
    assertEquals(1, server.requestCount());

    server.reset();
    server.enqueue(page("200", "tok-1", "a"), expired());
    ApiException later = assertThrows(ApiException.class,
        () -> ListPager.of(configMaps).withFullListIfExpired(false).list(REQUESTED));
    assertTrue(later.isResourceExpired());
    assertEquals(2, server.requestCount());
  }

  @Test
  void aSinglePageIsReturnedAsIs() {
    server.enqueue(page("200", null, "a"));
    ConfigMapList list = ListPager.of(configMaps).list(ListOptions.none());
    assertEquals(List.of("a"), names(list));
    assertEquals("200", list.getMetadata().getResourceVersion());
  }

  @Test
  void anExplicitLimitWinsOverThePageSize() {
    server.enqueue(page("200", null, "a"));
    ListPager.of(configMaps).list(ListOptions.builder().limit(7L).build());
    assertEquals(Optional.of("7"), server.request(0).param("limit"));
  }

  @Test
  void eachListItemHandsOutItemsPageByPage() {
    server.enqueue(page("200", "tok-1", "a", "b"), page("200", "tok-2", "c"), page("200", null, "d"));
    List<String> seen = new ArrayList<>();
    ListPager.of(configMaps).withPageSize(2).eachListItem(REQUESTED, cm -> seen.add(cm.getMetadata().getName()));
    assertEquals(List.of("a", "b", "c", "d"), seen);
    assertEquals(Optional.of("tok-2"), server.request(2).param("continue"));
    assertFalse(server.request(2).param("resourceVersion").isPresent());
  }

  @Test
  void eachListItemCannotStartOverSoExpiredPropagates() {
    server.enqueue(page("200", "tok-1", "a", "b"), expired());
    List<String> seen = new ArrayList<>();
    ApiException e = assertThrows(ApiException.class, () -> ListPager.of(configMaps)
        .eachListItem(REQUESTED, cm -> seen.add(cm.getMetadata().getName())));
    assertTrue(e.isResourceExpired());
    assertEquals(List.of("a", "b"), seen);
  }

  @Test
  void streamFetchesPagesOnlyWhenReached() {
    server.enqueue(page("200", "tok-1", "a", "b"), page("200", null, "c"));
    List<String> firstTwo = ListPager.of(configMaps).withPageSize(2).stream(ListOptions.none())
        .limit(2).map(cm -> cm.getMetadata().getName()).toList();
    assertEquals(List.of("a", "b"), firstTwo);
    assertEquals(1, server.requestCount());
  }

  @Test
  void worksOverAnyPageFunction() {
    List<ListOptions> asked = new ArrayList<>();
    ListPager<ConfigMap, ConfigMapList> pager = ListPager.<ConfigMap, ConfigMapList>of(options -> {
      asked.add(options);
      ConfigMapList list = new ConfigMapList();
      list.setMetadata(new io.kubegen.runtime.api.ListMeta());
      list.getItems().add(ConfigMap.named("ns", "p" + asked.size()));
      if (asked.size() < 3) {
        list.getMetadata().setContinue("c" + asked.size());
      }
      return list;
    });
    ConfigMapList all = pager.list(ListOptions.none());
    assertEquals(List.of("p1", "p2", "p3"), names(all));
    assertEquals(List.of("c1", "c2"), asked.stream().skip(1).map(ListOptions::continueToken).toList());
    assertThrows(IllegalArgumentException.class, () -> pager.withPageSize(0));
    assertEquals(500, pager.pageSize());
  }

  private static List<String> names(ConfigMapList list) {
    return list.getItems().stream().map(cm -> cm.getMetadata().getName()).toList();
  }
}
