package io.kubegen.runtime.api;

import java.util.List;
import java.util.Map;

/** Shared by the option records: puts a parameter only when it is set. */
final class Query {
  private Query() {}

  static void put(Map<String, String> q, String name, Object value) {
    if (value != null) {
      q.put(name, value.toString());
    }
  }

  static void putDryRun(Map<String, String> q, List<String> dryRun) {
    if (dryRun != null && !dryRun.isEmpty()) {
      q.put("dryRun", String.join(",", dryRun));
    }
  }
}
