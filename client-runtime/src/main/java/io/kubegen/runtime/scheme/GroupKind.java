package io.kubegen.runtime.scheme;

import java.util.Objects;

/** A kind of a group without a version ({@code Deployment.apps}). */
public record GroupKind(String group, String kind) {

  public GroupKind {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return group.isEmpty() ? kind : kind + "." + group;
  }
}
