package io.kubegen.runtime.dynamic;

import static io.kubegen.runtime.dynamic.CronTabs.CRONTABS;
import static io.kubegen.runtime.dynamic.CronTabs.cronTab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ScriptedApiServer;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Recorded;
import io.kubegen.runtime.fixtures.ScriptedApiServer.Reply;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.JsonCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The requests the dynamic client sends: paths with namespaces and subresources, bodies, headers. */
@Timeout(30)
class DynamicClientRequestTest {
  private static final String CT = "/apis/stable.example.com/v1/namespaces/ns1/crontabs";
  private static final String OBJECT = """
      {"apiVersion":"stable.example.com/v1","kind":"CronTab",\
      "metadata":{"name":"daily","namespace":"ns1","resourceVersion":"7"},"spec":{"cronSpec":"* * * * *"}}""";

  private static ScriptedApiServer server;
  private static DynamicClient dynamic;
  private DynamicResourceClient cronTabs;

  @BeforeAll
  static void start() {
    server = ScriptedApiServer.start();
    dynamic = DynamicClient.create(RestClient.create(RestConfig.builder(server.uri())
        .requestTimeout(Duration.ofSeconds(10))
        .qps(0)
        .build()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
    server.otherwise(r -> Reply.json(200, OBJECT));
    cronTabs = dynamic.resource(CRONTABS).namespace("ns1");
  }

  private static GenericKubernetesObject daily() {
    return cronTab("ns1", "daily", "* * * * *", Map.of());
  }

  private static Recorded last() {
    List<Recorded> requests = server.requests();
    return requests.get(requests.size() - 1);
  }

  @Test
  void subresourceArgumentsAddressTheSubresourceOfTheNamedObject() {
    GenericKubernetesObject got = cronTabs.get("daily", GetOptions.none(), "status");
    assertEquals("GET " + CT + "/daily/status", last().toString());
    assertEquals("daily", got.getMetadata().getName());

    cronTabs.get("daily", new GetOptions("0"));
    assertEquals("GET " + CT + "/daily?resourceVersion=0", last().toString());

    cronTabs.update(daily(), UpdateOptions.fieldManager("me"), "scale");
    assertEquals("PUT " + CT + "/daily/scale?fieldManager=me", last().toString());
    assertEquals("daily", JsonCodec.shared().read(last().body(), GenericKubernetesObject.class).getMetadata().getName());

    cronTabs.update(daily());
    assertEquals("PUT " + CT + "/daily", last().toString());

    cronTabs.updateStatus(daily(), UpdateOptions.none());
    assertEquals("PUT " + CT + "/daily/status", last().toString());

    cronTabs.create(daily(), CreateOptions.none(), "approval");
    assertEquals("POST " + CT + "/daily/approval", last().toString());
    cronTabs.create(daily());
    assertEquals("POST " + CT, last().toString());

    cronTabs.patch("daily", PatchType.MERGE, "{\"status\":{\"active\":1}}", PatchOptions.none(), "status");
    assertEquals("PATCH " + CT + "/daily/status", last().toString());
    assertEquals("application/merge-patch+json", last().header("content-type").orElseThrow());
    assertEquals("{\"status\":{\"active\":1}}", last().bodyText());

    cronTabs.delete("daily", DeleteOptions.propagation("Foreground"), "finalizer");
    assertEquals("DELETE " + CT + "/daily/finalizer", last().toString());
    assertTrue(last().bodyText().contains("\"propagationPolicy\":\"Foreground\""), last().bodyText());
  }

  @Test
  void allPatchTypesSendTheirContentType() {
    for (PatchType type : PatchType.values()) {
      PatchOptions options = type == PatchType.APPLY ? PatchOptions.fieldManager("m") : PatchOptions.none();
      cronTabs.patch("daily", type, "{}", options);
      assertEquals(type.contentType(), last().header("content-type").orElseThrow());
      assertEquals("PATCH", last().method());
    }
  }

  @Test
  void applySendsApplyPatchYamlWithTheFieldManager() {
    GenericKubernetesObject intent = new GenericKubernetesObject("stable.example.com/v1", "CronTab");
    intent.set("spec", Map.of("cronSpec", "*/10 * * * *"));
    cronTabs.apply("daily", intent, ApplyOptions.of("kubegen-test").withForce(true));

    Recorded apply = last();
    assertEquals("PATCH " + CT + "/daily", apply.method() + " " + apply.rawPath());
    assertEquals("application/apply-patch+yaml", apply.header("content-type").orElseThrow());
    assertEquals("kubegen-test", apply.param("fieldManager").orElseThrow());
    assertEquals("true", apply.param("force").orElseThrow());
    GenericKubernetesObject sent = JsonCodec.shared().read(apply.body(), GenericKubernetesObject.class);
    assertEquals("daily", sent.getMetadata().getName(), "the name is filled in from the argument");
    assertEquals(Map.of("cronSpec", "*/10 * * * *"), sent.get("spec"));
    assertNull(intent.getMetadata(), "the caller's object is not modified");

    cronTabs.applyStatus("daily", daily(), ApplyOptions.of("kubegen-test"));
    assertEquals("PATCH " + CT + "/daily/status", last().method() + " " + last().rawPath());
    assertEquals("application/apply-patch+yaml", last().header("content-type").orElseThrow());
    assertTrue(last().param("force").isEmpty());

    cronTabs.apply("daily", daily(), ApplyOptions.of("m"), "scale");
    assertEquals("PATCH " + CT + "/daily/scale", last().method() + " " + last().rawPath());

    int sentSoFar = server.requestCount();
    assertThrows(IllegalArgumentException.class, () -> cronTabs.apply("weekly", daily(), ApplyOptions.of("m")));
    assertThrows(IllegalArgumentException.class, () -> cronTabs.apply("", daily(), ApplyOptions.of("m")));
    assertEquals(sentSoFar, server.requestCount(), "refused before sending");
  }

  @Test
  void anEmptyNamespaceMeansClusterScopedOrAllNamespaces() {
    NamespaceableResourceClient nodes = dynamic.resource(new GroupVersionResource("", "v1", "nodes"));
    assertSame(nodes, nodes.namespace(""));
    server.enqueue(Reply.json(200, "{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"n1\"}}"));
    assertEquals("Node", nodes.get("n1").getKind());
    assertEquals("GET /api/v1/nodes/n1", last().toString());

    server.enqueue(Reply.json(200, "{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"n1\"}}"));
    nodes.get("n1", GetOptions.none(), "status");
    assertEquals("GET /api/v1/nodes/n1/status", last().toString());

    server.enqueue(Reply.json(200, "{\"apiVersion\":\"stable.example.com/v1\",\"kind\":\"CronTabList\","
        + "\"metadata\":{\"resourceVersion\":\"42\"},\"items\":[" + OBJECT + "]}"));
    var list = dynamic.resource(CRONTABS).list(ListOptions.builder().labelSelector("app=a").build());
    assertEquals("GET /apis/stable.example.com/v1/crontabs?labelSelector=app%3Da", last().toString());
    assertEquals("42", list.getMetadata().getResourceVersion());
    assertEquals("daily", list.getItems().get(0).getMetadata().getName());
    assertEquals("ns1", list.getItems().get(0).getMetadata().getNamespace());

    server.enqueue(Reply.empty(200));
    dynamic.resource(CRONTABS).deleteCollection(DeleteOptions.none(), ListOptions.builder().labelSelector("x").build());
    assertEquals("DELETE /apis/stable.example.com/v1/crontabs?labelSelector=x", last().toString());

    server.enqueue(Reply.empty(200));
    cronTabs.deleteCollection(DeleteOptions.none(), ListOptions.none());
    assertEquals("DELETE " + CT, last().toString());
    assertTrue(last().bodyText().contains("\"kind\":\"DeleteOptions\""), last().bodyText());
  }

  @Test
  void watchOpensAWatchOnTheCollection() throws Exception {
    server.enqueue(Reply.json(200, "{\"type\":\"ADDED\",\"object\":" + OBJECT + "}\n"
        + "{\"type\":\"DELETED\",\"object\":" + OBJECT + "}\n"));
    try (Watch<GenericKubernetesObject> watch =
             cronTabs.watch(ListOptions.builder().resourceVersion("7").allowWatchBookmarks(true).build())) {
      WatchEvent<GenericKubernetesObject> added = watch.next();
      assertEquals(WatchEvent.Type.ADDED, added.type());
      assertEquals("daily", added.object().getMetadata().getName());
      assertEquals(WatchEvent.Type.DELETED, watch.next().type());
      assertNull(watch.next(), "the stream ended");
    }
    Recorded request = last();
    assertEquals(CT, request.rawPath());
    assertEquals("true", request.param("watch").orElseThrow());
    assertEquals("7", request.param("resourceVersion").orElseThrow());
    assertEquals("true", request.param("allowWatchBookmarks").orElseThrow());
  }

  @Test
  void createTakesTheNamespaceOfTheClient() {
    GenericKubernetesObject noNamespace = daily();
    noNamespace.getMetadata().setNamespace(null);
    cronTabs.create(noNamespace);
    assertEquals("POST " + CT, last().toString());

    GenericKubernetesObject noName = new GenericKubernetesObject("stable.example.com/v1", "CronTab");
    noName.setMetadata(new ObjectMeta());
    assertThrows(IllegalArgumentException.class, () -> cronTabs.update(noName));
    assertThrows(IllegalArgumentException.class, () -> cronTabs.create(noName, CreateOptions.none(), "status"));
  }
}
