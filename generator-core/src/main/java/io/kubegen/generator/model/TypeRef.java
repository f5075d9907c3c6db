package io.kubegen.generator.model;

import io.kubegen.generator.naming.JavaIdentifiers;
import java.util.List;

/**
 * A reference to a type, as a property, array item, map value or subresource input/result sees
 * it. The readers' own type algebra: no JavaPoet here. {@code JavaTypes} maps every case to a Java
 * type, in one place.
 */
public sealed interface TypeRef {
  TypeRef STRING = new PrimitiveRef(Primitive.STRING);
  TypeRef BOOLEAN = new PrimitiveRef(Primitive.BOOLEAN);
  TypeRef INT32 = new PrimitiveRef(Primitive.INT32);
  TypeRef INT64 = new PrimitiveRef(Primitive.INT64);
  TypeRef INT_OR_STRING = new IntOrStringRef();
  TypeRef QUANTITY = new QuantityRef();
  /** Any JSON value (object, array, string, number, boolean). */
  TypeRef ANY_JSON = new OpaqueJsonRef(OpaqueJsonRef.Shape.ANY);
  /** A JSON object with unknown fields: preserve-unknown-fields objects, embedded resources. */
  TypeRef OBJECT_JSON = new OpaqueJsonRef(OpaqueJsonRef.Shape.OBJECT);

  static TypeRef primitive(Primitive primitive) {
    return new PrimitiveRef(primitive);
  }

  static TypeRef arrayOf(TypeRef item) {
    return new ArrayRef(item);
  }

  static TypeRef mapOf(TypeRef value) {
    return new MapRef(value);
  }

  static TypeRef named(String group, String version, String name) {
    return new NamedRef(TypeId.of(group, version, name));
  }

  static TypeRef meta(MetaType type) {
    return new MetaRef(type);
  }

  /** A scalar: string, boolean, integer or number with its format, byte, date-time. */
  record PrimitiveRef(Primitive primitive) implements TypeRef {
    public PrimitiveRef {
      Checks.notNull(primitive, "primitive");
    }
  }

  /** A JSON array; {@code item} is the element type. */
  record ArrayRef(TypeRef item) implements TypeRef {
    public ArrayRef {
      Checks.notNull(item, "item");
    }
  }

  /** A JSON object used as a map with string keys ({@code additionalProperties}). */
  record MapRef(TypeRef value) implements TypeRef {
    public MapRef {
      Checks.notNull(value, "value");
    }
  }

  /** A reference to a {@link TypeDef} that the model defines. */
  record NamedRef(TypeId id) implements TypeRef {
    public NamedRef {
      Checks.notNull(id, "id");
    }
  }

  /** {@code x-kubernetes-int-or-string}, or apimachinery's {@code intstr.IntOrString}. */
  record IntOrStringRef() implements TypeRef {}

  /** apimachinery's {@code resource.Quantity}. */
  record QuantityRef() implements TypeRef {}

  /**
   * A value kept as parsed JSON: {@code x-kubernetes-preserve-unknown-fields} without properties,
   * {@code x-kubernetes-embedded-resource}, {@code RawExtension}, {@code JSON}.
   */
  record OpaqueJsonRef(Shape shape) implements TypeRef {
    /** Whether the schema promises an object ({@code type: object}) or any JSON value. */
    public enum Shape {
      ANY,
      OBJECT
    }

    public OpaqueJsonRef {
      Checks.notNull(shape, "shape");
    }
  }

  /**
   * A Java class that already exists (the user's own model classes, for POJO input), given as its
   * package and its simple names from the outermost class inward, so nested classes stay exact.
   * {@code deprecated} says the class is {@code @Deprecated}, so code naming it suppresses the
   * warning.
   */
  record ExistingClassRef(String packageName, List<String> simpleNames, boolean deprecated)
      implements TypeRef {
    public ExistingClassRef {
      Checks.notNull(packageName, "packageName");
      simpleNames = Checks.copy(simpleNames, "simpleNames");
      if (simpleNames.isEmpty()) {
        throw new IllegalArgumentException("simpleNames must not be empty");
      }
      if (!packageName.isEmpty()) {
        for (String segment : packageName.split("\\.", -1)) {
          if (!JavaIdentifiers.isIdentifier(segment)) {
            throw new IllegalArgumentException(
                "packageName '" + packageName + "' is not a Java package name");
          }
        }
      }
      for (String simpleName : simpleNames) {
        if (!JavaIdentifiers.isIdentifier(simpleName)) {
          throw new IllegalArgumentException(
              "simpleNames: '" + simpleName + "' is not a Java identifier");
        }
      }
    }

    /** A class that is not deprecated. */
    public ExistingClassRef(String packageName, List<String> simpleNames) {
      this(packageName, simpleNames, false);
    }

    public static ExistingClassRef of(String packageName, String... simpleNames) {
      return new ExistingClassRef(packageName, List.of(simpleNames));
    }

    /** The canonical name, for example {@code com.acme.Outer.Inner}. */
    public String canonicalName() {
      String names = String.join(".", simpleNames);
      return packageName.isEmpty() ? names : packageName + "." + names;
    }
  }

  /** An apimachinery type that client-runtime provides. */
  record MetaRef(MetaType type) implements TypeRef {
    public MetaRef {
      Checks.notNull(type, "type");
    }
  }
}
