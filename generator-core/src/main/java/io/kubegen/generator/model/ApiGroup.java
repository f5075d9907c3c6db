package io.kubegen.generator.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An API group and its versions, sorted by Kubernetes version priority (see
 * {@link KubeVersions#PRIORITY}). The core group's name is {@code ""}.
 */
public record ApiGroup(String name, List<ApiVersion> versions) {

  public ApiGroup {
    Checks.notNull(name, "name");
    if (!name.isEmpty() && name.isBlank()) {
      throw new IllegalArgumentException("name must be empty (the core group) or not blank");
    }
    List<ApiVersion> sorted = new ArrayList<>(Checks.copy(versions, "versions"));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("versions of group '" + name + "' must not be empty");
    }
    sorted.sort((a, b) -> KubeVersions.PRIORITY.compare(a.name(), b.name()));
    Set<String> seen = new HashSet<>();
    for (ApiVersion v : sorted) {
      if (!seen.add(v.name())) {
        throw new IllegalArgumentException(
            "versions of group '" + name + "' declare '" + v.name() + "' twice");
      }
    }
    versions = List.copyOf(sorted);
  }

  public static ApiGroup of(String name, List<ApiVersion> versions) {
    return new ApiGroup(name, versions);
  }

  public boolean core() {
    return name.isEmpty();
  }

  public Optional<ApiVersion> version(String version) {
    return versions.stream().filter(v -> v.name().equals(version)).findFirst();
  }
}
