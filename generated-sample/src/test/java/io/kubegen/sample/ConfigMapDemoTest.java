package io.kubegen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubegen.sample.k8s.apis.stable.v1.CronTabStatusPhase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the sample end to end, on the clients the plugin generated, against the embedded API server. */
class ConfigMapDemoTest {

  @Test
  void typedClientsInformerAndListerAgainstTheEmbeddedServer() throws Exception {
    List<String> log = new ArrayList<>();
    try (EmbeddedApiServer server = EmbeddedApiServer.start()) {
      ConfigMapDemo.Outcome outcome = ConfigMapDemo.run(server.uri(), log::add);
      String trace = String.join("\n", log);

      assertEquals(List.of("settings-web-0", "settings-web-1"), outcome.listedByLabel().stream().sorted().toList(), trace);
      assertEquals("replica", outcome.finalValue(), trace);
      assertEquals(List.of(
          "ADDED settings-web-0", "ADDED settings-web-1", "ADDED settings-db-2",
          "MODIFIED settings-db-2", "DELETED settings-web-0"), outcome.events(), trace);
      assertEquals(List.of("settings-db-2", "settings-web-1"), outcome.cached(), "the lister's view: " + trace);
      assertEquals(3L, outcome.cronTab().getSpec().getReplicas(), "the hand-written expansion patched it: " + trace);
      assertEquals(CronTabStatusPhase.SCHEDULED, outcome.cronTab().getStatus().getPhase(), trace);
      assertEquals(List.of("keep-a-week"), outcome.backupPolicies(), trace);
      assertEquals(List.of("Hello from an annotated POJO"), outcome.greetings(), trace);
    }
  }
}
