package io.acme.k8s.probe;

import io.acme.k8s.apis.apps.v1.Deployment;
import io.acme.k8s.apis.apps.v1.DeploymentSpec;
import io.acme.k8s.clientset.Clientset;
import io.acme.k8s.clientset.fake.FakeClientset;
import io.acme.k8s.informers.SharedInformerFactory;
import io.acme.k8s.listers.apps.v1.DeploymentLister;
import io.kubegen.runtime.api.LabelSelector;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.JsonCodec;
import java.time.Duration;
import java.util.Map;

/**
 * Compiled together with the client generated from the real Kubernetes 1.36 API and run by the
 * test: it uses the generated code the way a controller author would.
 */
public final class KubernetesProbe implements Runnable {

  @Override
  public void run() {
    Deployment web = new Deployment()
        .withMetadata(new ObjectMeta().withName("web").withNamespace("shop").withLabels(Map.of("tier", "web")))
        .withSpec(new DeploymentSpec().withReplicas(3));
    FakeClientset clients = FakeClientset.create(web);
    Clientset typed = clients;

    Deployment db = new Deployment()
        .withMetadata(new ObjectMeta().withName("db").withNamespace("shop").withLabels(Map.of("tier", "db")))
        .withSpec(new DeploymentSpec().withReplicas(1));
    typed.appsV1().deployments("shop").create(db);
    check(typed.appsV1().deployments("shop").list().getItems().size() == 2, "two deployments listed");
    check(typed.appsV1().deployments("shop")
        .list(ListOptions.builder().labelSelector("tier=db").build()).getItems().size() == 1, "list by label");

    try (Watch<Deployment> watch = typed.appsV1().deployments("shop").watch(ListOptions.builder()
        .resourceVersion(typed.appsV1().deployments("shop").list().getMetadata().getResourceVersion()).build())) {
      typed.appsV1().deployments("shop").delete("db");
      WatchEvent<Deployment> event = watch.next();
      check(event.type() == WatchEvent.Type.DELETED && "db".equals(event.object().getMetadata().getName()),
          "watch sees the delete, was " + event);
      typed.appsV1().deployments("shop").create(db.deepCopy().withMetadata(db.getMetadata().deepCopy()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }

    Deployment stale = typed.appsV1().deployments("shop").get("web");
    Deployment fresh = stale.deepCopy();
    fresh.getSpec().setReplicas(5);
    typed.appsV1().deployments("shop").update(fresh);
    check(stale.getSpec().getReplicas() == 3, "deepCopy is deep");
    try {
      stale.getSpec().setReplicas(7);
      typed.appsV1().deployments("shop").update(stale);
      throw new AssertionError("a stale resourceVersion must conflict");
    } catch (ApiException e) {
      check(e.isConflict(), "stale update is a Conflict, was " + e.reason());
    }

    try (SharedInformerFactory factory = SharedInformerFactory.create(clients.fake())) {
      DeploymentLister lister = factory.apps().v1().deployments().lister();
      factory.start();
      check(factory.waitForCacheSync(Duration.ofSeconds(10)).get(Deployment.class), "informer synced");
      check(lister.deployments("shop").get("web").getSpec().getReplicas() == 5, "lister sees the update");
      check(lister.list(LabelSelector.parse("tier=db")).size() == 1, "lister selects by label");
    }

    JsonCodec json = JsonCodec.shared();
    Deployment back = json.read(json.write(fresh), Deployment.class);
    check(back.equals(fresh), "JSON round trip");
    check("apps/v1".equals(back.getApiVersion()) && "Deployment".equals(back.getKind()), "type meta set");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
