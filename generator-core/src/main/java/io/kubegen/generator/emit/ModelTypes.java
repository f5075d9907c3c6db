package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.naming.PackageLayout;
import io.kubegen.generator.types.JavaTypes;

/**
 * The Java classes of model types for one run, shared by every emitter that refers to models: the
 * type table bound to the run's package layout.
 */
public final class ModelTypes {
  private ModelTypes() {}

  /** The type table of a run: named types become classes of {@link #modelClass}. */
  public static JavaTypes javaTypes(EmitContext context) {
    PackageLayout layout = context.layout();
    return new JavaTypes(id -> modelClass(layout, id));
  }

  /** The class of a model type: {@code B.apis.<group>.<version>.<TypeName>}. */
  public static ClassName modelClass(PackageLayout layout, TypeId id) {
    return layout.modelClass(id.group(), id.version(), id.name());
  }

  /** The apiVersion text of a group version: {@code v1} for the core group, else {@code group/v1}. */
  public static String apiVersion(String group, String version) {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /**
   * Whether Java code that names {@code ref}'s type refers to a deprecated model type, and so must
   * suppress {@code deprecation} warnings to compile with {@code -Werror}.
   */
  public static boolean usesDeprecated(ApiModel model, TypeRef ref) {
    if (ref instanceof TypeRef.NamedRef named) {
      return model.type(named.id()).map(TypeDef::deprecated).orElse(false);
    } else if (ref instanceof TypeRef.ExistingClassRef existing) {
      return existing.deprecated();
    } else if (ref instanceof TypeRef.ArrayRef array) {
      return usesDeprecated(model, array.item());
    } else if (ref instanceof TypeRef.MapRef map) {
      return usesDeprecated(model, map.value());
    }
    return false;
  }
}
