package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubegen.runtime.scheme.JsonCodec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the option records reach the server: query parameters, and DeleteOptions as a body. */
class OptionsJsonTest {

  @Test
  void deleteOptionsBodyCarriesTypeAndOnlyWhatIsSet() {
    DeleteOptions options = DeleteOptions.propagation("Foreground")
        .withPreconditions(new DeleteOptions.Preconditions("uid-1", null));
    Map<String, Object> body = JsonCodec.shared().readMap(JsonCodec.shared().write(options));
    assertEquals(Map.of(
        "kind", "DeleteOptions",
        "apiVersion", "v1",
        "propagationPolicy", "Foreground",
        "preconditions", Map.of("uid", "uid-1")), body);
  }

  @Test
  void listOptionsBecomeQueryParametersInAFixedOrder() {
    ListOptions options = ListOptions.builder()
        .limit(500L)
        .labelSelector(LabelSelector.parse("tier in (web,db),app=x"))
        .continueToken("abc")
        .allowWatchBookmarks(true)
        .build();
    assertEquals(List.of(
        Map.entry("labelSelector", "app=x,tier in (db,web)"),
        Map.entry("limit", "500"),
        Map.entry("continue", "abc"),
        Map.entry("allowWatchBookmarks", "true")), List.copyOf(options.toQuery().entrySet()));
    assertEquals(Map.of(), ListOptions.none().toQuery());
  }

  @Test
  void writeOptionsJoinDryRunAndKeepFieldManager() {
    assertEquals(Map.of("dryRun", "All", "fieldManager", "ctl"),
        new CreateOptions(List.of("All"), "ctl", null).toQuery());
    assertEquals(Map.of("force", "true", "fieldManager", "ctl"),
        ApplyOptions.of("ctl").withForce(true).toPatchOptions().toQuery());
  }
}
