package io.kubegen.sample;

import io.kubegen.runtime.api.LabelSelector;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.cache.ResourceEventHandler;
import io.kubegen.runtime.rest.ResourceClientFactory;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.sample.k8s.apis.core.v1.ConfigMap;
import io.kubegen.sample.k8s.apis.ops.v1.BackupPolicy;
import io.kubegen.sample.k8s.apis.ops.v1.BackupPolicySpec;
import io.kubegen.sample.k8s.apis.stable.v1.CronTab;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabSpec;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabStatus;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabStatusPhase;
import io.kubegen.sample.k8s.clientset.Clientset;
import io.kubegen.sample.k8s.clientset.typed.core.v1.ConfigMapClient;
import io.kubegen.sample.k8s.clientset.typed.stable.v1.CronTabClient;
import io.kubegen.sample.k8s.informers.SharedInformerFactory;
import io.kubegen.sample.k8s.listers.core.v1.ConfigMapLister;
import io.kubegen.sample.pojo.Greeting;
import io.kubegen.sample.pojo.client.clientset.typed.greetings.v1.GreetingClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the sample does against an API server, through the typed clients the kubegen plugin
 * generated for this module (from {@code src/main/kube}): watches ConfigMaps in one namespace while
 * it creates, lists by label, updates and deletes them; keeps a shared informer's cache of them and
 * reads it through the generated lister; then creates a CronTab (namespaced, two versions, status)
 * and a cluster-scoped BackupPolicy; finally a Greeting, a kind written as an annotated POJO in this
 * module, through the client the annotation processor generated for it.
 */
final class ConfigMapDemo {
  static final String NAMESPACE = "demo";
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** What happened, for the caller to print or check. */
  record Outcome(
      List<String> events, List<String> listedByLabel, String finalValue, List<String> cached,
      CronTab cronTab, List<String> backupPolicies, List<String> greetings) {}

  private ConfigMapDemo() {}

