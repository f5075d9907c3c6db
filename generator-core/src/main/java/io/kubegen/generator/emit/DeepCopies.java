package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.types.JavaTypes;
import io.kubegen.generator.types.RuntimeTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The copy, equality and hash code of one property value, as code, for one generated class.
 * Immutable values (strings, boxed numbers, enums, {@code Time}, {@code Quantity},
 * {@code IntOrString}) are shared; lists and maps are copied into new ones; models and the
 * runtime's mutable meta types copy themselves; opaque JSON goes through
 * {@code JsonValues.deepCopy}; {@code byte[]} is cloned, compared and hashed by content, also
 * inside lists and maps. Remembers which private helpers the class needs.
 */
final class DeepCopies {
  /** Runtime meta types that are mutable and have a {@code deepCopy()}. */
  private static final Set<MetaType> COPYABLE_META =
      EnumSet.of(
          MetaType.OBJECT_META, MetaType.LIST_META, MetaType.STATUS, MetaType.STATUS_DETAILS,
          MetaType.STATUS_CAUSE, MetaType.LABEL_SELECTOR, MetaType.OWNER_REFERENCE,
          MetaType.MANAGED_FIELDS_ENTRY, MetaType.SCALE, MetaType.SCALE_SPEC, MetaType.SCALE_STATUS);

  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final ClassName UNARY = ClassName.get(UnaryOperator.class);

