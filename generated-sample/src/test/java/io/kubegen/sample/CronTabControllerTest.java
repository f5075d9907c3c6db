package io.kubegen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.sample.k8s.apis.stable.v1.CronTab;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabStatusPhase;
import io.kubegen.sample.k8s.clientset.fake.FakeClientset;
import io.kubegen.sample.k8s.informers.SharedInformerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The sample controller, against the embedded API server and on the generated fake clientset. */
@Timeout(60)
class CronTabControllerTest {

  @Test
  void reconcilesAgainstTheEmbeddedServer() throws Exception {
    try (EmbeddedApiServer server = EmbeddedApiServer.start()) {
      RestConfig config = RestConfig.builder(server.uri())
          .watchTransport(WatchTransport.WEBSOCKET)
          .requestTimeout(Duration.ofSeconds(10))
          .build();
      List<CronTab> reconciled = ControllerDemo.run(config, line -> { });
      assertEquals(List.of("backup", "report"), reconciled.stream().map(c -> c.getMetadata().getName()).toList());
      assertEquals(CronTabStatusPhase.SCHEDULED, reconciled.get(0).getStatus().getPhase());
      assertEquals(2L, reconciled.get(0).getStatus().getReplicas());
      assertEquals(1L, reconciled.get(1).getStatus().getReplicas(), "default of one replica");
    }
  }

  @Test
  void reconcileLogicOnTheGeneratedFakeClientset() throws Exception {
    FakeClientset clients = FakeClientset.create(ControllerDemo.cronTab("nightly", 3L));
    List<String> log = new CopyOnWriteArrayList<>();
    try (CronTabController controller =
        new CronTabController(clients, SharedInformerFactory.create(clients.fake()), log::add)) {
      controller.start(Duration.ofSeconds(10));
      CronTab nightly = awaitStatus(clients, "nightly");
      assertEquals(CronTabStatusPhase.SCHEDULED, nightly.getStatus().getPhase());
      assertEquals(3L, nightly.getStatus().getReplicas());
      assertEquals("*/5 * * * *", nightly.getSpec().getCronSpec(), "spec left alone");

      // A change of spec is reconciled again; the status follows.
      clients.stableV1().cronTabs(ControllerDemo.NAMESPACE).setReplicas("nightly", 5);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (clients.stableV1().cronTabs(ControllerDemo.NAMESPACE).get("nightly").getStatus().getReplicas() != 5L) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("status never followed the new replicas: " + log);
        }
        Thread.sleep(20);
      }
    }
    List<String> statusUpdates = new ArrayList<>();
    clients.fake().actions().forEach(a -> {
      if ("status".equals(a.subresource())) {
        statusUpdates.add(a.verb() + " " + a.name());
      }
    });
    assertEquals(List.of("update nightly", "update nightly"), statusUpdates, "one status write per change");
  }

  @Test
  void aDeletedCronTabIsNotReconciled() throws Exception {
    FakeClientset clients = FakeClientset.create();
    try (CronTabController controller =
        new CronTabController(clients, SharedInformerFactory.create(clients.fake()), line -> { })) {
      controller.start(Duration.ofSeconds(10));
      controller.reconcile(ControllerDemo.NAMESPACE + "/gone"); // not in the cache: nothing to do
    }
    assertNull(clients.fake().actions().stream().filter(a -> "status".equals(a.subresource())).findFirst().orElse(null));
  }

  private static CronTab awaitStatus(FakeClientset clients, String name) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      CronTab c = clients.stableV1().cronTabs(ControllerDemo.NAMESPACE).get(name);
      if (c.getStatus() != null) {
        return c;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never reconciled");
      }
      Thread.sleep(20);
    }
  }
}
