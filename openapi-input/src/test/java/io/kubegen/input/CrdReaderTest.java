package io.kubegen.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ListType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.types.ApimachineryTypes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CRD reader on small inline inputs: schema features, and every kind of bad input. */
class CrdReaderTest {
  private static final String HEAD =
      "apiVersion: apiextensions.k8s.io/v1\n"
          + "kind: CustomResourceDefinition\n"
          + "metadata:\n  name: widgets.example.com\n"
          + "spec:\n  group: example.com\n  scope: Namespaced\n"
          + "  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wd], categories: [all]}\n"
          + "  versions:\n  - name: v1\n    served: true\n    storage: true\n"
          + "    schema:\n      openAPIV3Schema:\n";

  private static CrdReadResult read(String yaml) {
    return CrdReader.create().readDocuments(List.of(new InputDocument("in.yaml", yaml.getBytes(UTF_8))));
  }

  private static ApiModel schema(String schemaYaml) {
    return read(HEAD + schemaYaml.indent(8)).model();
  }

  private static ObjectDef type(ApiModel m, String name) {
    return (ObjectDef) m.type(TypeId.of("example.com", "v1", name)).orElseThrow(() -> new AssertionError(name + " in " + m.types().keySet()));
  }

  private static Property prop(ApiModel m, String type, String prop) {
    return type(m, type).property(prop).orElseThrow();
  }

  private static ReadException fails(String yaml) {
    return assertThrows(ReadException.class, () -> read(yaml));
  }

  @Test
  void kubernetesExtensionsMapToTheirTypes() {
    ApiModel m = schema(String.join("\n",
        "type: object",
        "properties:",
        "  spec:",
        "    type: object",
        "    required: [port]",
        "    x-kubernetes-preserve-unknown-fields: true",
        "    properties:",
        "      port: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}",
        "      raw: {x-kubernetes-preserve-unknown-fields: true}",
        "      rawObject: {type: object, x-kubernetes-preserve-unknown-fields: true}",
        "      embedded: {type: object, x-kubernetes-embedded-resource: true, x-kubernetes-preserve-unknown-fields: true}",
        "      labels: {type: object, additionalProperties: {type: string}}",
        "      anything: {type: object, additionalProperties: true}",
        "      size: {type: integer, format: int32, default: 3, nullable: true}",
        "      big: {type: integer}",
        "      ratio: {type: number, format: float}",
        "      when: {type: string, format: date-time}",
        "      data: {type: string, format: byte}",
        "      items:",
        "        type: array",
        "        x-kubernetes-list-type: map",
        "        x-kubernetes-list-map-keys: [name]",
        "        items: {type: object, properties: {name: {type: string}}}",
        "      tags: {type: array, x-kubernetes-list-type: set, items: {type: string}}",
        "      mode: {type: string, enum: [Fast, Slow, null], default: Fast}",
        "      old: {type: string, description: 'Deprecated: use mode'}",
        "  status: {type: object, properties: {ready: {type: boolean}}}",
        ""));
    ObjectDef spec = type(m, "WidgetSpec");
    assertTrue(spec.preserveUnknownFields());
    assertTrue(prop(m, "WidgetSpec", "port").required());
    assertEquals(TypeRef.INT_OR_STRING, prop(m, "WidgetSpec", "port").type());
    assertEquals(TypeRef.ANY_JSON, prop(m, "WidgetSpec", "raw").type());
    assertEquals(TypeRef.OBJECT_JSON, prop(m, "WidgetSpec", "rawObject").type());
    assertEquals(TypeRef.OBJECT_JSON, prop(m, "WidgetSpec", "embedded").type());
    assertEquals(TypeRef.mapOf(TypeRef.STRING), prop(m, "WidgetSpec", "labels").type());
    assertEquals(TypeRef.mapOf(TypeRef.ANY_JSON), prop(m, "WidgetSpec", "anything").type());
    Property size = prop(m, "WidgetSpec", "size");
    assertEquals(TypeRef.INT32, size.type());
    assertEquals("3", size.defaultJson());
    assertTrue(size.nullable());
    assertEquals(TypeRef.INT64.toString().replace("INT64", "INTEGER"), prop(m, "WidgetSpec", "big").type().toString());
    assertEquals("PrimitiveRef[primitive=FLOAT]", prop(m, "WidgetSpec", "ratio").type().toString());
    assertEquals("PrimitiveRef[primitive=DATE_TIME]", prop(m, "WidgetSpec", "when").type().toString());
    assertEquals("PrimitiveRef[primitive=BYTES]", prop(m, "WidgetSpec", "data").type().toString());
    Property items = prop(m, "WidgetSpec", "items");
    assertEquals(TypeRef.arrayOf(TypeRef.named("example.com", "v1", "WidgetSpecItems")), items.type());
    assertEquals(ListType.MAP, items.listType());
    assertEquals(List.of("name"), items.listMapKeys());
    assertEquals(ListType.SET, prop(m, "WidgetSpec", "tags").listType());
    Property mode = prop(m, "WidgetSpec", "mode");
    assertEquals(TypeRef.named("example.com", "v1", "WidgetSpecMode"), mode.type());
    assertEquals("\"Fast\"", mode.defaultJson());
    assertEquals(List.of("Fast", "Slow"),
        ((io.kubegen.generator.model.EnumDef) m.type(TypeId.of("example.com", "v1", "WidgetSpecMode")).orElseThrow()).values());
    assertTrue(prop(m, "WidgetSpec", "old").deprecated());
    assertEquals(TypeRef.BOOLEAN, prop(m, "WidgetStatus", "ready").type());
  }

