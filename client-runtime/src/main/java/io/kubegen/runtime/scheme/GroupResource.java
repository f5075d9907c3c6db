package io.kubegen.runtime.scheme;

import java.util.Objects;

/** A resource of a group without a version, as errors name it ({@code deployments.apps}). */
public record GroupResource(String group, String resource) {

  public GroupResource {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(resource, "resource");
  }

  @Override
  public String toString() {
    return group.isEmpty() ? resource : resource + "." + group;
  }
}
