package io.kubegen.sample;

/**
 * Runs the sample against an embedded API server and prints what happened. Every client it uses
 * was generated at build time by the kubegen plugin, from the CRDs and the OpenAPI excerpt in
 * {@code src/main/kube}.
 */
public final class SampleMain {
  private SampleMain() {}

  public static void main(String[] args) throws Exception {
    try (EmbeddedApiServer server = EmbeddedApiServer.start()) {
      System.out.println("kubegen sample: API server at " + server.uri());
      ConfigMapDemo.Outcome outcome = ConfigMapDemo.run(server.uri(), System.out::println);
      System.out.println("done: " + outcome.events().size() + " watch events, final mode "
          + outcome.finalValue() + ", informer cache " + outcome.cached() + ", CronTab "
          + outcome.cronTab().getMetadata().getName() + " " + outcome.cronTab().getStatus().getPhase()
          + ", BackupPolicies " + outcome.backupPolicies() + ", Greetings " + outcome.greetings());
    }
  }
}
