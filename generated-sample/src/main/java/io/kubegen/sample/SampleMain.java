package io.kubegen.sample;

import io.kubegen.runtime.clientcmd.Config;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.WatchTransport;
import io.kubegen.sample.k8s.apis.stable.v1.CronTab;
import java.time.Duration;
import java.util.List;

/**
 * Runs the sample against an embedded API server and prints what happened. Every client it uses
 * was generated at build time by the kubegen plugin, from the CRDs and the OpenAPI excerpt in
 * {@code src/main/kube}.
 */
public final class SampleMain {
  private SampleMain() {}

  /**
   * With no argument, runs everything against an embedded API server. With {@code --cluster}, runs
   * the CronTab controller against the cluster of the default kubeconfig instead (the CronTab CRD
   * in {@code src/main/kube} must be installed there).
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--cluster")) {
      RestConfig config = Config.defaultConfig();
      System.out.println("kubegen sample: controller against " + config.server());
      report(ControllerDemo.run(config, System.out::println));
      return;
    }
    try (EmbeddedApiServer server = EmbeddedApiServer.start()) {
      System.out.println("kubegen sample: API server at " + server.uri());
      ConfigMapDemo.Outcome outcome = ConfigMapDemo.run(server.uri(), System.out::println);
      System.out.println("done: " + outcome.events().size() + " watch events, final mode "
          + outcome.finalValue() + ", informer cache " + outcome.cached() + ", CronTab "
          + outcome.cronTab().getMetadata().getName() + " " + outcome.cronTab().getStatus().getPhase()
          + ", BackupPolicies " + outcome.backupPolicies() + ", Greetings " + outcome.greetings());
      RestConfig embedded = RestConfig.builder(server.uri())
          .watchTransport(WatchTransport.WEBSOCKET) // the embedded server watches over WebSocket only
          .requestTimeout(Duration.ofSeconds(10))
          .build();
      report(ControllerDemo.run(embedded, System.out::println));
    }
  }

  private static void report(List<CronTab> reconciled) {
    for (CronTab c : reconciled) {
      System.out.println("controller: CronTab " + c.getMetadata().getName() + " status "
          + c.getStatus().getPhase().value() + ", " + c.getStatus().getReplicas() + " replicas");
    }
  }
}
