package io.acme.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.acme.apis.apps.v1.Deployment;
import io.acme.apis.core.v1.Namespace;
import io.acme.informers.SharedInformerFactory;
import io.acme.informers.apps.v1.DeploymentInformer;
import io.acme.informers.core.v1.NamespaceInformer;
import io.acme.listers.apps.v1.DeploymentLister;
import io.acme.listers.core.v1.NamespaceLister;
import io.kubegen.runtime.testing.Action;
import io.kubegen.runtime.testing.Fake;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.LabelSelector;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.cache.Indexers;
import io.kubegen.runtime.cache.ListWatch;
import io.kubegen.runtime.cache.ResourceEventHandler;
import io.kubegen.runtime.cache.SharedIndexInformer;
import io.kubegen.runtime.informers.GenericInformer;
import io.kubegen.runtime.informers.SharedInformerOptions;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the generated listers and informers over an in-memory fake; compiled together with them
 * (so it also proves their API reads as intended), and called by InformerRunTest.
 */
public final class InformerScenario {
  private static final Duration SYNC = Duration.ofSeconds(10);

  private final Fake clients = new Fake();

  public InformerScenario() {
    clients.tracker().add(DeploymentInformer.RESOURCE, deployment("ns1", "a", "web"));
    clients.tracker().add(DeploymentInformer.RESOURCE, deployment("ns1", "b", "db"));
    clients.tracker().add(DeploymentInformer.RESOURCE, deployment("ns2", "c", "web"));
    clients.tracker().add(NamespaceInformer.RESOURCE, namespace("default"));
    clients.tracker().add(NamespaceInformer.RESOURCE, namespace("kube-system"));
  }

  public void factoryFillsListers() throws InterruptedException {
    DeploymentInformer deployments;
    try (SharedInformerFactory factory = SharedInformerFactory.create(clients)) {
      deployments = factory.apps().v1().deployments();
      assertSame(deployments.informer(), factory.apps().v1().deployments().informer(),
          "one shared informer per type");
      NamespaceInformer namespaces = factory.core().v1().namespaces();
      namespaces.informer();
      factory.start();
      assertEquals(Map.of(Deployment.class, true, Namespace.class, true),
          factory.waitForCacheSync(SYNC));

      DeploymentLister lister = deployments.lister();
      assertEquals(List.of("a", "b", "c"), names(lister.list()));
      assertEquals(List.of("a", "c"), names(lister.list(LabelSelector.of(Map.of("app", "web")))));
      assertEquals(List.of("b"), names(lister.list(labels -> "db".equals(labels.get("app")))));
      assertEquals(List.of("a", "c"), names(lister.byApp("web")), "the user's expansion method");
      assertEquals(List.of("a", "b"), names(lister.deployments("ns1").list()));
      assertEquals(List.of("a"),
          names(lister.deployments("ns1").list(LabelSelector.parse("app in (web)"))));
      assertEquals("c", lister.deployments("ns2").get("c").getMetadata().getName());
      ApiException notFound =
          assertThrows(ApiException.class, () -> lister.deployments("ns2").get("a"));
      assertEquals(404, notFound.code());
      assertEquals("deployments.apps \"a\" not found", notFound.getMessage());
      assertTrue(deployments.informer().getIndexer().getIndexers().containsKey(Indexers.NAMESPACE),
          "the factory's informer has the namespace index");

      NamespaceLister namespaceLister = namespaces.lister();
      assertEquals(List.of("default", "kube-system"), names(namespaceLister.list()));
      assertEquals("default", namespaceLister.get("default").getMetadata().getName());
      ApiException nsNotFound = assertThrows(ApiException.class, () -> namespaceLister.get("nope"));
      assertEquals(404, nsNotFound.code());
      assertEquals("namespaces \"nope\" not found", nsNotFound.getMessage());

      // A later add reaches the cache through the watch.
      CountDownLatch added = new CountDownLatch(1);
      deployments.informer().addEventHandler(new ResourceEventHandler<Deployment>() {
        @Override
        public void onAdd(Deployment obj, boolean isInInitialList) {
          if ("d".equals(obj.getMetadata().getName())) {
            added.countDown();
          }
        }
      });
      clients.tracker().add(DeploymentInformer.RESOURCE, deployment("ns2", "d", "web"));
      assertTrue(added.await(10, TimeUnit.SECONDS), "watched add arrived");
      assertEquals(List.of("c", "d"), names(lister.deployments("ns2").list()));
    }
    assertTrue(deployments.informer().isStopped(), "close stops the factory's informers");
  }

