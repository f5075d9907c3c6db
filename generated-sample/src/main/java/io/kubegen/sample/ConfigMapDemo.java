package io.kubegen.sample;

import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the sample does against an API server: watches ConfigMaps in one namespace while it creates,
 * lists by label, updates and deletes them through the runtime's generic resource client. Later
 * issues replace the generic client with the typed clientset generated for this module.
 */
final class ConfigMapDemo {
  static final String NAMESPACE = "demo";

  /** What happened, for the caller to print or check. */
  record Outcome(List<String> events, List<String> listedByLabel, String finalValue) {}

  private ConfigMapDemo() {}

  static Outcome run(URI server, Consumer<String> log) throws Exception {
    RestConfig config = RestConfig.builder(server)
        .watchTransport(WatchTransport.WEBSOCKET) // the embedded server watches over WebSocket only
        .build();
    ResourceClient<GenericKubernetesObject, GenericKubernetesList> configMaps = HttpResourceClient
        .create(RestClient.create(config), new GroupVersionResource("", "v1", "configmaps"), true,
            GenericKubernetesObject.class, GenericKubernetesList.class)
        .inNamespace(NAMESPACE);

    List<String> events = new ArrayList<>();
    try (Watch<GenericKubernetesObject> watch = configMaps.watch(ListOptions.none())) {
      CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> collect(watch, events, log));

      List<String> tiers = List.of("web", "web", "db");
      for (int i = 0; i < tiers.size(); i++) {
        GenericKubernetesObject cm = configMap("settings-" + tiers.get(i) + "-" + i, tiers.get(i));
        configMaps.create(cm);
        log.accept("created " + cm.getMetadata().getName());
      }
      List<String> web = new ArrayList<>();
      configMaps.list(ListOptions.builder().labelSelector("tier=web").build())
          .getItems().forEach(o -> web.add(o.getMetadata().getName()));
      log.accept("listed tier=web: " + web);

      GenericKubernetesObject db = configMaps.get("settings-db-2");
      db.set("data", Map.of("mode", "replica"));
      GenericKubernetesObject updated = configMaps.update(db);
      log.accept("updated settings-db-2 to resourceVersion " + updated.getMetadata().getResourceVersion());
      configMaps.delete("settings-web-0");
      log.accept("deleted settings-web-0");

      waitFor(events, 5, watcher);
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) configMaps.get("settings-db-2").get("data");
      return new Outcome(List.copyOf(events), web, String.valueOf(data.get("mode")));
    }
  }

  private static GenericKubernetesObject configMap(String name, String tier) {
    GenericKubernetesObject cm = new GenericKubernetesObject("v1", "ConfigMap");
    cm.setMetadata(new ObjectMeta().withName(name).withNamespace(NAMESPACE).withLabels(Map.of("tier", tier)));
    cm.set("data", Map.of("mode", "primary"));
    return cm;
  }

  private static void collect(Watch<GenericKubernetesObject> watch, List<String> events, Consumer<String> log) {
    try {
      for (WatchEvent<GenericKubernetesObject> e = watch.next(); e != null; e = watch.next()) {
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
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    synchronized (events) {
      while (events.size() < count && !watcher.isDone()) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new IllegalStateException("saw only " + events + " after 10 s");
        }
        events.wait(left);
      }
    }
  }
}
