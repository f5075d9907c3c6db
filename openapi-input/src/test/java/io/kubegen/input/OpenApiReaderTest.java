package io.kubegen.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI reader on small inline documents. */
class OpenApiReaderTest {

  private static ApiModel read(String json) {
    return OpenApiReader.create().readDocuments(List.of(new InputDocument("api.json", json.replace('\'', '"').getBytes(UTF_8))));
  }

  private static ReadException fails(String json) {
    return assertThrows(ReadException.class, () -> read(json));
  }

  /** A v2 document with one namespaced resource and the definitions it names. */
  private static String v2(String extraDefinitions, String widgetProperties) {
    return "{'swagger': '2.0', 'paths': {"
        + "'/apis/example.com/v1/namespaces/{namespace}/widgets': {"
        + "  'get': {'x-kubernetes-action': 'list', 'x-kubernetes-group-version-kind': {'group': 'example.com', 'version': 'v1', 'kind': 'Widget'},"
        + "          'responses': {'200': {'schema': {'$ref': '#/definitions/com.example.v1.WidgetList'}}}},"
        + "  'post': {'x-kubernetes-action': 'post', 'x-kubernetes-group-version-kind': {'group': 'example.com', 'version': 'v1', 'kind': 'Widget'}}},"
        + "'/apis/example.com/v1/namespaces/{namespace}/widgets/{name}': {"
        + "  'patch': {'x-kubernetes-action': 'patch', 'x-kubernetes-group-version-kind': {'group': 'example.com', 'version': 'v1', 'kind': 'Widget'}}},"
        + "'/apis/example.com/v1/watch/namespaces/{namespace}/widgets': {"
        + "  'get': {'x-kubernetes-action': 'watchlist', 'x-kubernetes-group-version-kind': {'group': 'example.com', 'version': 'v1', 'kind': 'Widget'}}}"
        + "}, 'definitions': {"
        + "'com.example.v1.Widget': {'type': 'object', 'x-kubernetes-group-version-kind': [{'group': 'example.com', 'version': 'v1', 'kind': 'Widget'}],"
        + "  'properties': {'metadata': {'$ref': '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'}" + widgetProperties + "}},"
        + "'com.example.v1.WidgetList': {'type': 'object', 'x-kubernetes-group-version-kind': [{'group': 'example.com', 'version': 'v1', 'kind': 'WidgetList'}],"
        + "  'properties': {'items': {'type': 'array', 'items': {'$ref': '#/definitions/com.example.v1.Widget'}}}}"
        + extraDefinitions + "}}";
  }

  @Test
  void readsVerbsFromActionsAndWatchFromWatchPaths() {
    ApiModel m = read(v2("", ""));
    Resource w = m.group("example.com").orElseThrow().version("v1").orElseThrow().resource("Widget").orElseThrow();
    assertEquals(Set.of(Verb.LIST, Verb.CREATE, Verb.PATCH, Verb.APPLY, Verb.WATCH), w.verbs());
    assertTrue(w.namespaced());
    assertEquals("WidgetList", w.listKind());
    assertEquals(TypeRef.named("example.com", "v1", "WidgetList"), w.listType());
  }

  @Test
  void sharedDefinitionsStayInTheirPackage() {
    ApiModel m = read(v2(",'com.other.v2.Part': {'type': 'object', 'properties': {'x': {'type': 'string', 'enum': ['A', 'B']}}}",
        ", 'part': {'$ref': '#/definitions/com.other.v2.Part'}"));
    ObjectDef widget = (ObjectDef) m.type(TypeId.of("example.com", "v1", "Widget")).orElseThrow();
    assertEquals(TypeRef.named("other", "v2", "Part"), widget.property("part").orElseThrow().type());
    assertEquals(TypeRef.named("other", "v2", "PartX"),
        ((ObjectDef) m.type(TypeId.of("other", "v2", "Part")).orElseThrow()).property("x").orElseThrow().type());
  }

