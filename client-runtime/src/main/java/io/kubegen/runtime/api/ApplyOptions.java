package io.kubegen.runtime.api;

import java.util.List;
import java.util.Objects;

/**
 * Options of server-side apply: the field manager is required, {@code force} takes over fields
 * other managers own.
 */
public record ApplyOptions(String fieldManager, boolean force, List<String> dryRun) {

  public ApplyOptions {
    Objects.requireNonNull(fieldManager, "server-side apply needs a fieldManager");
    if (fieldManager.isBlank()) {
      throw new IllegalArgumentException("server-side apply needs a non-empty fieldManager");
    }
    dryRun = dryRun == null ? null : List.copyOf(dryRun);
  }

  public static ApplyOptions of(String fieldManager) {
    return new ApplyOptions(fieldManager, false, null);
  }

  public ApplyOptions withForce(boolean force) {
    return new ApplyOptions(fieldManager, force, dryRun);
  }

  public PatchOptions toPatchOptions() {
    return new PatchOptions(dryRun, force ? Boolean.TRUE : null, fieldManager, null);
  }
}
