package io.kubegen.generator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a group: its resources (sorted by kind) and the types its package defines
 * (sorted by name). Kinds, plurals and type names are unique within it.
 */
public record ApiVersion(String name, List<Resource> resources, List<TypeDef> types) {

  public ApiVersion {
    Checks.notBlank(name, "name");
    List<Resource> sortedResources = new ArrayList<>(Checks.copy(resources, "resources"));
    sortedResources.sort(Comparator.comparing(Resource::kind));
    Set<String> kinds = new HashSet<>();
    Set<String> plurals = new HashSet<>();
    for (Resource r : sortedResources) {
      if (!kinds.add(r.kind())) {
        throw new IllegalArgumentException(
            "resources of version '" + name + "' declare kind '" + r.kind() + "' twice");
      }
      if (!plurals.add(r.plural())) {
        throw new IllegalArgumentException(
            "resources of version '" + name + "' declare plural '" + r.plural() + "' twice");
      }
    }
    resources = List.copyOf(sortedResources);
    List<TypeDef> sortedTypes = new ArrayList<>(Checks.copy(types, "types"));
    sortedTypes.sort(Comparator.comparing(TypeDef::name));
    Set<String> typeNames = new HashSet<>();
    for (TypeDef t : sortedTypes) {
      if (!typeNames.add(t.name())) {
        throw new IllegalArgumentException(
            "types of version '" + name + "' declare '" + t.name() + "' twice");
      }
    }
    types = List.copyOf(sortedTypes);
  }

  public static ApiVersion of(String name, List<Resource> resources, List<TypeDef> types) {
    return new ApiVersion(name, resources, types);
  }

  public Optional<Resource> resource(String kind) {
    return resources.stream().filter(r -> r.kind().equals(kind)).findFirst();
  }

  public Optional<TypeDef> type(String typeName) {
    return types.stream().filter(t -> t.name().equals(typeName)).findFirst();
  }
}
