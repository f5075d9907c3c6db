package io.kubegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.TypeRef;

/**
 * Generated code that names a deprecated model type must not warn, or {@code -Werror} builds of
 * users would fail: such classes carry {@code @SuppressWarnings("deprecation")}.
 */
final class Deprecations {
  private Deprecations() {}

  /** True when {@code ref} names a model object type marked deprecated. */
  static boolean deprecated(EmitContext context, TypeRef ref) {
    return ref instanceof TypeRef.NamedRef named
        && context.model().type(named.id()).filter(ObjectDef.class::isInstance)
            .map(t -> ((ObjectDef) t).deprecated()).orElse(false);
  }

  /** Adds {@code @SuppressWarnings("deprecation")} to {@code type} when {@code deprecated}. */
  static TypeSpec.Builder suppressIf(boolean deprecated, TypeSpec.Builder type) {
    if (deprecated) {
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "deprecation").build());
    }
    return type;
  }
}
