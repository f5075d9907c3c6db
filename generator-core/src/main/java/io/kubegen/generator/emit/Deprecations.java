package io.kubegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.TypeRef;

/**
 * Generated code that names a deprecated model type must not warn, or {@code -Werror} builds of
 * users would fail: such classes carry {@code @SuppressWarnings("deprecation")}.
 */
final class Deprecations {
  private Deprecations() {}

  /** True when {@code ref} names a deprecated model type or existing class. */
  static boolean deprecated(EmitContext context, TypeRef ref) {
    return ModelTypes.usesDeprecated(context.model(), ref);
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
