package io.kubegen.runtime.scheme;

import java.util.Objects;

/** Names a kind in one version of a group: what {@code apiVersion} plus {@code kind} say. */
public record GroupVersionKind(String group, String version, String kind) {

  public GroupVersionKind {
    Objects.requireNonNull(group, "group (use \"\" for the core group)");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
  }

  public static GroupVersionKind of(String apiVersion, String kind) {
    return GroupVersion.parse(apiVersion).withKind(kind);
  }

  public GroupVersion groupVersion() {
    return new GroupVersion(group, version);
  }

  public GroupKind groupKind() {
    return new GroupKind(group, kind);
  }

  public String apiVersion() {
    return groupVersion().apiVersion();
  }

  @Override
  public String toString() {
    return apiVersion() + ", Kind=" + kind;
  }
}
