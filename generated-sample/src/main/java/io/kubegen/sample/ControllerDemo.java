package io.kubegen.sample;

import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.rest.ResourceClientFactory;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.sample.k8s.apis.stable.v1.CronTab;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabSpec;
import io.kubegen.sample.k8s.clientset.Clientset;
import io.kubegen.sample.k8s.informers.SharedInformerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs {@link CronTabController} against a server: creates two CronTabs and waits (bounded) until
 * the controller has written both statuses back.
 */
final class ControllerDemo {
  static final String NAMESPACE = "jobs";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private ControllerDemo() {}

  /** The CronTabs as the server has them once reconciled. */
  static List<CronTab> run(RestConfig config, Consumer<String> log) throws InterruptedException {
    RestClient rest = RestClient.create(config);
    Clientset clients = Clientset.create(rest);
    SharedInformerFactory informers = SharedInformerFactory.create(ResourceClientFactory.http(rest));
    try (CronTabController controller = new CronTabController(clients, informers, log)) {
      controller.start(WAIT);
      clients.stableV1().cronTabs(NAMESPACE).create(cronTab("backup", 2L));
      clients.stableV1().cronTabs(NAMESPACE).create(cronTab("report", null));
      return awaitReconciled(clients, List.of("backup", "report"));
    }
  }

  static CronTab cronTab(String name, Long replicas) {
    return new CronTab()
        .withMetadata(new ObjectMeta().withName(name).withNamespace(NAMESPACE))
        .withSpec(new CronTabSpec().withCronSpec("*/5 * * * *").withImage("busybox").withReplicas(replicas));
  }

  private static List<CronTab> awaitReconciled(Clientset clients, List<String> names) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      List<CronTab> done = new ArrayList<>();
      for (String name : names) {
        CronTab c = clients.stableV1().cronTabs(NAMESPACE).get(name);
        if (c.getStatus() != null && c.getStatus().getPhase() != null) {
          done.add(c);
        }
      }
      if (done.size() == names.size()) {
        return done;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the controller reconciled only " + done.size() + " of " + names);
      }
      Thread.sleep(50);
    }
  }
}
