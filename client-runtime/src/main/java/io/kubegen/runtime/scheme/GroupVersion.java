package io.kubegen.runtime.scheme;

import java.util.Objects;

/** An API group and version; the core group is the empty string. */
public record GroupVersion(String group, String version) {

  public GroupVersion {
    Objects.requireNonNull(group, "group (use \"\" for the core group)");
    Objects.requireNonNull(version, "version");
    if (version.isEmpty()) {
      throw new IllegalArgumentException("version must not be empty");
    }
  }

  /** Parses an apiVersion: {@code v1} (core) or {@code apps/v1}. */
  public static GroupVersion parse(String apiVersion) {
    Objects.requireNonNull(apiVersion, "apiVersion");
    int slash = apiVersion.indexOf('/');
    if (slash < 0) {
      return new GroupVersion("", apiVersion);
    }
    if (slash != apiVersion.lastIndexOf('/') || slash == 0) {
      throw new IllegalArgumentException("apiVersion '" + apiVersion + "' is not 'version' or 'group/version'");
    }
    return new GroupVersion(apiVersion.substring(0, slash), apiVersion.substring(slash + 1));
  }

  public boolean isCore() {
    return group.isEmpty();
  }

  /** The apiVersion text: {@code v1} for the core group, {@code group/version} otherwise. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** The path prefix of this group-version: {@code /api/v1} or {@code /apis/apps/v1}. */
  public String path() {
    return group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
  }

  public GroupVersionKind withKind(String kind) {
    return new GroupVersionKind(group, version, kind);
  }

  public GroupVersionResource withResource(String resource) {
    return new GroupVersionResource(group, version, resource);
  }

  @Override
  public String toString() {
    return apiVersion();
  }
}
