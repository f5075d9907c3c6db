package io.kubegen.sample;

/** Runs the sample against an embedded API server and prints what happened. */
public final class SampleMain {
  private SampleMain() {}

  public static void main(String[] args) throws Exception {
    try (EmbeddedApiServer server = EmbeddedApiServer.start()) {
      System.out.println("kubegen sample: API server at " + server.uri());
      ConfigMapDemo.Outcome outcome = ConfigMapDemo.run(server.uri(), System.out::println);
      System.out.println("done: " + outcome.events().size() + " watch events, final mode "
          + outcome.finalValue());
    }
  }
}
