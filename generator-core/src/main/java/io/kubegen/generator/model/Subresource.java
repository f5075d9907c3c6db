package io.kubegen.generator.model;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * A subresource of a {@link Resource}: {@code status}, {@code scale}, or another one such as
 * {@code eviction}, {@code binding}, {@code token} or {@code log}. A resource has at most one of
 * each name.
 */
public sealed interface Subresource {
  /** The path segment after the resource name, for example {@code status}. */
  String name();

  /** The verbs served on the subresource. */
  Set<Verb> verbs();

  /**
   * The {@code status} subresource: the resource's own type, read and written through
   * {@code /status} ({@code updateStatus}, {@code applyStatus}).
   */
  record Status(Set<Verb> verbs) implements Subresource {
    public Status {
      verbs = Verbs.copy(verbs, "verbs");
    }

    /** The verbs the apiserver serves on a CRD's status subresource. */
    public static Status standard() {
      return new Status(Set.of(Verb.GET, Verb.UPDATE, Verb.PATCH, Verb.APPLY));
    }

    @Override
    public String name() {
      return "status";
    }
  }

  /**
   * The {@code scale} subresource, whose body is autoscaling/v1 Scale. The JSON paths are those of
   * a CRD's {@code subresources.scale} ({@code .spec.replicas}), or {@code ""} where unknown.
   */
  record Scale(
      Set<Verb> verbs, String specReplicasPath, String statusReplicasPath, String labelSelectorPath)
      implements Subresource {
    public Scale {
      verbs = Verbs.copy(verbs, "verbs");
      Checks.notNull(specReplicasPath, "specReplicasPath");
      Checks.notNull(statusReplicasPath, "statusReplicasPath");
      Checks.notNull(labelSelectorPath, "labelSelectorPath");
    }

    /** Get, update and patch, with the given paths. */
    public static Scale standard(
        String specReplicasPath, String statusReplicasPath, String labelSelectorPath) {
      return new Scale(
          Set.of(Verb.GET, Verb.UPDATE, Verb.PATCH),
          specReplicasPath,
          statusReplicasPath,
          labelSelectorPath);
    }

    @Override
    public String name() {
      return "scale";
    }
  }

  /**
   * Any other subresource. {@code input} is the request body type (absent for get-only
   * subresources such as {@code log}); {@code result} is the response type (a
   * {@link TypeRef.PrimitiveRef} string for plain-text responses).
   */
  record Other(
      String name, Set<Verb> verbs, Optional<TypeRef> input, TypeRef result)
      implements Subresource {
    public Other {
      Checks.notBlank(name, "name");
      if (name.equals("status") || name.equals("scale")) {
        throw new IllegalArgumentException(
            "name '" + name + "' is reserved for Subresource.Status and Subresource.Scale");
      }
      verbs = Verbs.copy(verbs, "verbs");
      if (verbs.isEmpty()) {
        throw new IllegalArgumentException("verbs of subresource '" + name + "' must not be empty");
      }
      Checks.notNull(input, "input");
      Checks.notNull(result, "result");
    }

    public static Other of(String name, Collection<Verb> verbs, TypeRef input, TypeRef result) {
      return new Other(name, Set.copyOf(verbs), Optional.ofNullable(input), result);
    }
  }
}
