package io.kubegen.generator.types;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The schema-to-Java type table: the one place that decides the Java type of a {@link TypeRef}.
 *
 * <ul>
 *   <li>Boxed types everywhere ({@code Integer}, never {@code int}), so an absent field stays
 *       distinguishable from zero; {@code byte} is {@code byte[]} (base64 on the wire).
 *   <li>{@code int32} → {@code Integer}; {@code int64} and integers without a format →
 *       {@code Long}; {@code number} → {@code Double}; {@code float} → {@code Float};
 *       {@code double} → {@code Double}; {@code date-time} → the runtime's {@code Time}.
 *   <li>int-or-string → {@code IntOrString}; quantity → {@code Quantity}; apimachinery types →
 *       their runtime classes.
 *   <li>Opaque JSON: a value of any shape is {@code Object} (what Jackson reads: {@code Map},
 *       {@code List}, {@code String}, {@code Number}, {@code Boolean}); an object of unknown shape
 *       (preserve-unknown-fields objects, embedded resources) is {@code Map<String, Object>}. Both
 *       are deep-copied by the runtime's {@code JsonValues.deepCopy}.
 *   <li>Arrays → {@code List<T>}, maps → {@code Map<String, T>}; named types → the class the
 *       caller's resolver gives (its package comes from the naming rules' layout).
 * </ul>
 */
public final class JavaTypes {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName OBJECT = ClassName.OBJECT;
  private static final TypeName JSON_OBJECT = ParameterizedTypeName.get(MAP, STRING, OBJECT);

  private final Function<TypeId, ClassName> namedTypes;

  /**
   * @param namedTypes the Java class of each model type, for example {@code
   *     naming.layout(...).modelClass(id)}
   */
  public JavaTypes(Function<TypeId, ClassName> namedTypes) {
    this.namedTypes = Objects.requireNonNull(namedTypes, "namedTypes");
  }

  /** The Java class of a primitive: boxed, or {@code byte[]}. */
  public static TypeName of(Primitive primitive) {
    switch (primitive) {
      case STRING:
        return STRING;
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case INT32:
        return ClassName.get(Integer.class);
      case INTEGER:
      case INT64:
        return ClassName.get(Long.class);
      case NUMBER:
      case DOUBLE:
        return ClassName.get(Double.class);
      case FLOAT:
        return ClassName.get(Float.class);
      case BYTES:
        return ArrayTypeName.of(TypeName.BYTE);
      case DATE_TIME:
        return RuntimeTypes.TIME;
      default:
        throw new AssertionError(primitive);
    }
  }

  /** The Java type of {@code ref}; never a primitive type. */
  public TypeName of(TypeRef ref) {
    Objects.requireNonNull(ref, "ref");
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return of(p.primitive());
    } else if (ref instanceof TypeRef.ArrayRef a) {
      return ParameterizedTypeName.get(LIST, of(a.item()));
    } else if (ref instanceof TypeRef.MapRef m) {
      return ParameterizedTypeName.get(MAP, STRING, of(m.value()));
    } else if (ref instanceof TypeRef.NamedRef n) {
      return Objects.requireNonNull(namedTypes.apply(n.id()), () -> "no class for " + n.id());
    } else if (ref instanceof TypeRef.IntOrStringRef) {
      return RuntimeTypes.INT_OR_STRING;
    } else if (ref instanceof TypeRef.QuantityRef) {
      return RuntimeTypes.QUANTITY;
    } else if (ref instanceof TypeRef.OpaqueJsonRef o) {
      return o.shape() == TypeRef.OpaqueJsonRef.Shape.OBJECT ? JSON_OBJECT : OBJECT;
    } else if (ref instanceof TypeRef.ExistingClassRef e) {
      List<String> names = e.simpleNames();
      return ClassName.get(
          e.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
    } else if (ref instanceof TypeRef.MetaRef meta) {
      return RuntimeTypes.of(meta.type());
    }
    throw new AssertionError(ref);
  }
}
