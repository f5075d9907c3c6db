package io.kubegen.runtime.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of patch. {@code force} applies only to server-side apply, where it takes over fields
 * that other managers own.
 */
public record PatchOptions(
    List<String> dryRun, Boolean force, String fieldManager, String fieldValidation) {
  private static final PatchOptions NONE = new PatchOptions(null, null, null, null);

  public PatchOptions {
    dryRun = dryRun == null ? null : List.copyOf(dryRun);
  }

  public static PatchOptions none() {
    return NONE;
  }

  public static PatchOptions fieldManager(String fieldManager) {
    return new PatchOptions(null, null, fieldManager, null);
  }

  public Map<String, String> toQuery() {
    Map<String, String> q = new LinkedHashMap<>();
    Query.putDryRun(q, dryRun);
    Query.put(q, "force", force);
    Query.put(q, "fieldManager", fieldManager);
    Query.put(q, "fieldValidation", fieldValidation);
    return q;
  }
}
