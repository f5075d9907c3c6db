package io.kubegen.runtime.informers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.cache.Indexers;
import io.kubegen.runtime.cache.KeyFunctions;
import io.kubegen.runtime.cache.ListWatch;
import io.kubegen.runtime.cache.ResourceEventHandler;
import io.kubegen.runtime.cache.SharedIndexInformer;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.fixtures.MockApiServer;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A factory shaped like a generated one, over HTTP against fabric8's kubernetes-server-mock
 * (WebSocket watch): its namespace restriction, list-options tweak and transform reach the
 * server's lists and watches, the cache syncs, follows changes, and the generic lister reads it.
 */
@Timeout(30)
class SharedInformerFactoryMockServerTest {
  private static final GroupVersionResource CONFIGMAPS = new GroupVersionResource("", "v1", "configmaps");

  private static MockApiServer server;
  private static RestClient rest;
  private static HttpResourceClient<ConfigMap, ConfigMapList> configMaps;
  private HttpInformerFactory factory;

  /** What a generated factory looks like: a typed accessor over informerFor, the resource registered. */
  static final class HttpInformerFactory extends SharedInformerFactory {
    private final HttpResourceClient<ConfigMap, ConfigMapList> client;

    HttpInformerFactory(HttpResourceClient<ConfigMap, ConfigMapList> client, SharedInformerOptions options) {
      super(options);
      this.client = client;
      registerResource(CONFIGMAPS, this::configMaps);
    }

    SharedIndexInformer<ConfigMap> configMaps() {
      return informerFor(ConfigMap.class, f -> SharedIndexInformer.builder(ConfigMap.class,
              ListWatch.of(client, f.namespace(), f.tweakListOptions()))
          .resyncPeriod(f.resyncPeriodFor(ConfigMap.class))
          .indexers(Indexers.namespace())
          .build());
    }
  }

  @BeforeAll
  static void startServer() {
    server = MockApiServer.start();
    rest = RestClient.create(RestConfig.builder(server.uri())
        .watchTransport(WatchTransport.WEBSOCKET)
        .qps(0)
        .requestTimeout(Duration.ofSeconds(10))
        .build());
    configMaps = HttpResourceClient.create(rest, CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  @AfterEach
  void shutdown() {
    if (factory != null) {
      factory.shutdown();
    }
  }

  private static ConfigMap create(String namespace, String name, String app) {
    ConfigMap cm = ConfigMap.named(namespace, name).withData(Map.of("k", name));
    cm.getMetadata().setLabels(Map.of("app", app));
    cm.getMetadata().setAnnotations(Map.of("note", "dropped by the transform"));
    return configMaps.create(cm);
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("timed out waiting until " + what);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void aNamespacedFilteredFactorySyncsFollowsChangesAndServesItsListers() throws Exception {
    create("ns-a", "web-1", "web");
    create("ns-a", "db-1", "db");
    create("ns-b", "web-2", "web");
    factory = new HttpInformerFactory(configMaps, SharedInformerOptions.builder()
        .withNamespace("ns-a")
        .withTweakListOptions(ListWatch.withLabelSelector("app=web"))
        .withTransform(HttpInformerFactoryTransform::dropAnnotations)
        .build());
    SharedIndexInformer<ConfigMap> informer = factory.configMaps();
    assertSame(informer, factory.configMaps(), "one informer per type");
    LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
    informer.addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(ConfigMap obj, boolean isInInitialList) {
        events.add("add " + KeyFunctions.metaNamespaceKey(obj) + (isInInitialList ? " initial" : ""));
      }

      @Override
      public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
        events.add("update " + KeyFunctions.metaNamespaceKey(newObj) + " " + newObj.getData());
      }

      @Override
      public void onDelete(ConfigMap obj, boolean finalStateUnknown) {
        events.add("delete " + KeyFunctions.metaNamespaceKey(obj));
      }
    });
    factory.start();
    factory.start(); // idempotent

    assertEquals(Map.of(ConfigMap.class, true), factory.waitForCacheSync(Duration.ofSeconds(10)));
    assertEquals(List.of("ns-a/web-1"), informer.getStore().listKeys(), "only the namespace and label asked for");
    assertEquals("add ns-a/web-1 initial", events.poll(5, TimeUnit.SECONDS));
    assertEquals(null, informer.getStore().getByKey("ns-a/web-1").getMetadata().getAnnotations(),
        "the factory's transform ran before caching");

    // Changes over HTTP, some of them outside the informer's selection. The first add arrives
    // through the watch (or the mock's replay, if it raced the watch's start): from then on the
    // watch is open, and a deletion cannot fall between the list and the watch (the mock would lose it).
    create("ns-a", "web-3", "web");
    assertEquals("add ns-a/web-3", events.poll(5, TimeUnit.SECONDS));
    create("ns-a", "db-2", "db");
    create("ns-b", "web-4", "web");
    ConfigMap changed = configMaps.inNamespace("ns-a").get("web-1");
    changed.setData(Map.of("k", "changed"));
    configMaps.update(changed);
    configMaps.inNamespace("ns-a").delete("web-3");

    assertEquals(List.of("update ns-a/web-1 {k=changed}", "delete ns-a/web-3"),
        List.of(events.poll(5, TimeUnit.SECONDS), events.poll(5, TimeUnit.SECONDS)));
    awaitTrue(() -> informer.getStore().listKeys().equals(List.of("ns-a/web-1")), "the cache follows the server");

    @SuppressWarnings("unchecked")
    GenericInformer<ConfigMap> generic = (GenericInformer<ConfigMap>) factory.forResource(CONFIGMAPS);
    assertSame(informer, generic.informer());
    assertEquals(Map.of("k", "changed"), generic.lister().byNamespace("ns-a").get("web-1").getData());
    assertEquals(1, generic.lister().list(labels -> "web".equals(labels.get("app"))).size());
    ApiException missing = assertThrows(ApiException.class, () -> generic.lister().byNamespace("ns-a").get("db-1"));
    assertTrue(missing.isNotFound());

    factory.shutdown();
    assertTrue(informer.isStopped());
    assertTrue(events.isEmpty(), () -> "nothing else: " + events);
  }

  /** The factory's transform: drops annotations, as users drop managedFields to save memory. */
  static final class HttpInformerFactoryTransform {
    private HttpInformerFactoryTransform() {}

    static KubernetesObject dropAnnotations(KubernetesObject obj) {
      obj.getMetadata().setAnnotations(null);
      return obj;
    }
  }
}
