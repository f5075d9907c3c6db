package io.kubegen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the sample end to end against the embedded API server. */
class ConfigMapDemoTest {

  @Test
  void createsListsUpdatesDeletesAndWatches() throws Exception {
    List<String> log = new ArrayList<>();
    try (EmbeddedApiServer server = EmbeddedApiServer.start()) {
      ConfigMapDemo.Outcome outcome = ConfigMapDemo.run(server.uri(), log::add);

      assertEquals(List.of("settings-web-0", "settings-web-1"), outcome.listedByLabel().stream().sorted().toList());
      assertEquals("replica", outcome.finalValue());
      assertEquals(List.of(
          "ADDED settings-web-0", "ADDED settings-web-1", "ADDED settings-db-2",
          "MODIFIED settings-db-2", "DELETED settings-web-0"), outcome.events(), String.join("\n", log));
    }
  }
}
