package io.kubegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.naming.PropertyName;
import io.kubegen.generator.types.JavaTypes;
import io.kubegen.generator.types.RuntimeTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes the class of one {@link ObjectDef}; see {@link ModelEmitter} for the shape. */
final class ObjectClassWriter {
  static final String ANY_FIELD = "additionalProperties";
  /** Names the class uses itself, which no property may take (compared ignoring case). */
  private static final Set<String> RESERVED = Set.of("AdditionalProperties", "AdditionalProperty");

  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  private static final ClassName JSON_INCLUDE_INCLUDE = JSON_INCLUDE.nestedClass("Include");
  private static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
  private static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
  private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  private static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
  private static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");

  private final EmitContext context;
  private final ApiModel model;
  private final JavaTypes types;
  private final TypeId id;
  private final ObjectDef def;
  private final ResourceRole role;
  private final ClassName className;
  private final DeepCopies copies;

  /** One property with everything the class needs of it. */
  private record Member(Property property, PropertyName names, TypeName type, boolean override) {}

  ObjectClassWriter(EmitContext context, JavaTypes types, TypeId id, ObjectDef def, ResourceRole role) {
    this.context = context;
    this.model = context.model();
    this.types = types;
    this.id = id;
    this.def = def;
    this.role = role;
    this.className = ModelTypes.modelClass(context.layout(), id);
    this.copies = new DeepCopies(model, types);
  }

