package com.example.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.client.clientset.fake.FakeClientset;
import com.example.client.informers.SharedInformerFactory;
import com.example.client.informers.policy.v1alpha1.ClusterPolicyInformer;
import com.example.client.informers.stable.v1.CronTabInformer;
import com.example.client.listers.policy.v1alpha1.ClusterPolicyLister;
import com.example.client.listers.stable.v1.CronTabLister;
import com.example.crontab.CronTab;
import com.example.crontab.CronTabSpec;
import com.example.policy.ClusterPolicy;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.LabelSelector;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.cache.ResourceEventHandler;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.testing.Fake;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the listers and informers generated for the annotated classes over the runtime's
 * in-memory {@link Fake}; compiled in the same javac run as the processor's output.
 */
public final class Scenario {
  private static final Duration SYNC = Duration.ofSeconds(10);

  private final Fake fake = new Fake();

  public Scenario() {
    fake.tracker().add(CronTabInformer.RESOURCE, cronTab("ns1", "a", "web", "nginx"));
    fake.tracker().add(CronTabInformer.RESOURCE, cronTab("ns1", "b", "db", "postgres"));
    fake.tracker().add(CronTabInformer.RESOURCE, cronTab("ns2", "c", "web", "nginx"));
    fake.tracker().add(ClusterPolicyInformer.RESOURCE, policy("strict", List.of("root")));
  }

  public void resources() {
    assertEquals(new GroupVersionResource("stable.example.com", "v1", "crontabs"),
        CronTabInformer.RESOURCE);
    assertEquals(new GroupVersionResource("policy.example.com", "v1alpha1", "clusterpolicies"),
        ClusterPolicyInformer.RESOURCE);
  }

  public void informersFillListers() throws InterruptedException {
    try (SharedInformerFactory factory = SharedInformerFactory.create(fake)) {
      CronTabInformer cronTabs = factory.stable().v1().cronTabs();
      ClusterPolicyInformer policies = factory.policy().v1alpha1().clusterPolicies();
      cronTabs.informer();
      policies.informer();
      factory.start();
      assertEquals(Map.of(CronTab.class, true, ClusterPolicy.class, true),
          factory.waitForCacheSync(SYNC));

      CronTabLister lister = cronTabs.lister();
      assertEquals(List.of("a", "b", "c"), names(lister.list()));
      assertEquals(List.of("a", "c"), names(lister.list(LabelSelector.of(Map.of("app", "web")))));
      assertEquals(List.of("a", "b"), names(lister.cronTabs("ns1").list()));
      CronTab c = lister.cronTabs("ns2").get("c");
      assertEquals("nginx", c.getSpec().containerImage, "decoded into the user's own class");
      assertEquals(List.of("a", "c"), names(lister.byImage("nginx")), "the user's expansion");
      ApiException notFound = assertThrows(ApiException.class, () -> lister.cronTabs("ns2").get("a"));
      assertEquals(404, notFound.code());
      assertEquals("crontabs.stable.example.com \"a\" not found", notFound.getMessage());

      ClusterPolicyLister policyLister = policies.lister();
      assertEquals(List.of("root"), policyLister.get("strict").getSpec().denied());

      CountDownLatch added = new CountDownLatch(1);
      cronTabs.informer().addEventHandler(new ResourceEventHandler<CronTab>() {
        @Override
        public void onAdd(CronTab obj, boolean isInInitialList) {
          if ("d".equals(obj.getMetadata().getName())) {
            added.countDown();
          }
        }
      });
      fake.tracker().add(CronTabInformer.RESOURCE, cronTab("ns2", "d", "web", "busybox"));
      assertTrue(added.await(10, TimeUnit.SECONDS), "a watched add reached the informer");
      assertEquals(List.of("c", "d"), names(lister.cronTabs("ns2").list()));
    }
  }

  public void fakeClientsetServesTheAnnotatedClasses() {
    FakeClientset clients = FakeClientset.create(cronTab("ns1", "a", "web", "nginx"));
    CronTab created = clients.stableV1().cronTabs("ns1").create(cronTab("ns1", "b", "db", "postgres"));
    assertTrue(created.getMetadata().getResourceVersion() != null, "the tracker set a resourceVersion");
    assertEquals(List.of("a"), names(clients.stableV1().cronTabs("ns1")
        .list(ListOptions.builder().labelSelector("app=web").build()).getItems()));

    CronTab stale = clients.stableV1().cronTabs("ns1").get("a");
    CronTab fresh = clients.stableV1().cronTabs("ns1").get("a");
    fresh.getSpec().containerImage = "nginx:2";
    clients.stableV1().cronTabs("ns1").update(fresh);
    ApiException conflict = assertThrows(ApiException.class, () -> clients.stableV1().cronTabs("ns1").update(stale));
    assertTrue(conflict.isConflict(), "a stale update conflicts");

    clients.policyV1alpha1().clusterPolicies().create(policy("open", List.of()));
    assertEquals(List.of("open"), names(clients.policyV1alpha1().clusterPolicies().list().getItems()));
  }

  private static List<String> names(List<? extends KubernetesObject> objects) {
    return objects.stream().map(o -> o.getMetadata().getName()).sorted().toList();
  }

  private static CronTab cronTab(String namespace, String name, String app, String image) {
    CronTab c = new CronTab();
    c.setApiVersion("stable.example.com/v1");
    c.setKind("CronTab");
    c.setMetadata(new ObjectMeta().withNamespace(namespace).withName(name)
        .withLabels(Map.of("app", app)));
    CronTabSpec spec = new CronTabSpec();
    spec.cronSpec = "* * * * *";
    spec.containerImage = image;
    c.setSpec(spec);
    return c;
  }

  private static ClusterPolicy policy(String name, List<String> denied) {
    ClusterPolicy p = new ClusterPolicy();
    p.setApiVersion("policy.example.com/v1alpha1");
    p.setKind("ClusterPolicy");
    p.setMetadata(new ObjectMeta().withName(name));
    p.setSpec(new ClusterPolicy.Spec(denied, true));
    return p;
  }
}
