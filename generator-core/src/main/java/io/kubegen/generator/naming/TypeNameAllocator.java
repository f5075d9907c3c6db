package io.kubegen.generator.naming;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Hands out unique type names within one package, comparing names ignoring case (two files
 * {@code Foo.java} and {@code FOO.java} would overwrite each other on macOS and Windows). The
 * first request for a name gets it; later ones get the smallest free number appended
 * ({@code SpecTemplate2}). Deterministic as long as requests come in a deterministic order; not
 * thread-safe (one per reader run).
 */
public final class TypeNameAllocator {
  private final Naming naming;
  private final Set<String> taken = new HashSet<>();
  private final Map<Object, String> byTag = new HashMap<>();

  TypeNameAllocator(Naming naming) {
    this.naming = naming;
  }

  /** Reserves a name (a kind, an emitter's own class) so that no later request receives it. */
  public TypeNameAllocator reserve(String typeName) {
    taken.add(naming.typeName(typeName).toLowerCase(Locale.ROOT));
    return this;
  }

  /** A unique safe type name for {@code desired}. */
  public String newName(String desired) {
    String base = naming.typeName(Objects.requireNonNull(desired, "desired must not be null"));
    String candidate = base;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = Integer.toString(n);
      String stem =
          base.length() + suffix.length() > Naming.MAX_TYPE_NAME_LENGTH
              ? base.substring(0, Naming.MAX_TYPE_NAME_LENGTH - suffix.length())
              : base;
      candidate = naming.typeName(stem.replaceAll("_$", "") + suffix);
    }
    return candidate;
  }

  /** Like {@link #newName(String)}, remembered under {@code tag}: the same tag gets the same name. */
  public String newName(String desired, Object tag) {
    Objects.requireNonNull(tag, "tag must not be null");
    String existing = byTag.get(tag);
    if (existing != null) {
      return existing;
    }
    String name = newName(desired);
    byTag.put(tag, name);
    return name;
  }
}