  static Outcome run(URI server, Consumer<String> log) throws Exception {
    RestClient rest = RestClient.create(RestConfig.builder(server)
        .watchTransport(WatchTransport.WEBSOCKET) // the embedded server watches over WebSocket only
        .requestTimeout(WAIT) // the embedded server leaves some requests unanswered: never hang
        .build());
    Clientset clients = Clientset.create(rest);
    ConfigMapClient configMaps = clients.coreV1().configMaps(NAMESPACE);

    List<String> events = new ArrayList<>();
    CountDownLatch cacheSawDelete = new CountDownLatch(1);
    try (SharedInformerFactory informers = SharedInformerFactory.create(ResourceClientFactory.http(rest));
        Watch<ConfigMap> watch = configMaps.watch(ListOptions.none())) {
      ConfigMapLister cache = informers.core().v1().configMaps().lister();
      informers.core().v1().configMaps().informer().addEventHandler(new ResourceEventHandler<>() {
        @Override
        public void onDelete(ConfigMap obj, boolean finalStateUnknown) {
          cacheSawDelete.countDown();
        }
      });
      informers.start();
      if (!informers.waitForCacheSync(WAIT).values().stream().allMatch(Boolean::booleanValue)) {
        throw new IllegalStateException("the informer cache did not sync within " + WAIT);
      }
      CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> collect(watch, events, log));

      List<String> tiers = List.of("web", "web", "db");
      for (int i = 0; i < tiers.size(); i++) {
        ConfigMap cm = configMap("settings-" + tiers.get(i) + "-" + i, tiers.get(i));
        configMaps.create(cm);
        log.accept("created ConfigMap " + cm.getMetadata().getName());
      }
      List<String> web = new ArrayList<>();
      configMaps.list(ListOptions.builder().labelSelector("tier=web").build())
          .getItems().forEach(o -> web.add(o.getMetadata().getName()));
      log.accept("listed tier=web: " + web);

      ConfigMap db = configMaps.get("settings-db-2");
      db.setData(Map.of("mode", "replica"));
      ConfigMap updated = configMaps.update(db);
      log.accept("updated settings-db-2 to resourceVersion " + updated.getMetadata().getResourceVersion());
      configMaps.delete("settings-web-0");
      log.accept("deleted settings-web-0");

      waitFor(events, 5, watcher);
      if (!cacheSawDelete.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the informer did not see the delete within " + WAIT);
      }
      List<String> cached = cache.configMaps(NAMESPACE).list().stream()
          .map(c -> c.getMetadata().getName()).sorted().toList();
      log.accept("informer cache, through the generated lister: " + cached
          + "; tier=db: " + names(cache.list(LabelSelector.parse("tier=db"))));

      CronTab cronTab = cronTab(clients, log);
      List<String> policies = backupPolicies(clients, log);
      List<String> greetings = greetings(rest, log);
      return new Outcome(List.copyOf(events), web, configMaps.get("settings-db-2").getData().get("mode"),
          cached, cronTab, policies, greetings);
    }
  }

  /** A custom resource: create, the hand-written expansion method, then the status subresource. */
  private static CronTab cronTab(Clientset clients, Consumer<String> log) {
    CronTabClient cronTabs = clients.stableV1().cronTabs(NAMESPACE);
    cronTabs.create(new CronTab()
        .withMetadata(new ObjectMeta().withName("nightly").withNamespace(NAMESPACE))
        .withSpec(new CronTabSpec().withCronSpec("0 3 * * *").withImage("backup:1").withReplicas(1L)));
    cronTabs.setReplicas("nightly", 3);
    CronTab current = cronTabs.get("nightly");
    current.setStatus(new CronTabStatus().withReplicas(current.getSpec().getReplicas())
        .withPhase(CronTabStatusPhase.SCHEDULED));
    CronTab scheduled = cronTabs.updateStatus(current);
    log.accept("CronTab nightly: " + scheduled.getSpec().getReplicas() + " replicas, phase "
        + scheduled.getStatus().getPhase());
    return scheduled;
  }

  /** A cluster-scoped custom resource: its client takes no namespace. */
  private static List<String> backupPolicies(Clientset clients, Consumer<String> log) {
    clients.opsV1().backupPolicies().create(new BackupPolicy()
        .withMetadata(new ObjectMeta().withName("keep-a-week"))
        .withSpec(new BackupPolicySpec().withSchedule("@daily").withRetainDays(7L)));
    List<String> names = names(clients.opsV1().backupPolicies().list().getItems());
    log.accept("BackupPolicies (cluster-scoped): " + names);
    return names;
  }

  /** The user's own POJO kind, with the clientset the annotation processor generated during javac. */
  private static List<String> greetings(RestClient rest, Consumer<String> log) {
    GreetingClient greetings = io.kubegen.sample.pojo.client.clientset.Clientset.create(rest)
        .greetingsV1().greetings(NAMESPACE);
    Greeting hello = new Greeting();
    hello.setMetadata(new ObjectMeta().withName("hello").withNamespace(NAMESPACE));
    hello.setMessage("Hello from an annotated POJO");
    greetings.create(hello);
    List<String> said = greetings.list().getItems().stream().map(Greeting::getMessage).toList();
    log.accept("Greetings (annotated POJOs, processor-generated client): " + said);
    return said;
  }

  private static ConfigMap configMap(String name, String tier) {
    return new ConfigMap()
        .withMetadata(new ObjectMeta().withName(name).withNamespace(NAMESPACE).withLabels(Map.of("tier", tier)))
        .withData(Map.of("mode", "primary"));
  }

  private static List<String> names(List<? extends io.kubegen.runtime.api.KubernetesObject> objects) {
    return objects.stream().map(o -> o.getMetadata().getName()).sorted().toList();
  }

  private static void collect(Watch<ConfigMap> watch, List<String> events, Consumer<String> log) {
    try {
      for (WatchEvent<ConfigMap> e = watch.next(); e != null; e = watch.next()) {
        String line = e.type() + " " + (e.object() == null ? e.status().getMessage() : e.object().getMetadata().getName());
        synchronized (events) {
          events.add(line);
          events.notifyAll();
        }
        log.accept("watch: " + line);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitFor(List<String> events, int count, CompletableFuture<Void> watcher)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (events) {
      while (events.size() < count && !watcher.isDone()) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new IllegalStateException("saw only " + events + " after " + WAIT);
        }
        events.wait(left);
      }
    }
  }
}
