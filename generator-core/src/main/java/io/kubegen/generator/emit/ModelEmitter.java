package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.types.JavaTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Artifact kind {@code models}: one class per type of the model, in
 * {@code B.apis.<group>.<version>}, as k8s.io/api's types plus deepcopy-gen.
 *
 * <p>Objects are mutable POJOs with Jackson annotations only (no databind types), so any
 * ObjectMapper, Jackson 2 or 3, reads and writes them: {@code @JsonInclude(NON_NULL)} (absent stays
 * absent), {@code @JsonPropertyOrder} in schema order, {@code @JsonProperty} on field, getter and
 * setter, unknown fields ignored, or kept in an any-getter map when the schema preserves unknown
 * fields or declares {@code additionalProperties}. Each has getters, setters, fluent {@code withX},
 * {@code equals}/{@code hashCode}/{@code toString} and {@code deepCopy()}, which call the runtime's
 * {@code ModelSupport} for lists, maps and {@code byte[]} (less code for javac in every build).
 * Defaults are documented, never assigned: a client that filled them in would claim them in
 * server-side apply. The object and list types of resources implement {@code KubernetesObject} and
 * {@code KubernetesListObject<T>}, with apiVersion and kind set by the constructor.
 *
 * <p>String enums are open enums (see {@link EnumClassWriter}). Deprecated types and properties
 * carry {@code @Deprecated}; classes that refer to deprecated types suppress {@code deprecation}.
 */
public final class ModelEmitter implements Emitter {
  public static final String KIND = "models";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<JavaFile> emit(EmitContext context) {
    JavaTypes types = ModelTypes.javaTypes(context);
    Map<TypeId, ResourceRole> roles = ResourceRole.index(context.model(), types);
    List<JavaFile> files = new ArrayList<>();
    for (ApiGroup g : context.model().groups()) {
      for (ApiVersion v : g.versions()) {
        Map<String, TypeId> byClassName = new HashMap<>();
        for (TypeDef t : v.types()) {
          TypeId id = TypeId.of(g.name(), v.name(), t.name());
          ClassName className = ModelTypes.modelClass(context.layout(), id);
          checkUnique(byClassName, className, id);
          files.add(GeneratedSources.file(className.packageName(), write(context, types, roles, id, t, className)));
        }
      }
    }
    files.sort(Comparator.comparing(f -> f.packageName() + "." + f.typeSpec().name()));
    return List.copyOf(files);
  }

  private static TypeSpec write(
      EmitContext context, JavaTypes types, Map<TypeId, ResourceRole> roles, TypeId id, TypeDef t,
      ClassName className) {
    if (t instanceof ObjectDef o) {
      return new ObjectClassWriter(context, types, id, o, roles.get(id)).write();
    }
    return new EnumClassWriter(context, className, (EnumDef) t).write();
  }

  /** Two types whose names become the same file (also on case-insensitive file systems). */
  private static void checkUnique(Map<String, TypeId> byClassName, ClassName className, TypeId id) {
    TypeId previous = byClassName.putIfAbsent(className.simpleName().toLowerCase(Locale.ROOT), id);
    if (previous != null) {
      throw new IllegalArgumentException(
          "[kubegen-models] types '" + previous.name() + "' and '" + id.name() + "' of "
              + id.group() + "/" + id.version() + " would both be written as class "
              + className.simpleName() + " (file names ignore case on some systems):"
              + " rename one in the reader");
    }
  }
}
