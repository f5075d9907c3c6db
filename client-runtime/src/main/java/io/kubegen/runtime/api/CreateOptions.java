package io.kubegen.runtime.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of create. {@code dryRun} holds {@code "All"} for a server-side dry run;
 * {@code fieldValidation} is Ignore, Warn or Strict.
 */
public record CreateOptions(List<String> dryRun, String fieldManager, String fieldValidation) {
  private static final CreateOptions NONE = new CreateOptions(null, null, null);

  public CreateOptions {
    dryRun = dryRun == null ? null : List.copyOf(dryRun);
  }

  public static CreateOptions none() {
    return NONE;
  }

  public static CreateOptions fieldManager(String fieldManager) {
    return new CreateOptions(null, fieldManager, null);
  }

  public Map<String, String> toQuery() {
    Map<String, String> q = new LinkedHashMap<>();
    Query.putDryRun(q, dryRun);
    Query.put(q, "fieldManager", fieldManager);
    Query.put(q, "fieldValidation", fieldValidation);
    return q;
  }
}
