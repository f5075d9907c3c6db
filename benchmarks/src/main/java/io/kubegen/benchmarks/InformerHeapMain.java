package io.kubegen.benchmarks;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubegen.runtime.cache.Indexers;
import io.kubegen.runtime.cache.ListWatch;
import io.kubegen.runtime.cache.SharedIndexInformer;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.sample.k8s.apis.core.v1.ConfigMap;
import io.kubegen.sample.k8s.apis.core.v1.ConfigMapList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Informer heap per cached object, kubegen's {@code SharedIndexInformer} against fabric8's, both
 * over the same in-process fabric8 kubernetes-server-mock (CRUD mode, loopback) holding
 * {@code count} ConfigMaps, both with a namespace index and over {@code java.net.http}.
 *
 * <p>{@code java -cp benchmarks.jar io.kubegen.benchmarks.InformerHeapMain [count] [forks]} runs
 * {@code forks} child JVMs per informer, alternating, each with the same flags ({@value #FLAGS}).
 * A child fills the mock, closes the filling client, builds (but does not start) the informer, runs
 * a full GC and reads the used heap; then starts the informer, waits until its cache holds every
 * object and the replayed watch events have settled, runs a full GC again and reads the used heap.
 * The difference divided by {@code count} is the retained heap per cached object (it also carries
 * the informer's constant cost - threads, an open watch - spread over the objects).
 */
public final class InformerHeapMain {
  static final String FLAGS = "-Xmx2g -XX:+UseG1GC";
  private static final GroupVersionResource CONFIGMAPS = new GroupVersionResource("", "v1", "configmaps");
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  private InformerHeapMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args[1], Integer.parseInt(args[2]));
      return;
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int forks = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Map<String, List<Double>> perObject = new HashMap<>();
    for (int f = 0; f < forks; f++) {
      for (String impl : List.of("fabric8", "kubegen")) {
        double bytes = fork(impl, count);
        perObject.computeIfAbsent(impl, k -> new ArrayList<>()).add(bytes);
        System.out.printf("fork %d %-8s %8.0f bytes/object%n", f + 1, impl, bytes);
      }
    }
    for (String impl : List.of("fabric8", "kubegen")) {
      List<Double> xs = new ArrayList<>(perObject.get(impl));
      xs.sort(null);
      System.out.printf("%-8s median %.0f bytes/object (min %.0f, max %.0f) over %d forks, %d ConfigMaps, flags %s%n",
          impl, xs.get(xs.size() / 2), xs.get(0), xs.get(xs.size() - 1), xs.size(), count, FLAGS);
    }
  }

  private static double fork(String impl, int count) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(FLAGS.split(" ")));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), InformerHeapMain.class.getName(),
        "child", impl, Integer.toString(count)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("RESULT ")) {
          result = line.substring("RESULT ".length());
        } else if (line.contains("Exception") || line.contains("ERROR")) {
          System.err.println(impl + ": " + line);
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      throw new IllegalStateException(impl + " child failed, exit " + process.exitValue());
    }
    return Double.parseDouble(result);
  }

  private static void child(String impl, int count) throws Exception {
    MOCK_LOG.setLevel(Level.WARNING);
    KubernetesMockServer server = new KubernetesMockServer(
        new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    String url = server.url("/");
    Config config = new ConfigBuilder().withMasterUrl(url).withRequestTimeout(30_000).build();
    try (KubernetesClient filler = new KubernetesClientBuilder().withConfig(config).build()) {
      fill(filler, count);
    }
    long before;
    long after;
    int cached;
    if (impl.equals("kubegen")) {
      RestClient rest = RestClient.create(RestConfig.builder(java.net.URI.create(url.replaceAll("/$", "")))
          .watchTransport(WatchTransport.WEBSOCKET)
          .qps(0)
          .requestTimeout(Duration.ofSeconds(30))
          .build());
      SharedIndexInformer<ConfigMap> informer = SharedIndexInformer.builder(ConfigMap.class,
              ListWatch.of(HttpResourceClient.create(rest, CONFIGMAPS, true, ConfigMap.class, ConfigMapList.class)))
          .name("configmaps")
          .indexers(Indexers.namespace())
          .build();
      before = usedHeapAfterGc();
      informer.start();
      await(() -> informer.hasSynced() && informer.getStore().list().size() == count);
      settle();
      after = usedHeapAfterGc();
      cached = informer.getStore().list().size();
      Reference.reachabilityFence(informer);
      informer.stop();
    } else {
      KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
      before = usedHeapAfterGc();
      io.fabric8.kubernetes.client.informers.SharedIndexInformer<io.fabric8.kubernetes.api.model.ConfigMap> informer =
          client.configMaps().inAnyNamespace().inform();
      await(() -> informer.hasSynced() && informer.getStore().list().size() == count);
      settle();
      after = usedHeapAfterGc();
      cached = informer.getStore().list().size();
      Reference.reachabilityFence(informer);
      informer.stop();
      client.close();
    }
    server.destroy();
    if (cached != count) {
      throw new IllegalStateException(impl + " cached " + cached + " of " + count);
    }
    System.out.println("RESULT " + (double) (after - before) / count);
    System.exit(0);
  }

  /** count ConfigMaps in 10 namespaces, each with two labels and two data entries. */
  private static void fill(KubernetesClient client, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int from = t * count / 4;
        int to = (t + 1) * count / 4;
        done.add(pool.submit(() -> {
          for (int i = from; i < to; i++) {
            client.configMaps().resource(new ConfigMapBuilder()
                .withNewMetadata()
                .withNamespace("ns-" + (i % 10))
                .withName("config-" + i)
                .addToLabels("app", "bench-" + (i % 100))
                .addToLabels("tier", "backend")
                .endMetadata()
                .addToData("key", "value-" + i)
                .addToData("settings", "replicas=" + (i % 7) + "\nmode=standard\n")
                .build()).create();
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("informer did not sync in 5 minutes");
      }
      Thread.sleep(20);
    }
  }

  /** Lets the watch open and the mock's replay of every object as ADDED pass through. */
  private static void settle() throws InterruptedException {
    Thread.sleep(3000);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