  public void forResourceFindsRegisteredInformers() {
    try (SharedInformerFactory factory = SharedInformerFactory.create(clients)) {
      GenericInformer<?> generic = factory.forResource(DeploymentInformer.RESOURCE);
      assertSame(factory.apps().v1().deployments().informer(), generic.informer());
      GenericInformer<?> namespaces = factory.forResource(NamespaceInformer.RESOURCE);
      assertSame(factory.core().v1().namespaces().informer(), namespaces.informer());
      factory.start();
      assertEquals(Map.of(Deployment.class, true, Namespace.class, true),
          factory.waitForCacheSync(SYNC));
      KubernetesObject a = generic.lister().byNamespace("ns1").get("a");
      assertEquals("a", a.getMetadata().getName());
      ApiException e =
          assertThrows(ApiException.class, () -> generic.lister().byNamespace("ns1").get("zz"));
      assertEquals("deployments.apps \"zz\" not found", e.getMessage());
      assertEquals("default", namespaces.lister().get("default").getMetadata().getName());
      assertThrows(IllegalArgumentException.class,
          () -> factory.forResource(new GroupVersionResource("apps", "v1", "replicasets")));
    }
  }

  public void factoryOptionsReachInformers() {
    SharedInformerOptions options = SharedInformerOptions.builder()
        .withNamespace("ns1")
        .withTweakListOptions(ListWatch.withLabelSelector("app=web"))
        .withTransform(obj -> {
          obj.getMetadata().setAnnotations(Map.of("seen", "yes"));
          return obj;
        })
        .withCustomResyncConfig(Map.of(Deployment.class, Duration.ofMinutes(1)))
        .build();
    try (SharedInformerFactory factory = SharedInformerFactory.create(clients, options)) {
      DeploymentLister lister = factory.apps().v1().deployments().lister();
      factory.start();
      assertEquals(Map.of(Deployment.class, true), factory.waitForCacheSync(SYNC),
          "only the informers asked for are started");
      assertEquals(List.of("a"), names(lister.list()), "namespace ns1, label app=web");
      assertEquals("yes",
          lister.deployments("ns1").get("a").getMetadata().getAnnotations().get("seen"));
      Action list = clients.actions().get(0);
      assertEquals(Action.LIST, list.verb());
      assertEquals(DeploymentInformer.RESOURCE, list.resource());
      assertEquals("ns1", list.namespace());
      assertEquals("app=web", list.listOptions().labelSelector());
    }
  }

  public void standaloneInformers() {
    SharedIndexInformer<Deployment> informer = DeploymentInformer.newFilteredDeploymentInformer(
        clients, "ns2", Duration.ZERO, Indexers.namespace(), ListWatch.withLabelSelector("app=web"));
    SharedIndexInformer<Namespace> namespaceInformer =
        NamespaceInformer.newNamespaceInformer(clients, Duration.ZERO, Map.of());
    try (informer; namespaceInformer) {
      informer.start();
      namespaceInformer.start();
      awaitSynced(informer);
      awaitSynced(namespaceInformer);
      assertEquals(List.of("c"), names(DeploymentLister.of(informer.getIndexer()).list()));
      assertEquals(List.of("c"),
          names(DeploymentLister.of(informer.getIndexer()).deployments("ns2").list()));
      assertEquals("kube-system", NamespaceLister.of(namespaceInformer.getIndexer())
          .get("kube-system").getMetadata().getName());
    }
    assertTrue(informer.isStopped());
  }

  private static void awaitSynced(SharedIndexInformer<?> informer) {
    long deadline = System.nanoTime() + SYNC.toNanos();
    while (!informer.hasSynced()) {
      assertTrue(System.nanoTime() - deadline < 0, "informer did not sync");
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
  }

  private static List<String> names(List<? extends KubernetesObject> objects) {
    return objects.stream().map(o -> o.getMetadata().getName()).sorted().toList();
  }

  private static Deployment deployment(String namespace, String name, String app) {
    Deployment d = new Deployment();
    d.setMetadata(new ObjectMeta().withNamespace(namespace).withName(name)
        .withLabels(Map.of("app", app)));
    return d;
  }

  private static Namespace namespace(String name) {
    Namespace n = new Namespace();
    n.setMetadata(new ObjectMeta().withName(name));
    return n;
  }
}