  @Test
  void quantityIsAnIntOrStringWithControllerGensPattern() {
    // Single-quoted YAML: backslashes are literal, as controller-gen writes the pattern.
    String quantity = "'" + ApimachineryTypes.QUANTITY_PATTERN + "'";
    ApiModel m = schema(String.join("\n",
        "type: object",
        "properties:",
        "  memory: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}],"
            + " pattern: " + quantity + "}",
        "  limits: {type: object, additionalProperties: {x-kubernetes-int-or-string: true,"
            + " pattern: " + quantity + "}}",
        "  port: {x-kubernetes-int-or-string: true, pattern: '^[0-9]+%?$'}"));
    assertEquals(TypeRef.QUANTITY, prop(m, "Widget", "memory").type());
    assertEquals(TypeRef.mapOf(TypeRef.QUANTITY), prop(m, "Widget", "limits").type());
    assertEquals(TypeRef.INT_OR_STRING, prop(m, "Widget", "port").type());
  }

  @Test
  void resourceNamesScopeAndImplicitFields() {
    ApiModel m = schema("type: object\nproperties:\n  spec: {type: object, properties: {a: {type: string}}}\n");
    var r = m.group("example.com").orElseThrow().version("v1").orElseThrow().resource("Widget").orElseThrow();
    assertEquals(List.of("wd"), r.shortNames());
    assertEquals(List.of("all"), r.categories());
    assertEquals("widget", r.singular());
    assertEquals("WidgetList", r.listKind());
    assertTrue(r.namespaced());
    assertTrue(r.subresources().isEmpty());
    ObjectDef widget = type(m, "Widget");
    assertEquals(List.of("apiVersion", "kind", "metadata", "spec"),
        widget.properties().stream().map(Property::name).toList());
    assertTrue(m.type(TypeId.of("example.com", "v1", "WidgetList")).isPresent());
  }

  @Test
  void unionBranchesOnlyConstrainTheTypeIsTheUnion() {
    ApiModel m = schema(String.join("\n",
        "type: object",
        "properties:",
        "  spec:",
        "    type: object",
        "    properties: {a: {type: string}}",
        "    oneOf: [{required: [a]}, {required: [b], properties: {b: {type: integer}}}]",
        "    allOf: [{properties: {c: {type: boolean}}, required: [c]}]",
        ""));
    ObjectDef spec = type(m, "WidgetSpec");
    assertEquals(List.of("a", "c", "b"), spec.properties().stream().map(Property::name).toList());
    assertFalse(spec.property("a").orElseThrow().required(), "oneOf's required is one alternative");
    assertTrue(spec.property("c").orElseThrow().required(), "allOf's required always holds");
  }

  @Test
  void nestedNamesStayUniqueAndNeverTakeAKind() {
    String two = HEAD + String.join("\n",
        "type: object",
        "properties:",
        "  spec: {type: object, properties: {x: {type: string}}}",
        "").indent(8)
        + "---\n"
        + HEAD.replace("widgets", "widgetspecs").replace("Widget,", "WidgetSpec,").replace("singular: widget,", "singular: widgetspec,")
        + "type: object\nproperties:\n  spec: {type: object, properties: {y: {type: string}}}\n".indent(8);
    ApiModel m = read(two).model();
    // the kind WidgetSpec keeps its name; Widget's inline spec type gets another
    assertEquals(TypeRef.named("example.com", "v1", "WidgetSpec"),
        m.group("example.com").get().version("v1").get().resource("WidgetSpec").get().objectType());
    assertTrue(type(m, "WidgetSpec").property("spec").isPresent());
    TypeRef widgetSpec = prop(m, "Widget", "spec").type();
    assertFalse(widgetSpec.equals(TypeRef.named("example.com", "v1", "WidgetSpec")), widgetSpec.toString());
  }

  @Test
  void everyProblemIsReportedOnceWithItsLine() {
    ReadException e = fails(HEAD.replace("storage: true", "storage: false").replace("group: example.com", "group: example")
        + "type: object\nproperties:\n  spec: {type: strin, x-kubernetes-list-type: set}\n  r: {$ref: '#/x'}\n".indent(8));
    String m = e.getMessage();
    assertTrue(m.contains("/spec/group"), m);
    assertTrue(m.contains("exactly one version must have storage: true"), m);
    assertTrue(m.startsWith("[kubegen-read] "), m);
    assertFalse(m.contains("Exception"), m);
    assertTrue(e.problems().stream().allMatch(p -> p.file().equals("in.yaml")));
  }

