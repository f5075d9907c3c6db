package io.kubegen.runtime.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of update and updateStatus. {@code dryRun} holds {@code "All"} for a server-side dry run;
 * {@code fieldValidation} is Ignore, Warn or Strict.
 */
public record UpdateOptions(List<String> dryRun, String fieldManager, String fieldValidation) {
  private static final UpdateOptions NONE = new UpdateOptions(null, null, null);

  public UpdateOptions {
    dryRun = dryRun == null ? null : List.copyOf(dryRun);
  }

  public static UpdateOptions none() {
    return NONE;
  }

  public static UpdateOptions fieldManager(String fieldManager) {
    return new UpdateOptions(null, fieldManager, null);
  }

  public Map<String, String> toQuery() {
    Map<String, String> q = new LinkedHashMap<>();
    Query.putDryRun(q, dryRun);
    Query.put(q, "fieldManager", fieldManager);
    Query.put(q, "fieldValidation", fieldValidation);
    return q;
  }
}
