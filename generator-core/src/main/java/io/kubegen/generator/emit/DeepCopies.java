package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.types.JavaTypes;
import io.kubegen.generator.types.RuntimeTypes;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The copy, equality and hash code of one property value, as code, for one generated class.
 * Immutable values (strings, boxed numbers, enums, {@code Time}, {@code Quantity},
 * {@code IntOrString}) are shared; lists and maps are copied into new ones; models and the
 * runtime's mutable meta types copy themselves; opaque JSON goes through
 * {@code JsonValues.deepCopy}; {@code byte[]} is cloned, compared and hashed by content, also
 * inside lists and maps. Containers are copied and compared by the runtime's {@code ModelSupport}
 * rather than by private helpers in each class: written once there instead of in hundreds of
 * classes, they were much of what javac compiled. Lists and maps of immutable values are copied without
 * a copy function, so most calls need no lambda or method reference to infer.
 */
final class DeepCopies {
  /** Runtime meta types that are mutable and have a {@code deepCopy()}. */
  private static final Set<MetaType> COPYABLE_META =
      EnumSet.of(
          MetaType.OBJECT_META, MetaType.LIST_META, MetaType.STATUS, MetaType.STATUS_DETAILS,
          MetaType.STATUS_CAUSE, MetaType.LABEL_SELECTOR, MetaType.OWNER_REFERENCE,
          MetaType.MANAGED_FIELDS_ENTRY, MetaType.SCALE, MetaType.SCALE_SPEC, MetaType.SCALE_STATUS);

  static final ClassName MODEL_SUPPORT = ClassName.get(MetaType.RUNTIME_API_PACKAGE, "ModelSupport");

  private final ApiModel model;
  private final JavaTypes types;

  DeepCopies(ApiModel model, JavaTypes types) {
    this.model = model;
    this.types = types;
  }

  /** An expression that copies {@code value}, an expression of type {@code ref}. */
  CodeBlock copy(TypeRef ref, CodeBlock value) {
    if (isBytes(ref)) {
      return CodeBlock.of("$L == null ? null : $L.clone()", value, value);
    } else if (selfCopying(ref)) {
      return CodeBlock.of("$L == null ? null : $L.deepCopy()", value, value);
    } else if (ref instanceof TypeRef.OpaqueJsonRef) {
      return CodeBlock.of("$T.deepCopy($L)", RuntimeTypes.JSON_VALUES, value);
    } else if (ref instanceof TypeRef.ArrayRef array) {
      return container("copyList", value, array.item(), 1);
    } else if (ref instanceof TypeRef.MapRef map) {
      return container("copyMap", value, map.value(), 1);
    }
    return value;
  }

  /**
   * A call of a container copy: without a copy function when the values are immutable, else with
   * the value type spelled out, which spares javac inferring it together with the function.
   */
  private CodeBlock container(String method, CodeBlock value, TypeRef item, int depth) {
    CodeBlock copy = function(item, depth);
    return copy == null
        ? CodeBlock.of("$T.$N($L)", MODEL_SUPPORT, method, value)
        : CodeBlock.of("$T.<$T>$N($L, $L)", MODEL_SUPPORT, types.of(item), method, value, copy);
  }

  /** A {@code UnaryOperator} expression that copies values of type {@code ref}; null for immutable values. */
  private CodeBlock function(TypeRef ref, int depth) {
    if (isBytes(ref)) {
      return CodeBlock.of("byte[]::clone");
    } else if (selfCopying(ref)) {
      return CodeBlock.of("$T::deepCopy", types.of(ref));
    } else if (ref instanceof TypeRef.OpaqueJsonRef) {
      return CodeBlock.of("$T::deepCopy", RuntimeTypes.JSON_VALUES);
    } else if (ref instanceof TypeRef.ArrayRef array) {
      String v = "v" + depth;
      return CodeBlock.of("$N -> $L", v, container("copyList", CodeBlock.of("$N", v), array.item(), depth + 1));
    } else if (ref instanceof TypeRef.MapRef map) {
      String v = "v" + depth;
      return CodeBlock.of("$N -> $L", v, container("copyMap", CodeBlock.of("$N", v), map.value(), depth + 1));
    }
    return null;
  }

  /** {@code a.equals(b)} for two expressions of type {@code ref}, by content for bytes. */
  CodeBlock equal(TypeRef ref, CodeBlock a, CodeBlock b) {
    if (isBytes(ref)) {
      return CodeBlock.of("$T.equals($L, $L)", Arrays.class, a, b);
    } else if (containsBytes(ref)) {
      return CodeBlock.of("$T.contentEquals($L, $L)", MODEL_SUPPORT, a, b);
    }
    return CodeBlock.of("$T.equals($L, $L)", Objects.class, a, b);
  }

  /** The hash code of an expression of type {@code ref}, or the expression itself for {@code Objects.hash}. */
  CodeBlock hash(TypeRef ref, CodeBlock value) {
    if (isBytes(ref)) {
      return CodeBlock.of("$T.hashCode($L)", Arrays.class, value);
    } else if (containsBytes(ref)) {
      return CodeBlock.of("$T.contentHashCode($L)", MODEL_SUPPORT, value);
    }
    return value;
  }

  private boolean selfCopying(TypeRef ref) {
    if (ref instanceof TypeRef.NamedRef named) {
      return model.type(named.id()).map(t -> t instanceof ObjectDef).orElse(false);
    }
    return ref instanceof TypeRef.MetaRef meta && COPYABLE_META.contains(meta.type());
  }

  private static boolean isBytes(TypeRef ref) {
    return ref instanceof TypeRef.PrimitiveRef p && p.primitive() == Primitive.BYTES;
  }

  private static boolean containsBytes(TypeRef ref) {
    if (ref instanceof TypeRef.ArrayRef array) {
      return isBytes(array.item()) || containsBytes(array.item());
    } else if (ref instanceof TypeRef.MapRef map) {
      return isBytes(map.value()) || containsBytes(map.value());
    }
    return false;
  }
}