  @Test
  void refToNothingIsALocatedProblem() {
    ReadException e = fails(v2("", ", 'part': {'$ref': '#/definitions/com.example.v1.Missing'}"));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals("/definitions/com.example.v1.Widget/properties/part/$ref", e.problems().get(0).location());
    assertTrue(e.problems().get(0).message().contains("which no document defines"));
  }

  @Test
  void kindWithoutDefinitionIsAProblem() {
    ReadException e = fails(v2("", "").replace("'com.example.v1.Widget': {'type': 'object', 'x-kubernetes-group-version-kind': [{'group': 'example.com', 'version': 'v1', 'kind': 'Widget'}],",
        "'com.example.v1.Widget': {'type': 'object',"));
    assertTrue(e.getMessage().contains("no definition declares x-kubernetes-group-version-kind example.com/v1 Widget"), e.getMessage());
    assertTrue(e.problems().get(0).location().startsWith("/paths/~1apis~1example.com~1v1~1namespaces~1{namespace}~1widgets/"),
        e.problems().get(0).location());
  }

  @Test
  void invalidJsonNamesLineAndColumn() {
    ReadException e = fails("{'swagger': '2.0',\n 'paths': {,}}");
    assertEquals("line 2, column 12", e.problems().get(0).location());
    assertTrue(e.problems().get(0).message().startsWith("invalid JSON"));
    assertFalse(e.getMessage().contains("at [Source"), e.getMessage());
  }

  @Test
  void notOpenApiIsSaidSo() {
    ReadException e = fails("{'kind': 'Pod'}");
    assertTrue(e.getMessage().contains("not an OpenAPI document"), e.getMessage());
  }

  @Test
  void deepJsonIsRefusedWithoutStackOverflow() {
    ReadException e = fails("{'swagger': '2.0', 'x': " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
  }

  @Test
  void filterExcludesGroups() {
    OpenApiReader reader = OpenApiReader.create(io.kubegen.generator.naming.Naming.defaults(),
        GroupVersionFilter.of(List.of(), List.of("*.com")));
    ReadException e = assertThrows(ReadException.class,
        () -> reader.readDocuments(List.of(new InputDocument("api.json", v2("", "").replace('\'', '"').getBytes(UTF_8)))));
    assertTrue(e.getMessage().contains("no group version matches"), e.getMessage());
  }

  @Test
  void filterPatterns() {
    GroupVersionFilter f = GroupVersionFilter.of(List.of("core/v1", "apps", "*.k8s.io/v1"), List.of("storage.k8s.io"));
    assertTrue(f.accepts("", "v1"));
    assertFalse(f.accepts("", "v2"));
    assertTrue(f.accepts("apps", "v1beta2"));
    assertTrue(f.accepts("networking.k8s.io", "v1"));
    assertFalse(f.accepts("networking.k8s.io", "v1beta1"));
    assertFalse(f.accepts("storage.k8s.io", "v1"));
    assertTrue(GroupVersionFilter.all().accepts("anything.io", "v9"));
    assertThrows(IllegalArgumentException.class, () -> GroupVersionFilter.of(List.of("a/b/c"), List.of()));
  }

  @Test
  void apiPathsParse() {
    assertEquals(new ApiPath("", "v1", "pods", true, true, "log", false),
        ApiPath.parse("/api/v1/namespaces/{namespace}/pods/{name}/log"));
    assertEquals(new ApiPath("", "v1", "namespaces", false, true, "finalize", false),
        ApiPath.parse("/api/v1/namespaces/{name}/finalize"));
    assertEquals(new ApiPath("apps", "v1", "deployments", false, false, "", true),
        ApiPath.parse("/apis/apps/v1/watch/deployments"));
    assertEquals("proxy", ApiPath.parse("/api/v1/nodes/{name}/proxy/{path}").subresource());
    assertEquals(null, ApiPath.parse("/apis/apps/v1/"));
    assertEquals(null, ApiPath.parse("/version/"));
  }
}