  TypeSpec write() {
    List<Property> properties = properties();
    List<PropertyName> names =
        context.naming().propertyNames(properties.stream().map(Property::name).toList(), RESERVED);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      Property p = properties.get(i);
      members.add(new Member(p, names.get(i), types.of(p.type()), isInterfaceProperty(p)));
    }
    TypeName anyValue = anyValueType();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(classJavadoc())
            .addAnnotation(GeneratedSources.generatedAnnotation());
    if (def.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    if (usesDeprecated()) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    type.addAnnotation(
            AnnotationSpec.builder(JSON_INCLUDE)
                .addMember("value", "$T.NON_NULL", JSON_INCLUDE_INCLUDE)
                .build())
        .addAnnotation(
            AnnotationSpec.builder(JSON_IGNORE_PROPERTIES).addMember("ignoreUnknown", "true").build());
    if (!members.isEmpty()) {
      CodeBlock order =
          members.stream()
              .map(m -> Literals.string(m.property().name()))
              .collect(CodeBlock.joining(", ", "{", "}"));
      type.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY_ORDER).addMember("value", "$L", order).build());
    }
    if (role != null && role.list()) {
      type.addSuperinterface(
          ParameterizedTypeName.get(RuntimeTypes.KUBERNETES_LIST_OBJECT, role.itemType()));
    } else if (role != null) {
      type.addSuperinterface(RuntimeTypes.KUBERNETES_OBJECT);
    }

    for (Member m : members) {
      type.addField(field(m));
    }
    if (anyValue != null) {
      type.addField(
          FieldSpec.builder(anyMapType(anyValue), ANY_FIELD, Modifier.PRIVATE).build());
    }
    type.addMethod(constructor());
    for (Member m : members) {
      type.addMethod(getter(m)).addMethod(setter(m)).addMethod(wither(m));
    }
    if (anyValue != null) {
      addAnyAccessors(type, anyValue);
    }
    type.addMethod(deepCopy(members, anyValue))
        .addMethod(equalsMethod(members, anyValue))
        .addMethod(hashCodeMethod(members, anyValue))
        .addMethod(toStringMethod(members, anyValue));
    return type.build();
  }

  /**
   * The declared properties, plus the type information and metadata a resource's object or list
   * needs to implement the runtime's interfaces, put first when the schema leaves them out.
   */
  private List<Property> properties() {
    if (role == null) {
      return def.properties();
    }
    Map<String, TypeRef> required = new LinkedHashMap<>();
    required.put("apiVersion", TypeRef.STRING);
    required.put("kind", TypeRef.STRING);
    if (role.list()) {
      required.put("metadata", TypeRef.meta(MetaType.LIST_META));
      required.put("items", TypeRef.arrayOf(role.resource().objectType()));
    } else {
      required.put("metadata", TypeRef.meta(MetaType.OBJECT_META));
    }
    List<Property> missing = new ArrayList<>();
    for (Map.Entry<String, TypeRef> e : required.entrySet()) {
      def.property(e.getKey())
          .ifPresentOrElse(
              p -> {
                if (!p.type().equals(e.getValue())) {
                  throw new IllegalArgumentException(
                      "[kubegen-models] type " + id + " is the " + (role.list() ? "list" : "object")
                          + " type of resource " + role.resource().kind() + ", so its property '"
                          + e.getKey() + "' must be " + e.getValue() + ", not " + p.type());
                }
              },
              () -> missing.add(Property.of(e.getKey(), e.getValue())));
    }
    missing.addAll(def.properties());
    return missing;
  }

  private boolean isInterfaceProperty(Property p) {
    if (role == null) {
      return false;
    }
    return switch (p.name()) {
      case "apiVersion", "kind", "metadata" -> true;
      case "items" -> role.list();
      default -> false;
    };
  }

  private TypeName anyValueType() {
    if (def.additionalProperties().isPresent()) {
      return types.of(def.additionalProperties().get());
    }
    return def.preserveUnknownFields() ? ClassName.OBJECT : null;
  }

  private static TypeName anyMapType(TypeName value) {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), value);
  }

  private boolean usesDeprecated() {
    for (Property p : def.properties()) {
      if (ModelTypes.usesDeprecated(model, p.type())) {
        return true;
      }
    }
    if (role != null && role.list() && ModelTypes.usesDeprecated(model, role.resource().objectType())) {
      return true;
    }
    return def.additionalProperties().map(r -> ModelTypes.usesDeprecated(model, r)).orElse(false);
  }

  // ---------------------------------------------------------------- members

  private CodeBlock classJavadoc() {
    CodeBlock.Builder doc = CodeBlock.builder().add(Javadocs.of(def.description()));
    if (role != null) {
      if (!doc.isEmpty()) {
        doc.add("\n<p>");
      }
      doc.add(
          "$L $L of $L, $L.\n",
          role.list() ? "A list of" : "The object of",
          Javadocs.code(role.resource().plural()),
          Javadocs.code(role.apiVersion()),
          "kind " + Javadocs.code(role.kind()));
    }
    if (def.preserveUnknownFields()) {
      doc.add(doc.isEmpty() ? "" : "\n<p>")
          .add("Fields the schema does not declare are kept, in {@link #getAdditionalProperties()}.\n");
    }
    if (def.deprecated()) {
      doc.add(doc.isEmpty() ? "" : "\n").add("@deprecated the API marks this type deprecated\n");
    }
    return doc.build();
  }

  private FieldSpec field(Member m) {
    FieldSpec.Builder f =
        FieldSpec.builder(m.type(), m.names().field(), Modifier.PRIVATE)
            .addAnnotation(jsonProperty(m));
    String typeMeta = typeMetaDefault(m);
    if (typeMeta != null) {
      f.initializer("$L", Literals.string(typeMeta));
    }
    return f.build();
  }

  /** apiVersion and kind of a resource's object or list start out as its group version and kind. */
  private String typeMetaDefault(Member m) {
    if (role == null || !m.override()) {
      return null;
    }
    return switch (m.property().name()) {
      case "apiVersion" -> role.apiVersion();
      case "kind" -> role.kind();
      default -> null;
    };
  }

  private static AnnotationSpec jsonProperty(Member m) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$L", Literals.string(m.property().name())).build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder c = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    if (role != null) {
      c.addJavadoc(
          "An empty $L with apiVersion $L and kind $L.\n",
          role.list() ? "list" : "object",
          Javadocs.code(role.apiVersion()),
          Javadocs.code(role.kind()));
    } else {
      c.addJavadoc("An empty object.\n");
    }
    return c.build();
  }

  private MethodSpec getter(Member m) {
    Property p = m.property();
    CodeBlock.Builder doc = CodeBlock.builder().add(Javadocs.of(p.description()));
    List<String> notes = new ArrayList<>();
    if (p.required()) {
      notes.add("Required.");
    }
    if (!p.defaultJson().isEmpty()) {
      notes.add("Default: " + Javadocs.code(p.defaultJson()) + " (applied by the server, not by this class).");
    }
    if (!notes.isEmpty()) {
      doc.add(doc.isEmpty() ? "" : "\n<p>").add("$L\n", String.join(" ", notes));
    }
    if (doc.isEmpty()) {
      doc.add("The $L property.\n", Javadocs.code(p.name()));
    }
    if (p.deprecated()) {
      doc.add("\n@deprecated the API marks this property deprecated\n");
    }
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(m.names().getter())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(doc.build())
            .addAnnotation(jsonProperty(m))
            .returns(m.type())
            .addStatement("return this.$N", m.names().field());
    decorate(b, m);
    return b.build();
  }

  private MethodSpec setter(Member m) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(m.names().setter())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Sets $L; see {@link #$N()}.\n", Javadocs.code(m.property().name()), m.names().getter())
            .addAnnotation(jsonProperty(m))
            .addParameter(m.type(), m.names().field())
            .addStatement("this.$N = $N", m.names().field(), m.names().field());
    decorate(b, m);
    return b.build();
  }

  private MethodSpec wither(Member m) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(m.names().wither())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Sets $L and returns this object; see {@link #$N()}.\n",
                Javadocs.code(m.property().name()),
                m.names().getter())
            .returns(className)
            .addParameter(m.type(), m.names().field())
            .addStatement("this.$N = $N", m.names().field(), m.names().field())
            .addStatement("return this");
    if (m.property().deprecated()) {
      b.addAnnotation(Deprecated.class);
    }
    return b.build();
  }

  private static void decorate(MethodSpec.Builder b, Member m) {
    if (m.override()) {
      b.addAnnotation(Override.class);
    }
    if (m.property().deprecated()) {
      b.addAnnotation(Deprecated.class);
    }
  }

  private void addAnyAccessors(TypeSpec.Builder type, TypeName value) {
    TypeName map = anyMapType(value);
    type.addMethod(
            MethodSpec.methodBuilder("getAdditionalProperties")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "Fields the schema does not declare, by JSON name, written back as they were"
                        + " read; {@code null} when there are none.\n")
                .addAnnotation(JSON_ANY_GETTER)
                .returns(map)
                .addStatement("return this.$N", ANY_FIELD)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("setAdditionalProperty")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Sets one field the schema does not declare.\n")
                .addAnnotation(JSON_ANY_SETTER)
                .addParameter(String.class, "name")
                .addParameter(value, "value")
                .beginControlFlow("if (this.$N == null)", ANY_FIELD)
                .addStatement("this.$N = new $T<>()", ANY_FIELD, LinkedHashMap.class)
                .endControlFlow()
                .addStatement("this.$N.put(name, value)", ANY_FIELD)
                .build())
        .addMethod(
            // Not a bean setter on purpose: Jackson would read a field named additionalProperties
            // into it instead of the any-setter.
            MethodSpec.methodBuilder("withAdditionalProperties")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Replaces the fields the schema does not declare and returns this object.\n")
                .returns(className)
                .addParameter(map, "additionalProperties")
                .addStatement("this.$N = additionalProperties", ANY_FIELD)
                .addStatement("return this")
                .build());
  }

  // ---------------------------------------------------------------- object methods

  private MethodSpec deepCopy(List<Member> members, TypeName anyValue) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder("deepCopy")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A copy that shares no mutable state with this object: lists, maps and nested"
                    + " objects are copied; immutable values are shared.\n")
            .returns(className)
            .addStatement("$T copy = new $T()", className, className);
    for (Member m : members) {
      CodeBlock value = CodeBlock.of("this.$N", m.names().field());
      b.addStatement("copy.$N = $L", m.names().field(), copies.copy(m.property().type(), value));
    }
    if (anyValue != null) {
      TypeRef anyRef = def.additionalProperties().orElse(TypeRef.ANY_JSON);
      b.addStatement(
          "copy.$N = $L", ANY_FIELD, copies.copy(TypeRef.mapOf(anyRef), CodeBlock.of("this.$N", ANY_FIELD)));
    }
    return b.addStatement("return copy").build();
  }

  private MethodSpec equalsMethod(List<Member> members, TypeName anyValue) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "o")
            .beginControlFlow("if (this == o)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (!(o instanceof $T that))", className)
            .addStatement("return false")
            .endControlFlow();
    List<CodeBlock> terms = new ArrayList<>();
    for (Member m : members) {
      terms.add(
          copies.equal(
              m.property().type(),
              CodeBlock.of("this.$N", m.names().field()),
              CodeBlock.of("that.$N", m.names().field())));
    }
    if (anyValue != null) {
      TypeRef anyRef = TypeRef.mapOf(def.additionalProperties().orElse(TypeRef.ANY_JSON));
      terms.add(copies.equal(anyRef, CodeBlock.of("this.$N", ANY_FIELD), CodeBlock.of("that.$N", ANY_FIELD)));
    }
    if (terms.isEmpty()) {
      return b.addStatement("return true").build();
    }
    return b.addStatement("return $L", CodeBlock.join(terms, "\n    && ")).build();
  }

  private MethodSpec hashCodeMethod(List<Member> members, TypeName anyValue) {
    List<CodeBlock> terms = new ArrayList<>();
    for (Member m : members) {
      terms.add(copies.hash(m.property().type(), CodeBlock.of("this.$N", m.names().field())));
    }
    if (anyValue != null) {
      TypeRef anyRef = TypeRef.mapOf(def.additionalProperties().orElse(TypeRef.ANY_JSON));
      terms.add(copies.hash(anyRef, CodeBlock.of("this.$N", ANY_FIELD)));
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(terms, ", "))
        .build();
  }

  /**
   * One call of the runtime's {@code ModelSupport.toString} with the JSON names and the fields: much
   * less for javac to compile than a branch per field.
   */
  private MethodSpec toStringMethod(List<Member> members, TypeName anyValue) {
    List<CodeBlock> names = new ArrayList<>();
    CodeBlock.Builder values = CodeBlock.builder();
    for (Member m : members) {
      names.add(Literals.string(m.property().name()));
      values.add(", this.$N", m.names().field());
    }
    if (anyValue != null) {
      // Unnamed: its entries are the object's own fields, and a declared property may be called
      // additionalProperties.
      names.add(CodeBlock.of("null"));
      values.add(", this.$N", ANY_FIELD);
    }
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("The set fields, by JSON name; {@code byte[]} values show their length only.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(
            "return $T.toString($S, new String[] {$L}$L)",
            DeepCopies.MODEL_SUPPORT,
            className.simpleName(),
            CodeBlock.join(names, ", "),
            values.build())
        .build();
  }
}
