package io.kubegen.generator.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.naming.PackageLayout;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class JavaTypesTest {
  private static final PackageLayout LAYOUT =
      Naming.defaults().layout("io.acme", List.of("", "apps", "kafka.strimzi.io"));
  private static final JavaTypes TYPES =
      new JavaTypes(id -> LAYOUT.modelClass(id.group(), id.version(), id.name()));

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(TypeRef.STRING, "java.lang.String"),
        Arguments.of(TypeRef.BOOLEAN, "java.lang.Boolean"),
        Arguments.of(TypeRef.INT32, "java.lang.Integer"),
        Arguments.of(TypeRef.INT64, "java.lang.Long"),
        Arguments.of(TypeRef.primitive(Primitive.INTEGER), "java.lang.Long"),
        Arguments.of(TypeRef.primitive(Primitive.NUMBER), "java.lang.Double"),
        Arguments.of(TypeRef.primitive(Primitive.FLOAT), "java.lang.Float"),
        Arguments.of(TypeRef.primitive(Primitive.DOUBLE), "java.lang.Double"),
        Arguments.of(TypeRef.primitive(Primitive.BYTES), "byte[]"),
        Arguments.of(TypeRef.primitive(Primitive.DATE_TIME), "io.kubegen.runtime.api.Time"),
        Arguments.of(TypeRef.INT_OR_STRING, "io.kubegen.runtime.api.IntOrString"),
        Arguments.of(TypeRef.QUANTITY, "io.kubegen.runtime.api.Quantity"),
        Arguments.of(TypeRef.ANY_JSON, "java.lang.Object"),
        Arguments.of(TypeRef.OBJECT_JSON, "java.util.Map<java.lang.String, java.lang.Object>"),
        Arguments.of(TypeRef.arrayOf(TypeRef.STRING), "java.util.List<java.lang.String>"),
        Arguments.of(
            TypeRef.mapOf(TypeRef.arrayOf(TypeRef.INT32)),
            "java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>"),
        Arguments.of(TypeRef.mapOf(TypeRef.QUANTITY), "java.util.Map<java.lang.String, io.kubegen.runtime.api.Quantity>"),
        Arguments.of(TypeRef.named("apps", "v1", "DeploymentSpec"), "io.acme.apis.apps.v1.DeploymentSpec"),
        Arguments.of(TypeRef.named("kafka.strimzi.io", "v1beta2", "KafkaSpecKafkaListeners"),
            "io.acme.apis.kafka.v1beta2.KafkaSpecKafkaListeners"),
        Arguments.of(TypeRef.named("", "v1", "Object"), "io.acme.apis.core.v1.Object_"),
        Arguments.of(TypeRef.ExistingClassRef.of("com.acme", "Outer", "Inner"), "com.acme.Outer.Inner"),
        Arguments.of(TypeRef.meta(MetaType.OBJECT_META), "io.kubegen.runtime.api.ObjectMeta"),
        Arguments.of(TypeRef.meta(MetaType.LIST_META), "io.kubegen.runtime.api.ListMeta"),
        Arguments.of(TypeRef.meta(MetaType.MICRO_TIME), "io.kubegen.runtime.api.MicroTime"),
        Arguments.of(TypeRef.meta(MetaType.SCALE), "io.kubegen.runtime.api.Scale"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("table")
  void typeTable(TypeRef ref, String java) {
    TypeName type = TYPES.of(ref);
    assertEquals(java, type.toString());
    assertFalse(type.isPrimitive(), "boxed, so that absent is not zero");
  }

  @ParameterizedTest
  @EnumSource(Primitive.class)
  void noPrimitiveMapsToAJavaPrimitive(Primitive primitive) {
    assertFalse(JavaTypes.of(primitive).isPrimitive());
  }

  @ParameterizedTest
  @EnumSource(MetaType.class)
  void everyMetaTypeIsARuntimeClass(MetaType type) {
    ClassName name = RuntimeTypes.of(type);
    assertEquals("io.kubegen.runtime.api", name.packageName());
    assertEquals(type.qualifiedName(), name.canonicalName());
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "string | \"\" | STRING",
        "string | byte | BYTES",
        "string | date-time | DATE_TIME",
        "string | date | STRING",
        "string | uri | STRING",
        "boolean | \"\" | BOOLEAN",
        "integer | \"\" | INTEGER",
        "integer | int32 | INT32",
        "integer | int64 | INT64",
        "integer | uint8 | INTEGER",
        "number | \"\" | NUMBER",
        "number | float | FLOAT",
        "number | double | DOUBLE",
      })
  void openApiScalars(String type, String format, Primitive expected) {
    assertEquals(Optional.of(expected), Primitive.fromOpenApi(type, format));
    assertEquals(Optional.of(TypeRef.primitive(expected)), ApimachineryTypes.forScalar(type, format, false));
  }

  @Test
  void nonScalarsAndIntOrString() {
    assertEquals(Optional.empty(), Primitive.fromOpenApi("object", null));
    assertEquals(Optional.empty(), Primitive.fromOpenApi("array", null));
    assertEquals(Optional.of(TypeRef.INT_OR_STRING), ApimachineryTypes.forScalar(null, null, true));
    assertEquals(Optional.of(TypeRef.INT_OR_STRING), ApimachineryTypes.forScalar("string", "int-or-string", false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta | io.kubegen.runtime.api.ObjectMeta",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta | io.kubegen.runtime.api.ListMeta",
        "io.k8s.apimachinery.pkg.apis.meta.v1.Status | io.kubegen.runtime.api.Status",
        "io.k8s.apimachinery.pkg.apis.meta.v1.Time | io.kubegen.runtime.api.Time",
        "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime | io.kubegen.runtime.api.MicroTime",
        "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector | io.kubegen.runtime.api.LabelSelector",
        "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference | io.kubegen.runtime.api.OwnerReference",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry | io.kubegen.runtime.api.ManagedFieldsEntry",
        "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions | io.kubegen.runtime.api.DeleteOptions",
        "io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent | io.kubegen.runtime.api.WatchEvent",
        "io.k8s.apimachinery.pkg.util.intstr.IntOrString | io.kubegen.runtime.api.IntOrString",
        "io.k8s.apimachinery.pkg.api.resource.Quantity | io.kubegen.runtime.api.Quantity",
        "io.k8s.api.autoscaling.v1.Scale | io.kubegen.runtime.api.Scale",
        "io.k8s.apimachinery.pkg.runtime.RawExtension | java.lang.Object",
        "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1 | java.util.Map<java.lang.String, java.lang.Object>",
        "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON | java.lang.Object",
      })
  void apimachineryDefinitions(String definition, String java) {
    TypeRef ref = ApimachineryTypes.forDefinition(definition).orElseThrow();
    assertEquals(java, TYPES.of(ref).toString());
  }

  @Test
  void otherDefinitionsAreLeftToTheModel() {
    assertEquals(Optional.empty(), ApimachineryTypes.forDefinition("io.k8s.api.apps.v1.Deployment"));
    assertEquals(Optional.empty(), ApimachineryTypes.forDefinition("io.k8s.apimachinery.pkg.apis.meta.v1.Condition"));
    assertTrue(ApimachineryTypes.definitionNames().contains("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"));
  }

  @Test
  void namedTypesGoThroughTheResolver() {
    JavaTypes custom = new JavaTypes(id -> ClassName.get("x", id.name() + "Impl"));
    assertEquals("x.FooImpl", custom.of(new TypeRef.NamedRef(TypeId.of("g", "v1", "Foo"))).toString());
  }
}
