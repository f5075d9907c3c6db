package io.kubegen.generator.model;

import java.util.Comparator;

/**
 * Identifies a {@link TypeDef} in the model: the group and version whose package holds it, and
 * its simple name there. The group is the empty string for the core group.
 *
 * <p>The name is the Java-facing type name a reader chose (a kind, a definition's last segment,
 * or a nested name from {@code Naming.nestedTypeName}); the emitters still pass it through the
 * naming rules, so a hostile name can never become an unsafe file name.
 */
public record TypeId(String group, String version, String name) implements Comparable<TypeId> {
  private static final Comparator<TypeId> ORDER =
      Comparator.comparing(TypeId::group)
          .thenComparing(TypeId::version)
          .thenComparing(TypeId::name);

  public TypeId {
    Checks.notNull(group, "group");
    Checks.notBlank(version, "version");
    Checks.notBlank(name, "name");
    if (!group.isEmpty() && group.isBlank()) {
      throw new IllegalArgumentException("group must be empty (core) or not blank");
    }
  }

  public static TypeId of(String group, String version, String name) {
    return new TypeId(group, version, name);
  }

  @Override
  public int compareTo(TypeId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return (group.isEmpty() ? "core" : group) + "/" + version + " " + name;
  }
}
