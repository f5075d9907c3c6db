package io.kubegen.input;

import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.InvalidModelException;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.naming.TypeNameAllocator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what a reader finds, per group version: unique type names (one allocator per package),
 * type definitions and resources; then builds the {@link ApiModel}. Not thread-safe: one per read.
 */
final class ModelBuilder {
  private final Naming naming;
  private final Map<String, Map<String, Gv>> groups = new TreeMap<>();

  ModelBuilder(Naming naming) {
    this.naming = naming;
  }

  /** The types and resources of one group version. */
  static final class Gv {
    final String group;
    final String version;
    final TypeNameAllocator names;
    final Map<String, TypeDef> types = new LinkedHashMap<>();
    final List<Resource> resources = new ArrayList<>();

    Gv(String group, String version, TypeNameAllocator names) {
      this.group = group;
      this.version = version;
      this.names = names;
    }

    TypeId id(String name) {
      return TypeId.of(group, version, name);
    }

    /** Defines a type whose name was allocated here; a second definition of a name is a bug. */
    void define(TypeDef def) {
      if (types.putIfAbsent(def.name(), def) != null) {
        throw new IllegalStateException("type " + id(def.name()) + " defined twice");
      }
    }
  }

  Gv gv(String group, String version) {
    return groups
        .computeIfAbsent(group, g -> new TreeMap<>())
        .computeIfAbsent(version, v -> new Gv(group, version, naming.typeNameAllocator()));
  }

  Naming naming() {
    return naming;
  }

  /**
   * The model, or problems: the readers check what they can with locations first, so a misfit the
   * model still finds is reported against the input as a whole.
   */
  ApiModel build(Problems problems, String input, GroupVersionFilter filter) {
    if (!problems.isEmpty()) {
      return null;
    }
    boolean anyResource =
        groups.values().stream().flatMap(m -> m.values().stream()).anyMatch(gv -> !gv.resources.isEmpty());
    if (!anyResource && !filter.equals(GroupVersionFilter.all())) {
      problems.add(input, "", "no group version matches the filter " + filter.includes()
          + (filter.excludes().isEmpty() ? "" : " without " + filter.excludes()));
      return null;
    }
    try {
      List<ApiGroup> result = new ArrayList<>();
      for (Map.Entry<String, Map<String, Gv>> g : groups.entrySet()) {
        List<ApiVersion> versions = new ArrayList<>();
        for (Gv gv : g.getValue().values()) {
          if (gv.types.isEmpty() && gv.resources.isEmpty()) {
            continue; // touched while resolving, never given anything
          }
          versions.add(ApiVersion.of(gv.version, gv.resources, List.copyOf(gv.types.values())));
        }
        if (!versions.isEmpty()) {
          result.add(ApiGroup.of(g.getKey(), versions));
        }
      }
      return ApiModel.of(result);
    } catch (InvalidModelException e) {
      for (String p : e.problems()) {
        problems.add(input, "", p);
      }
    } catch (IllegalArgumentException e) {
      problems.add(input, "", e.getMessage());
    }
    return null;
  }
}