  @Test
  void schemaErrorsCarryPointerAndLine() {
    ReadException e = fails(HEAD
        + "type: object\nproperties:\n  spec:\n    type: strin\n  tags: {type: string, x-kubernetes-list-type: set}\n  r: {$ref: '#/x'}\n".indent(8));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertEquals("document 1, line 18, column 13: /spec/versions/0/schema/openAPIV3Schema/properties/spec/type",
        e.problems().get(0).location());
    assertTrue(e.problems().get(0).message().contains("unknown type 'strin'"));
    assertTrue(e.problems().get(1).message().contains("only allowed on arrays"));
    assertTrue(e.problems().get(2).message().contains("$ref is not allowed"));
  }

  @Test
  void missingSchemaAndBadScopeAreRefused() {
    String yaml = HEAD.replace("    schema:\n      openAPIV3Schema:\n", "").replace("Namespaced", "Galaxy");
    ReadException e = fails(yaml);
    assertTrue(e.getMessage().contains("has no schema"), e.getMessage());
    assertTrue(e.getMessage().contains("scope must be Namespaced or Cluster"), e.getMessage());
  }

  @Test
  void v1beta1IsRefusedWithAHint() {
    ReadException e = fails(HEAD.replace("apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1") + "        type: object\n");
    assertTrue(e.getMessage().contains("convert to apiextensions.k8s.io/v1"), e.getMessage());
  }

  @Test
  void brokenYamlNamesLineAndColumn() {
    ReadException e = fails("apiVersion: v1\nkind: [unclosed\nmetadata: {}\n");
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).location().matches("line \\d+, column \\d+"), e.problems().get(0).location());
    assertTrue(e.problems().get(0).message().startsWith("invalid YAML"));
  }

  @Test
  void duplicateKeysAreRefused() {
    ReadException e = fails(HEAD + "        type: object\n        type: object\n");
    assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void aliasBombIsRefusedNotExpanded() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      y.append((char) ('a' + i)).append(": &").append((char) ('a' + i)).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append('*').append((char) ('a' + i - 1));
      }
      y.append("]\n");
    }
    ReadException e = fails(y.toString());
    assertEquals(1, e.problems().size(), e.getMessage());
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    ReadException e = fails("a: " + deep + "\n");
    assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void deepSchemaIsRefusedWithAPointer() {
    StringBuilder s = new StringBuilder("type: object\nproperties:\n");
    String indent = "  ";
    for (int i = 0; i < 70; i++) {
      s.append(indent).append("p:\n").append(indent).append("  type: object\n").append(indent).append("  properties:\n");
      indent += "    ";
    }
    s.append(indent).append("leaf: {type: string}\n");
    ReadException e = fails(HEAD + s.toString().indent(8));
    assertTrue(e.getMessage().contains("nests deeper than"), e.getMessage());
  }

  @Test
  void kindClashingWithAnotherKindsListIsRefused() {
    String a = HEAD + "        type: object\n";
    String b = HEAD.replace("widgets", "widgetlists").replace("kind: Widget", "kind: WidgetList")
        .replace("singular: widget,", "singular: widgetlist,").replace("shortNames: [wd]", "shortNames: [wl]")
        + "        type: object\n";
    ReadException e = fails(a + "---\n" + b);
    assertTrue(e.getMessage().contains("clashes in example.com/v1"), e.getMessage());
  }

  @Test
  void sameCrdTwiceIsRefused() {
    String a = HEAD + "        type: object\n";
    ReadException e = fails(a + "---\n" + a);
    assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
  }

  @Test
  void listDocumentsAreExpandedAndOthersNoted() {
    String crd = (HEAD + "        type: object\n").indent(2);
    String list = "apiVersion: v1\nkind: List\nitems:\n- " + crd.substring(2)
        + "- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: operator}\n";
    CrdReadResult r = read(list);
    assertTrue(r.model().group("example.com").isPresent());
    assertEquals(1, r.notes().size(), r.notes().toString());
    assertTrue(r.notes().get(0).contains("/items/1: skipped Deployment 'operator'"), r.notes().toString());
  }

  @Test
  void filterDropsVersions() {
    String yaml = HEAD + "        type: object\n";
    CrdReader reader = CrdReader.create(io.kubegen.generator.naming.Naming.defaults(),
        GroupVersionFilter.of(List.of("example.com/v2"), List.of()));
    ReadException e = assertThrows(ReadException.class,
        () -> reader.readDocuments(List.of(new InputDocument("in.yaml", yaml.getBytes(UTF_8)))));
    assertTrue(e.getMessage().contains("no group version matches"), e.getMessage());
  }

  @Test
  void missingFileIsAProblemNotAnIoException() {
    ReadException e = assertThrows(ReadException.class, () -> CrdReader.create().read(Path.of("no/such/file.yaml")));
    assertEquals(Optional.of("no such file"), e.problems().stream().map(ReadProblem::message).findFirst());
  }
}
