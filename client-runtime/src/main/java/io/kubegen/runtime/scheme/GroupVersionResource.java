package io.kubegen.runtime.scheme;

import java.util.Objects;

/** Names a resource (the lower-case plural in URLs) in one version of a group. */
public record GroupVersionResource(String group, String version, String resource) {

  public GroupVersionResource {
    Objects.requireNonNull(group, "group (use \"\" for the core group)");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(resource, "resource");
  }

  public GroupVersion groupVersion() {
    return new GroupVersion(group, version);
  }

  public GroupResource groupResource() {
    return new GroupResource(group, resource);
  }

  @Override
  public String toString() {
    return group.isEmpty() ? version + "/" + resource : group + "/" + version + "/" + resource;
  }
}
