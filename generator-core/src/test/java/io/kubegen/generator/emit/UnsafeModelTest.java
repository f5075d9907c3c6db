package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Models no golden file covers: every unsafe name the issue lists, deprecated resources, and
 * models the emitters must refuse. The output must compile with {@code -Xlint:all -Werror}.
 */
class UnsafeModelTest {
  private static final String G = "a-b.example.io";

  private static Map<String, String> generate(ApiModel model) {
    return Generator.builder().basePackage("io.unsafe").build().generate(model).sources();
  }

  private static ObjectDef resourceObject(String name, boolean deprecated, List<Property> more) {
    List<Property> props = new ArrayList<>(List.of(
        Property.of("apiVersion", TypeRef.STRING),
        Property.of("kind", TypeRef.STRING),
        Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META))));
    props.addAll(more);
    return new ObjectDef(name, "", props, Optional.empty(), false, deprecated);
  }

  static ApiModel unsafeModel() {
    List<Property> hostile = new ArrayList<>();
    for (String name : List.of("package", "continue", "enum", "_", "a/b", "a\\b", "a.b", "$", "ü", "getClass",
        "hashCode", "Deep-Copy", "copy", "that", "o", "sb", "sep", "v1", "T", "value", "known", "X-Foo", "x_foo",
        "9", "\u2028", "*/", "null", "true")) {
      hostile.add(Property.builder(name, TypeRef.STRING).description(GoldenModel.HOSTILE).defaultJson("\"*/\\u000a\"").build());
    }
    hostile.add(Property.of("nested", TypeRef.arrayOf(TypeRef.mapOf(TypeRef.arrayOf(TypeRef.named(G, "v1", "Class"))))));
    hostile.add(Property.of("deprecatedList", TypeRef.mapOf(TypeRef.arrayOf(TypeRef.named(G, "v1", "Record")))));
    Resource object = Resource.builder(G, "v1", "Object", "objects").scope(Scope.CLUSTER).verbs(Verb.GET).build();
    Resource record = Resource.builder(G, "v1", "Record", "records").verbs(Verb.GET, Verb.LIST).build();
    return ApiModel.of(List.of(
        ApiGroup.of(G, List.of(ApiVersion.of("v1", List.of(object, record), List.of(
            resourceObject("Object", false, hostile),
            ObjectDef.resourceList("ObjectList", TypeId.of(G, "v1", "Object")),
            resourceObject("Record", true, List.of(Property.of("class", TypeRef.named(G, "v1", "Class")))),
            ObjectDef.resourceList("RecordList", TypeId.of(G, "v1", "Record")),
            new ObjectDef("Class", "", List.of(Property.of("T", TypeRef.named(G, "v1", "Module"))),
                Optional.of(TypeRef.arrayOf(TypeRef.primitive(io.kubegen.generator.model.Primitive.BYTES))), true, false),
            new EnumDef("Module", GoldenModel.HOSTILE, List.of("T", "value", "known", "VALUE", "KNOWN", "EMPTY", ""), true))))),
        ApiGroup.of("a.b.example.io", List.of(ApiVersion.of("v1-beta.1", List.of(), List.of(
            EnumDef.of("String", List.of("x"))))))));
  }

  @Test
  void everyUnsafeNameCompilesAndRuns() throws Exception {
    Map<String, String> sources = generate(unsafeModel());
    assertTrue(sources.containsKey("io/unsafe/apis/ab/v1/Object_.java"), sources.keySet().toString());
    assertTrue(sources.containsKey("io/unsafe/apis/ab/v1/Record_.java"), sources.keySet().toString());
    assertTrue(sources.containsKey("io/unsafe/apis/ab/v1/ABV1Register.java"), sources.keySet().toString());
    for (String source : sources.values()) {
      assertTrue(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7e)), "ASCII only");
    }
    try (CompileHarness.Compiled c = CompileHarness.compile(sources, Map.of())) {
      Class<?> object = c.load("io.unsafe.apis.ab.v1.Object_");
      Object o = object.getConstructor().newInstance();
      Method getKind = object.getMethod("getKind");
      assertEquals("Object", getKind.invoke(o), "the wire kind is unchanged");
      assertEquals("a-b.example.io/v1", object.getMethod("getApiVersion").invoke(o));
      assertTrue(object.getMethod("toString").invoke(o).toString().startsWith("Object_{"));
      Class<?> module = c.load("io.unsafe.apis.ab.v1.Module_");
      Object value = module.getMethod("fromValue", String.class).invoke(null, "value");
      assertEquals(value, module.getField("VALUE_2").get(null));
      Class<?> register = c.load("io.unsafe.apis.ab.v1.ABV1Register");
      io.kubegen.runtime.scheme.Scheme scheme = new io.kubegen.runtime.scheme.Scheme();
      register.getMethod("addToScheme", io.kubegen.runtime.scheme.Scheme.class).invoke(null, scheme);
      assertEquals(c.load("io.unsafe.apis.ab.v1.Record_"),
          scheme.classFor(new io.kubegen.runtime.scheme.GroupVersionKind(G, "v1", "Record")).orElseThrow());
    }
  }

  @Test
  void typesThatBecomeOneFileAreRefused() {
    ApiModel model = ApiModel.of(List.of(ApiGroup.of("x.io", List.of(ApiVersion.of("v1", List.of(), List.of(
        ObjectDef.of("x-foo", List.of()), ObjectDef.of("XFoo", List.of())))))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generate(model));
    assertTrue(e.getMessage().startsWith("[kubegen-models] types 'XFoo' and 'x-foo' of x.io/v1 would both be written as class XFoo"),
        e.getMessage());
  }

  @Test
  void aResourceWhoseMetadataIsNotObjectMetaIsRefused() {
    Resource r = Resource.builder("x.io", "v1", "Thing", "things").verbs(Verb.GET).build();
    ApiModel model = ApiModel.of(List.of(ApiGroup.of("x.io", List.of(ApiVersion.of("v1", List.of(r), List.of(
        ObjectDef.of("Thing", List.of(Property.of("metadata", TypeRef.OBJECT_JSON))),
        ObjectDef.resourceList("ThingList", TypeId.of("x.io", "v1", "Thing"))))))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generate(model));
    assertTrue(e.getMessage().startsWith("[kubegen-models] type x.io/v1 Thing is the object type of resource Thing,"
        + " so its property 'metadata' must be"), e.getMessage());
  }
}
