package io.kubegen.runtime.informers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.cache.Indexers;
import io.kubegen.runtime.cache.ListWatch;
import io.kubegen.runtime.cache.ResourceEventHandler;
import io.kubegen.runtime.cache.ScriptedListerWatcher;
import io.kubegen.runtime.cache.SharedIndexInformer;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedInformerFactoryTest {
  private static final GroupVersionResource CONFIGMAPS = new GroupVersionResource("", "v1", "configmaps");

  /** What a generated factory looks like: typed accessors over informerFor, resources registered. */
  static final class TestInformerFactory extends SharedInformerFactory {
    final ScriptedListerWatcher configMapSource = new ScriptedListerWatcher();
    final AtomicInteger configMapInformersBuilt = new AtomicInteger();
    final List<ListOptions> widgetLists = new ArrayList<>();
    final CountDownLatch widgetListed = new CountDownLatch(1);
    final LinkedBlockingQueue<Object> never = new LinkedBlockingQueue<>();

    TestInformerFactory(SharedInformerOptions options) {
      super(options);
      registerResource(CONFIGMAPS, this::configMaps);
    }

    SharedIndexInformer<ConfigMap> configMaps() {
      return informerFor(ConfigMap.class, factory -> {
        configMapInformersBuilt.incrementAndGet();
        return SharedIndexInformer.builder(ConfigMap.class, configMapSource)
            .resyncPeriod(factory.resyncPeriodFor(ConfigMap.class))
            .indexers(Indexers.namespace())
            .build();
      });
    }

    /** An informer whose list never answers, so it never syncs. */
    SharedIndexInformer<GenericKubernetesObject> widgets() {
      return informerFor(GenericKubernetesObject.class, factory -> SharedIndexInformer.builder(
          GenericKubernetesObject.class,
          ListWatch.<GenericKubernetesObject, GenericKubernetesList>of(options -> {
            synchronized (widgetLists) {
              widgetLists.add(factory.tweakListOptions().apply(options));
            }
            widgetListed.countDown();
            try {
              never.take();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new ApiException("interrupted", 0, new io.kubegen.runtime.api.Status());
          }, options -> {
            throw new UnsupportedOperationException();
          })).name("widgets").build());
    }
  }

  private TestInformerFactory factory = new TestInformerFactory(SharedInformerOptions.defaults());

  private static ConfigMap cm(String namespace, String name, String rv) {
    ConfigMap cm = new ConfigMap();
    cm.setMetadata(new ObjectMeta().withNamespace(namespace).withName(name).withResourceVersion(rv));
    return cm;
  }

  private static List<String> informerThreads() {
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith(SharedIndexInformer.THREAD_NAME_PREFIX)) {
        names.add(t.getName());
      }
    }
    return names;
  }

  @AfterEach
  void shutdown() {
    factory.shutdown();
    assertEquals(List.of(), informerThreads());
  }

  @Test
  void oneInformerPerType() {
    SharedIndexInformer<ConfigMap> first = factory.configMaps();
    assertSame(first, factory.configMaps());
    assertSame(first, factory.informerFor(ConfigMap.class, f -> {
      throw new AssertionError("not called for a type already present");
    }));
    assertEquals(1, factory.configMapInformersBuilt.get());
  }

  @Test
  void startIsIdempotentAndWaitForCacheSyncReportsPerType() throws Exception {
    factory.configMapSource.respondToList("10", cm("ns", "a", "1"));
    factory.configMapSource.respondToWatch();
    factory.configMaps();
    factory.start();
    factory.start();
    assertEquals(Map.of(ConfigMap.class, true), factory.waitForCacheSync(Duration.ofSeconds(5)));
    factory.start();
    assertEquals(1, factory.configMapSource.listCalls().size(), "the informer ran once");

    factory.widgets(); // asked for after start: not started until start is called again
    assertEquals(Map.of(ConfigMap.class, true), factory.waitForCacheSync(Duration.ofSeconds(5)));
    factory.start();
    Map<Class<?>, Boolean> synced = factory.waitForCacheSync(Duration.ofMillis(50));
    assertEquals(Map.of(ConfigMap.class, true, GenericKubernetesObject.class, false), synced);
  }

  @Test
  void shutdownStopsEveryThreadAndPreventsStarts() throws Exception {
    factory.configMapSource.respondToList("10");
    factory.configMapSource.respondToWatch();
    factory.configMaps().addEventHandler(new ResourceEventHandler<>() { });
    factory.start();
    assertTrue(factory.waitForCacheSync(Duration.ofSeconds(5)).get(ConfigMap.class));
    factory.widgets();
    factory.start();
    assertTrue(factory.widgetListed.await(5, TimeUnit.SECONDS), "the unsynced informer is running too");
    assertFalse(informerThreads().isEmpty());

    factory.shutdown();
    assertEquals(List.of(), informerThreads(), "shutdown returns once every informer thread has ended");
    assertTrue(factory.configMaps().isStopped());
    factory.start();
    assertEquals(List.of(), informerThreads(), "no start after shutdown");
    factory.shutdown(); // idempotent
  }

  @Test
  void forResourceGivesInformerAndLister() throws Exception {
    factory.configMapSource.respondToList("10", cm("ns", "a", "1"));
    factory.configMapSource.respondToWatch();
    GenericInformer<?> generic = factory.forResource(CONFIGMAPS);
    assertSame(factory.configMaps(), generic.informer());
    factory.start();
    factory.waitForCacheSync(Duration.ofSeconds(5));
    assertEquals("a", generic.lister().byNamespace("ns").get("a").getMetadata().getName());
    ApiException notFound = assertThrows(ApiException.class, () -> generic.lister().byNamespace("ns").get("b"));
    assertEquals("configmaps \"b\" not found", notFound.getMessage());

    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> factory.forResource(new GroupVersionResource("apps", "v1", "deployments")));
    assertEquals("no informer found for apps/v1/deployments", unknown.getMessage());
  }

  @Test
  void optionsReachTheInformers() throws Exception {
    factory = new TestInformerFactory(SharedInformerOptions.builder()
        .withNamespace("team-a")
        .withTweakListOptions(o -> o.toBuilder().labelSelector("app=web").build())
        .withDefaultResync(Duration.ofMinutes(10))
        .withCustomResyncConfig(Map.of(ConfigMap.class, Duration.ofMinutes(1)))
        .withTransform(obj -> {
          obj.getMetadata().setAnnotations(Map.of("transformed", "yes"));
          return obj;
        })
        .build());
    assertEquals("team-a", factory.namespace());
    assertEquals(Duration.ofMinutes(1), factory.resyncPeriodFor(ConfigMap.class));
    assertEquals(Duration.ofMinutes(10), factory.resyncPeriodFor(GenericKubernetesObject.class));

    CountDownLatch added = new CountDownLatch(1);
    List<ConfigMap> seen = new ArrayList<>();
    factory.configMaps().addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(ConfigMap obj, boolean isInInitialList) {
        seen.add(obj);
        added.countDown();
      }
    });
    factory.configMapSource.respondToList("10", cm("ns", "a", "1"));
    factory.configMapSource.respondToWatch();
    factory.widgets();
    factory.start();
    assertTrue(added.await(5, TimeUnit.SECONDS));
    assertEquals(Map.of("transformed", "yes"), seen.get(0).getMetadata().getAnnotations());
    assertTrue(factory.widgetListed.await(5, TimeUnit.SECONDS));
    synchronized (factory.widgetLists) {
      assertEquals("app=web", factory.widgetLists.get(0).labelSelector());
    }
  }

  @Test
  void optionsRejectNegativeResync() {
    assertThrows(IllegalArgumentException.class,
        () -> SharedInformerOptions.builder().withDefaultResync(Duration.ofSeconds(-1)).build());
    assertEquals(null, SharedInformerOptions.builder().withNamespace("").build().namespace());
  }
}