  private final ApiModel model;
  private final JavaTypes types;
  private boolean needsCopyList;
  private boolean needsCopyMap;
  private boolean needsContentEquals;
  private boolean needsContentString;

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
      needsCopyList = true;
      return CodeBlock.of("copyList($L, $L)", value, function(array.item(), 1));
    } else if (ref instanceof TypeRef.MapRef map) {
      needsCopyMap = true;
      return CodeBlock.of("copyMap($L, $L)", value, function(map.value(), 1));
    }
    return value;
  }

  /** A {@code UnaryOperator} expression that copies values of type {@code ref}. */
  private CodeBlock function(TypeRef ref, int depth) {
    if (isBytes(ref)) {
      return CodeBlock.of("byte[]::clone");
    } else if (selfCopying(ref)) {
      return CodeBlock.of("$T::deepCopy", types.of(ref));
    } else if (ref instanceof TypeRef.OpaqueJsonRef) {
      return CodeBlock.of("$T::deepCopy", RuntimeTypes.JSON_VALUES);
    } else if (ref instanceof TypeRef.ArrayRef array) {
      needsCopyList = true;
      String v = "v" + depth;
      return CodeBlock.of("$N -> copyList($N, $L)", v, v, function(array.item(), depth + 1));
    } else if (ref instanceof TypeRef.MapRef map) {
      needsCopyMap = true;
      String v = "v" + depth;
      return CodeBlock.of("$N -> copyMap($N, $L)", v, v, function(map.value(), depth + 1));
    }
    return CodeBlock.of("$T.identity()", UNARY);
  }

  /** {@code a.equals(b)} for two expressions of type {@code ref}, by content for bytes. */
  CodeBlock equal(TypeRef ref, CodeBlock a, CodeBlock b) {
    if (isBytes(ref)) {
      return CodeBlock.of("$T.equals($L, $L)", Arrays.class, a, b);
    } else if (containsBytes(ref)) {
      needsContentEquals = true;
      return CodeBlock.of("contentEquals($L, $L)", a, b);
    }
    return CodeBlock.of("$T.equals($L, $L)", Objects.class, a, b);
  }

  /** The hash code of an expression of type {@code ref}, or the expression itself for {@code Objects.hash}. */
  CodeBlock hash(TypeRef ref, CodeBlock value) {
    if (isBytes(ref)) {
      return CodeBlock.of("$T.hashCode($L)", Arrays.class, value);
    } else if (containsBytes(ref)) {
      needsContentEquals = true;
      return CodeBlock.of("contentHashCode($L)", value);
    }
    return value;
  }

  /**
   * The text of an expression of type {@code ref} for {@code toString}: {@code byte[]} shows its
   * length only (it may hold a secret), also inside lists and maps.
   */
  CodeBlock text(TypeRef ref, CodeBlock value) {
    if (isBytes(ref)) {
      return CodeBlock.of("$L.length + $S", value, " bytes");
    } else if (containsBytes(ref)) {
      needsContentString = true;
      return CodeBlock.of("contentString($L)", value);
    }
    return value;
  }

  /** The private static helpers the copies and comparisons so far use. */
  List<MethodSpec> helpers() {
    List<MethodSpec> helpers = new ArrayList<>();
    if (needsCopyList) {
      helpers.add(copyList());
    }
    if (needsCopyMap) {
      helpers.add(copyMap());
    }
    if (needsContentEquals) {
      helpers.add(contentEquals());
      helpers.add(contentHashCode());
    }
    if (needsContentString) {
      helpers.add(contentString());
    }
    return helpers;
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

  private static MethodSpec copyList() {
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), T);
    return MethodSpec.methodBuilder("copyList")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(list)
        .addParameter(list, "list")
        .addParameter(ParameterizedTypeName.get(UNARY, T), "copy")
        .beginControlFlow("if (list == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T result = new $T<>(list.size())", list, ArrayList.class)
        .beginControlFlow("for ($T item : list)", T)
        .addStatement("result.add(item == null ? null : copy.apply(item))")
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  private static MethodSpec copyMap() {
    TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), T);
    TypeName entry =
        ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class), T);
    return MethodSpec.methodBuilder("copyMap")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(map)
        .addParameter(map, "map")
        .addParameter(ParameterizedTypeName.get(UNARY, T), "copy")
        .beginControlFlow("if (map == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T result = new $T<>()", map, LinkedHashMap.class)
        .beginControlFlow("for ($T entry : map.entrySet())", entry)
        .addStatement("$T value = entry.getValue()", T)
        .addStatement("result.put(entry.getKey(), value == null ? null : copy.apply(value))")
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  private static MethodSpec contentEquals() {
    return MethodSpec.methodBuilder("contentEquals")
        .addJavadoc("Equality that compares {@code byte[]} by content, also inside lists and maps.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(Object.class, "a")
        .addParameter(Object.class, "b")
        .beginControlFlow("if (a instanceof byte[] x && b instanceof byte[] y)")
        .addStatement("return $T.equals(x, y)", Arrays.class)
        .endControlFlow()
        .beginControlFlow("if (a instanceof $T<?> x && b instanceof $T<?> y)", List.class, List.class)
        .beginControlFlow("if (x.size() != y.size())")
        .addStatement("return false")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < x.size(); i++)")
        .beginControlFlow("if (!contentEquals(x.get(i), y.get(i)))")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (a instanceof $T<?, ?> x && b instanceof $T<?, ?> y)", Map.class, Map.class)
        .beginControlFlow("if (x.size() != y.size())")
        .addStatement("return false")
        .endControlFlow()
        .beginControlFlow("for ($T<?, ?> e : x.entrySet())", Map.Entry.class)
        .beginControlFlow(
            "if (!y.containsKey(e.getKey()) || !contentEquals(e.getValue(), y.get(e.getKey())))")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return true")
        .endControlFlow()
        .addStatement("return $T.equals(a, b)", Objects.class)
        .build();
  }

  private static MethodSpec contentString() {
    return MethodSpec.methodBuilder("contentString")
        .addJavadoc("Text for {@code toString} that shows only the length of {@code byte[]} values.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(Object.class, "value")
        .beginControlFlow("if (value instanceof byte[] bytes)")
        .addStatement("return bytes.length + $S", " bytes")
        .endControlFlow()
        .beginControlFlow("if (value instanceof $T<?> list)", List.class)
        .addStatement("$T<String> items = new $T<>()", List.class, ArrayList.class)
        .beginControlFlow("for (Object item : list)")
        .addStatement("items.add(contentString(item))")
        .endControlFlow()
        .addStatement("return items.toString()")
        .endControlFlow()
        .beginControlFlow("if (value instanceof $T<?, ?> map)", Map.class)
        .addStatement("$T<Object, String> entries = new $T<>()", Map.class, LinkedHashMap.class)
        .beginControlFlow("for ($T<?, ?> e : map.entrySet())", Map.Entry.class)
        .addStatement("entries.put(e.getKey(), contentString(e.getValue()))")
        .endControlFlow()
        .addStatement("return entries.toString()")
        .endControlFlow()
        .addStatement("return $T.valueOf(value)", String.class)
        .build();
  }

  private static MethodSpec contentHashCode() {
    return MethodSpec.methodBuilder("contentHashCode")
        .addJavadoc("A hash code consistent with {@link #contentEquals}.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(Object.class, "value")
        .beginControlFlow("if (value instanceof byte[] bytes)")
        .addStatement("return $T.hashCode(bytes)", Arrays.class)
        .endControlFlow()
        .beginControlFlow("if (value instanceof $T<?> list)", List.class)
        .addStatement("int h = 1")
        .beginControlFlow("for (Object item : list)")
        .addStatement("h = 31 * h + contentHashCode(item)")
        .endControlFlow()
        .addStatement("return h")
        .endControlFlow()
        .beginControlFlow("if (value instanceof $T<?, ?> map)", Map.class)
        .addStatement("int h = 0")
        .beginControlFlow("for ($T<?, ?> e : map.entrySet())", Map.Entry.class)
        .addStatement("h += $T.hashCode(e.getKey()) ^ contentHashCode(e.getValue())", Objects.class)
        .endControlFlow()
        .addStatement("return h")
        .endControlFlow()
        .addStatement("return $T.hashCode(value)", Objects.class)
        .build();
  }
}
