package io.kubegen.generator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole API a generator run works on: the only contract between readers and emitters.
 *
 * <p>Groups are sorted by name (the core group, {@code ""}, first) and unique. On top of the checks
 * each record makes, the model checks that its parts fit together and reports every misfit at once
 * in an {@link InvalidModelException}: each {@link TypeRef.NamedRef} must name a type the model
 * defines, and each resource's object and list types must be object types of its own group version.
 */
public record ApiModel(List<ApiGroup> groups) {

  public ApiModel {
    List<ApiGroup> sorted = new ArrayList<>(Checks.copy(groups, "groups"));
    sorted.sort(Comparator.comparing(ApiGroup::name));
    Set<String> seen = new HashSet<>();
    for (ApiGroup g : sorted) {
      if (!seen.add(g.name())) {
        throw new IllegalArgumentException("groups declare '" + g.name() + "' twice");
      }
    }
    groups = List.copyOf(sorted);
    List<String> problems = new ModelCheck(index(groups)).check(groups);
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
  }

  public static ApiModel of(List<ApiGroup> groups) {
    return new ApiModel(groups);
  }

  public Optional<ApiGroup> group(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /** The type a {@link TypeId} names, if the model defines it. */
  public Optional<TypeDef> type(TypeId id) {
    return group(id.group()).flatMap(g -> g.version(id.version())).flatMap(v -> v.type(id.name()));
  }

  /** Every type the model defines, in (group, version, name) order. */
  public Map<TypeId, TypeDef> types() {
    return index(groups);
  }

  private static Map<TypeId, TypeDef> index(List<ApiGroup> groups) {
    Map<TypeId, TypeDef> index = new LinkedHashMap<>();
    for (ApiGroup g : groups) {
      for (ApiVersion v : g.versions()) {
        for (TypeDef t : v.types()) {
          index.put(TypeId.of(g.name(), v.name(), t.name()), t);
        }
      }
    }
    return Collections.unmodifiableMap(index);
  }

  /** Walks the model once and collects every reference that does not fit. */
  private static final class ModelCheck {
    private final Map<TypeId, TypeDef> types;
    private final List<String> problems = new ArrayList<>();

    ModelCheck(Map<TypeId, TypeDef> types) {
      this.types = types;
    }

    List<String> check(List<ApiGroup> groups) {
      for (ApiGroup g : groups) {
        for (ApiVersion v : g.versions()) {
          for (TypeDef t : v.types()) {
            TypeId id = TypeId.of(g.name(), v.name(), t.name());
            if (t instanceof ObjectDef o) {
              for (Property p : o.properties()) {
                checkRef(p.type(), "type " + id + " property '" + p.name() + "'");
              }
              o.additionalProperties()
                  .ifPresent(ref -> checkRef(ref, "type " + id + " additionalProperties"));
            }
          }
          for (Resource r : v.resources()) {
            String where = "resource " + TypeId.of(g.name(), v.name(), r.kind());
            checkResourceType(r.objectType(), g, v, where + " objectType");
            checkResourceType(r.listType(), g, v, where + " listType");
            for (Subresource s : r.subresources()) {
              if (s instanceof Subresource.Other o) {
                o.input().ifPresent(ref -> checkRef(ref, where + " subresource '" + o.name() + "' input"));
                checkRef(o.result(), where + " subresource '" + o.name() + "' result");
              }
            }
          }
        }
      }
      return problems;
    }

    private void checkResourceType(TypeRef ref, ApiGroup g, ApiVersion v, String where) {
      if (ref instanceof TypeRef.NamedRef named) {
        TypeId id = named.id();
        if (!id.group().equals(g.name()) || !id.version().equals(v.name())) {
          problems.add(where + " refers to " + id + ", outside its own group version");
        } else if (!types.containsKey(id)) {
          problems.add(where + " refers to " + id + ", which the model does not define");
        } else if (!(types.get(id) instanceof ObjectDef)) {
          problems.add(where + " refers to " + id + ", which is not an object type");
        }
      }
    }

    private void checkRef(TypeRef ref, String where) {
      if (ref instanceof TypeRef.NamedRef named) {
        if (!types.containsKey(named.id())) {
          problems.add(where + " refers to " + named.id() + ", which the model does not define");
        }
      } else if (ref instanceof TypeRef.ArrayRef array) {
        checkRef(array.item(), where);
      } else if (ref instanceof TypeRef.MapRef map) {
        checkRef(map.value(), where);
      }
    }
  }
}
