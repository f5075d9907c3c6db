package io.kubegen.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.types.ApimachineryTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One read of OpenAPI documents: all state for it, used once. */
final class OpenApiRun {
  private static final Pattern VERSION = Pattern.compile("v[0-9]+((alpha|beta)[0-9]+)?");
  private static final List<String> METHODS =
      List.of("get", "put", "post", "patch", "delete", "head", "options");

  private final GroupVersionFilter filter;
  private final Problems problems;
  private final ModelBuilder model;
  private final SchemaConverter converter;

  /** A parsed document and what its version calls things. */
  private record Doc(String name, JsonNode root, boolean v3) {
    String refPrefix() {
      return v3 ? "#/components/schemas/" : "#/definitions/";
    }

    String definitionsPointer() {
      return v3 ? "/components/schemas" : "/definitions";
    }
  }

  /** A definition and the document it was first read from. */
  private record Definition(String name, JsonNode schema, Doc doc) {
    String pointer() {
      return SchemaConverter.pointer(doc.definitionsPointer(), name);
    }
  }

  private enum Shape {
    RUNTIME,
    OBJECT,
    ENUM,
    ALIAS
  }

  private final Map<String, Definition> definitions = new TreeMap<>();
  private final Map<String, String> kindIndex = new HashMap<>();
  private final Map<String, TypeId> ids = new HashMap<>();
  private final Set<String> defined = new HashSet<>();
  private final TreeSet<String> queue = new TreeSet<>();
  private final Map<String, TypeRef> aliases = new HashMap<>();
  private final Set<String> resolvingAliases = new HashSet<>();
  private final Set<String> reportedUnplaced = new HashSet<>();
  private final Map<String, ResourcePaths> resources = new TreeMap<>();

  OpenApiRun(Naming naming, GroupVersionFilter filter, Problems problems) {
    this.filter = filter;
    this.problems = problems;
    this.model = new ModelBuilder(naming);
    this.converter = new SchemaConverter(naming, Json.MAPPER, false);
  }

  ApiModel run(List<InputDocument> inputs) {
    List<Doc> docs = new ArrayList<>();
    for (InputDocument input : inputs) {
      Doc doc = parse(input);
      if (doc != null) {
        docs.add(doc);
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    for (Doc doc : docs) {
      collectDefinitions(doc);
    }
    placeDefinitions();
    for (Doc doc : docs) {
      collectPaths(doc);
    }
    buildResources();
    for (Map.Entry<String, TypeId> e : ids.entrySet()) {
      if (filter.accepts(e.getValue().group(), e.getValue().version())) {
        queue.add(e.getKey());
      }
    }
    drain();
    return model.build(problems, inputs.size() == 1 ? inputs.get(0).name() : "the OpenAPI documents", filter);
  }

  // ---------------------------------------------------------------- documents

  private Doc parse(InputDocument input) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(input.content());
    } catch (JsonProcessingException e) {
      problems.add(input.name(), Json.location(e), "invalid JSON: " + Json.message(e));
      return null;
    } catch (IOException e) {
      problems.add(input.name(), "", "cannot be read: " + e.getMessage());
      return null;
    }
    if (root == null || !root.isObject()) {
      problems.add(input.name(), "", "not an OpenAPI document (expected a JSON object)");
      return null;
    }
    if (root.path("swagger").asText().equals("2.0")) {
      return new Doc(input.name(), root, false);
    }
    if (root.path("openapi").asText().startsWith("3.")) {
      return new Doc(input.name(), root, true);
    }
    problems.add(
        input.name(), "", "not an OpenAPI document: neither \"swagger\": \"2.0\" nor \"openapi\": \"3.x\"");
    return null;
  }

  private SchemaConverter.Context context(Doc doc) {
    return new SchemaConverter.Context() {
      @Override
      public void problem(String pointer, String message) {
        problems.add(doc.name(), pointer, message);
      }

      @Override
      public TypeRef ref(String ref, String pointer) {
        if (!ref.startsWith(doc.refPrefix())) {
          problems.add(
              doc.name(), pointer, "$ref '" + ref + "' must point into " + doc.refPrefix() + "...");
          return TypeRef.ANY_JSON;
        }
        String name = ref.substring(doc.refPrefix().length()).replace("~1", "/").replace("~0", "~");
        return definitionRef(name, doc, pointer);
      }
    };
  }

  // ---------------------------------------------------------------- definitions

  private void collectDefinitions(Doc doc) {
    JsonNode defs = doc.v3 ? doc.root.path("components").path("schemas") : doc.root.path("definitions");
    if (defs.isMissingNode()) {
      return;
    }
    if (!defs.isObject()) {
      problems.add(doc.name(), doc.definitionsPointer(), "must be a map of schemas");
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = defs.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      // The per-group-version v3 documents repeat shared definitions; the first one read wins.
      definitions.putIfAbsent(e.getKey(), new Definition(e.getKey(), e.getValue(), doc));
    }
  }

  /**
   * Decides each definition's group version and name: by its x-kubernetes-group-version-kind when
   * all its kinds agree, else by its Go package (learned from the package's other definitions, or
   * read from an {@code io.k8s.api.GROUP.VERSION} name). Names are taken in definition-name order,
   * so the API's own types come before apimachinery's leftovers.
   */
  private void placeDefinitions() {
    Map<String, String[]> packages = new HashMap<>();
    for (Definition d : definitions.values()) {
      String[] gv = gvkGroupVersion(d.schema);
      if (gv != null && shape(d) != Shape.RUNTIME) {
        packages.putIfAbsent(packageOf(d.name), gv);
      }
      for (JsonNode gvk : d.schema.path("x-kubernetes-group-version-kind")) {
        kindIndex.putIfAbsent(
            key(gvk.path("group").asText(), gvk.path("version").asText(), gvk.path("kind").asText()),
            d.name);
      }
    }
    for (Definition d : definitions.values()) {
      Shape shape = shape(d);
      if (shape != Shape.OBJECT && shape != Shape.ENUM) {
        continue;
      }
      String[] gv = gvkGroupVersion(d.schema);
      if (gv == null) {
        gv = packages.get(packageOf(d.name));
      }
      if (gv == null) {
        gv = fromPackageName(packageOf(d.name));
      }
      if (gv == null || gv[1].isBlank()) {
        continue; // reported only if something refers to it
      }
      ModelBuilder.Gv target = model.gv(gv[0], gv[1]);
      String simple = d.name.substring(d.name.lastIndexOf('.') + 1);
      ids.put(d.name, target.id(target.names.newName(simple.isEmpty() ? d.name : simple, d.name)));
    }
  }

  private static String[] gvkGroupVersion(JsonNode schema) {
    JsonNode gvks = schema.path("x-kubernetes-group-version-kind");
    String[] found = null;
    for (JsonNode gvk : gvks) {
      String[] gv = {gvk.path("group").asText(), gvk.path("version").asText()};
      if (found != null && !(found[0].equals(gv[0]) && found[1].equals(gv[1]))) {
        return null;
      }
      found = gv;
    }
    return found;
  }

  private static String packageOf(String definitionName) {
    int dot = definitionName.lastIndexOf('.');
    return dot < 0 ? "" : definitionName.substring(0, dot);
  }

  private static String[] fromPackageName(String pkg) {
    String[] segments = pkg.split("\\.");
    int n = segments.length;
    if (n >= 2 && VERSION.matcher(segments[n - 1]).matches()) {
      String group = segments[n - 2];
      if (pkg.startsWith("io.k8s.api.") && n == 5 && group.equals("core")) {
        group = "";
      }
      return new String[] {group, segments[n - 1]};
    }
    return null;
  }

  private Shape shape(Definition d) {
    if (ApimachineryTypes.forDefinition(d.name).isPresent()) {
      return Shape.RUNTIME;
    }
    JsonNode s = d.schema;
    if (!s.isObject() || s.has("$ref") || s.has("allOf") && !s.has("properties")
        || SchemaConverter.bool(s, "x-kubernetes-int-or-string")
        || SchemaConverter.bool(s, "x-kubernetes-embedded-resource")) {
      return Shape.ALIAS;
    }
    String type = SchemaConverter.text(s, "type");
    if (s.path("properties").size() > 0) {
      return Shape.OBJECT;
    }
    if (type.equals("object") && !s.has("additionalProperties")
        && !SchemaConverter.bool(s, "x-kubernetes-preserve-unknown-fields")) {
      return Shape.OBJECT; // an empty Go struct: still a class of its own
    }
    if (type.equals("string") && s.path("enum").size() > 0) {
      return Shape.ENUM;
    }
    return Shape.ALIAS;
  }

  /** The type a reference to a definition stands for; named types are queued for definition. */
  private TypeRef definitionRef(String name, Doc from, String pointer) {
    Optional<TypeRef> runtime = ApimachineryTypes.forDefinition(name);
    if (runtime.isPresent()) {
      return runtime.get();
    }
    Definition d = definitions.get(name);
    if (d == null) {
      problems.add(from.name(), pointer, "$ref to '" + name + "', which no document defines");
      return TypeRef.ANY_JSON;
    }
    Shape shape = shape(d);
    if (shape == Shape.ALIAS) {
      return alias(d);
    }
    TypeId id = ids.get(name);
    if (id == null) {
      if (reportedUnplaced.add(name)) {
        problems.add(
            d.doc.name(),
            d.pointer(),
            "cannot tell the group version of '" + name
                + "': it has no x-kubernetes-group-version-kind and its name has no version segment");
      }
      return TypeRef.ANY_JSON;
    }
    if (!defined.contains(name)) {
      queue.add(name);
    }
    return new TypeRef.NamedRef(id);
  }

  private TypeRef alias(Definition d) {
    TypeRef known = aliases.get(d.name);
    if (known != null) {
      return known;
    }
    if (!resolvingAliases.add(d.name)) {
      problems.add(d.doc.name(), d.pointer(), "the definition refers to itself without an object in between");
      return TypeRef.ANY_JSON;
    }
    String[] gv = fromPackageName(packageOf(d.name));
    ModelBuilder.Gv target = gv != null ? model.gv(gv[0], gv[1]) : model.gv("", "v1");
    String simple = d.name.substring(d.name.lastIndexOf('.') + 1);
    TypeRef ref = converter.convert(context(d.doc), target, () -> simple, d.schema, d.pointer(), 0);
    resolvingAliases.remove(d.name);
    aliases.put(d.name, ref);
    return ref;
  }

  private void drain() {
    while (!queue.isEmpty()) {
      String name = queue.pollFirst();
      if (!defined.add(name)) {
        continue;
      }
      Definition d = definitions.get(name);
      TypeId id = ids.get(name);
      ModelBuilder.Gv gv = model.gv(id.group(), id.version());
      SchemaConverter.Context ctx = context(d.doc);
      if (shape(d) == Shape.ENUM) {
        EnumDef e = converter.enumDef(ctx, id.name(), d.schema, d.pointer());
        gv.define(e != null ? e : ObjectDef.of(id.name(), List.of()));
      } else {
        gv.define(converter.objectDef(ctx, gv, id.name(), d.schema, d.pointer(), 0, false));
      }
    }
  }

  // ---------------------------------------------------------------- paths

  /** What the paths of one plural say. */
  private static final class ResourcePaths {
    final String group;
    final String version;
    final String plural;
    Doc doc;
    String pointer;
    String kind;
    boolean namespaced;
    final EnumSet<Verb> verbs = EnumSet.noneOf(Verb.class);
    JsonNode listResponse;
    String listPointer;
    final Map<String, SubresourcePaths> subresources = new TreeMap<>();

    ResourcePaths(String group, String version, String plural) {
      this.group = group;
      this.version = version;
      this.plural = plural;
    }
  }

  private static final class SubresourcePaths {
    final EnumSet<Verb> verbs = EnumSet.noneOf(Verb.class);
    boolean connect;
    String kind;
    JsonNode body;
    String bodyPointer;
    JsonNode response;
    String responsePointer;
    Doc doc;
  }

  private void collectPaths(Doc doc) {
    JsonNode paths = doc.root.path("paths");
    Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      ApiPath path = ApiPath.parse(e.getKey());
      if (path == null || !e.getValue().isObject()) {
        continue;
      }
      String pathPointer = SchemaConverter.pointer("/paths", e.getKey());
      ResourcePaths r =
          resources.computeIfAbsent(
              key(path.group(), path.version(), path.plural()),
              k -> new ResourcePaths(path.group(), path.version(), path.plural()));
      r.namespaced |= path.namespaced();
      for (String method : METHODS) {
        JsonNode op = e.getValue().get(method);
        if (op == null || !op.isObject()) {
          continue;
        }
        String opPointer = pathPointer + "/" + method;
        boolean explicit = op.has("x-kubernetes-action");
        String action = explicit ? op.path("x-kubernetes-action").asText() : inferAction(path, method);
        if (action == null) {
          continue;
        }
        JsonNode gvk = op.path("x-kubernetes-group-version-kind");
        String kind = gvk.path("kind").asText();
        if (kind.isEmpty() && !explicit) {
          kind = inferKind(doc, path, action, op);
        }
        if (path.watch()) {
          if (action.equals("watch") || action.equals("watchlist")) {
            r.verbs.add(Verb.WATCH);
          }
          continue;
        }
        if (path.subresource().isEmpty()) {
          resourceOperation(r, doc, opPointer, action, kind, op);
        } else {
          SubresourcePaths s = r.subresources.computeIfAbsent(path.subresource(), k -> new SubresourcePaths());
          subresourceOperation(s, doc, e.getValue(), opPointer, method, action, kind, op);
        }
      }
    }
  }

  /**
   * The action the apiserver would have written, from the method and the path's shape: the
   * documents published in kubernetes/kubernetes' {@code api/openapi-spec} leave the extensions out.
   */
  private static String inferAction(ApiPath path, String method) {
    if (path.watch()) {
      return method.equals("get") ? "watch" : null;
    }
    boolean collection = path.subresource().isEmpty() && !path.item();
    switch (method) {
      case "get":
        return collection ? "list" : "get";
      case "post":
        return "post";
      case "put":
        return collection ? null : "put";
      case "patch":
        return collection ? null : "patch";
      case "delete":
        return collection ? "deletecollection" : "delete";
      default:
        return null;
    }
  }

  /** The kind of an operation without x-kubernetes-group-version-kind: that of its response. */
  private String inferKind(Doc doc, ApiPath path, String action, JsonNode op) {
    if (!path.subresource().isEmpty() || action.equals("list") || action.equals("deletecollection")
        || action.equals("watch")) {
      return "";
    }
    JsonNode schema = responseSchema(doc, op);
    if (schema == null) {
      return "";
    }
    String ref = schema.path("$ref").asText(schema.path("allOf").path(0).path("$ref").asText(""));
    if (!ref.startsWith(doc.refPrefix())) {
      return "";
    }
    Definition d = definitions.get(ref.substring(doc.refPrefix().length()));
    if (d == null) {
      return "";
    }
    String[] gv = gvkGroupVersion(d.schema);
    if (gv == null || !gv[0].equals(path.group()) || !gv[1].equals(path.version())) {
      return "";
    }
    return d.schema.path("x-kubernetes-group-version-kind").path(0).path("kind").asText("");
  }

  private void resourceOperation(
      ResourcePaths r, Doc doc, String opPointer, String action, String kind, JsonNode op) {
    if (kind.isEmpty()) {
      if (op.has("x-kubernetes-action")) {
        problems.add(doc.name(), opPointer, "the operation has no x-kubernetes-group-version-kind");
        return;
      }
    } else if (r.kind == null) {
      r.kind = kind;
      r.doc = doc;
      r.pointer = opPointer;
    } else if (!r.kind.equals(kind)) {
      problems.add(
          doc.name(),
          opPointer,
          "resource '" + r.plural + "' serves kind '" + kind + "' here and '" + r.kind + "' at "
              + r.pointer);
      return;
    }
    if (r.doc == null) {
      r.doc = doc;
      r.pointer = opPointer;
    }
    Optional<Verb> verb = Verb.fromApi(action);
    if (verb.isEmpty()) {
      return; // connect on a resource itself: nothing a typed client offers
    }
    r.verbs.add(verb.get());
    if (verb.get() == Verb.PATCH) {
      r.verbs.add(Verb.APPLY);
    }
    if (verb.get() == Verb.LIST) {
      r.listResponse = responseSchema(doc, op);
      r.listPointer = opPointer;
    }
  }

  private void subresourceOperation(
      SubresourcePaths s, Doc doc, JsonNode pathItem, String opPointer, String method,
      String action, String kind, JsonNode op) {
    if (s.doc == null) {
      s.doc = doc;
      s.kind = kind;
    }
    if (action.equals("connect")) {
      // exec, attach, portforward, proxy: the HTTP method is the verb, options are query parameters
      s.connect = true;
      Verb.fromApi(method.equals("post") ? "create" : method.equals("put") ? "update" : method)
          .ifPresent(s.verbs::add);
    } else {
      Optional<Verb> verb = Verb.fromApi(action);
      if (verb.isEmpty()) {
        return;
      }
      s.verbs.add(verb.get());
      if (verb.get() == Verb.PATCH) {
        s.verbs.add(Verb.APPLY);
      }
    }
    if (!s.connect && s.body == null) {
      JsonNode body = bodySchema(doc, pathItem, op);
      if (body != null) {
        s.body = body;
        s.bodyPointer = opPointer;
      }
    }
    if (s.response == null || method.equals("get")) {
      JsonNode response = responseSchema(doc, op);
      if (response != null) {
        s.response = response;
        s.responsePointer = opPointer + "/responses";
      }
    }
  }

  private static JsonNode bodySchema(Doc doc, JsonNode pathItem, JsonNode op) {
    if (doc.v3) {
      JsonNode content = op.path("requestBody").path("content");
      Iterator<JsonNode> media = content.elements();
      return media.hasNext() ? media.next().get("schema") : null;
    }
    for (JsonNode params : List.of(op.path("parameters"), pathItem.path("parameters"))) {
      for (JsonNode p : params) {
        JsonNode param = p;
        if (p.has("$ref") && p.get("$ref").asText().startsWith("#/parameters/")) {
          param = doc.root.path("parameters").path(p.get("$ref").asText().substring("#/parameters/".length()));
        }
        if (param.path("in").asText().equals("body")) {
          return param.get("schema");
        }
      }
    }
    return null;
  }

  private static JsonNode responseSchema(Doc doc, JsonNode op) {
    for (String code : List.of("200", "201", "202")) {
      JsonNode response = op.path("responses").path(code);
      if (response.isMissingNode()) {
        continue;
      }
      if (!doc.v3) {
        return response.get("schema");
      }
      JsonNode content = response.path("content");
      JsonNode json = content.path("application/json").path("schema");
      if (!json.isMissingNode()) {
        return json;
      }
      Iterator<JsonNode> media = content.elements();
      return media.hasNext() ? media.next().get("schema") : null;
    }
    return null;
  }

  // ---------------------------------------------------------------- resources

  private void buildResources() {
    Map<String, String> kindsSeen = new HashMap<>();
    for (ResourcePaths r : resources.values()) {
      if (!filter.accepts(r.group, r.version)) {
        continue;
      }
      if (r.kind == null) {
        if (!r.verbs.isEmpty() && r.doc != null) {
          problems.add(r.doc.name(), r.pointer,
              "cannot tell the kind of resource '" + r.plural + "': no operation names it");
        }
        continue; // else only subresource paths: nothing a client can address on its own
      }
      String gvKind = key(r.group, r.version, r.kind);
      String other = kindsSeen.putIfAbsent(gvKind, r.plural);
      if (other != null) {
        problems.add(
            r.doc.name(), r.pointer,
            "kind '" + r.kind + "' is served by two resources, '" + other + "' and '" + r.plural + "'");
        continue;
      }
      Resource resource = resource(r);
      if (resource != null) {
        model.gv(r.group, r.version).resources.add(resource);
      }
    }
  }

  private Resource resource(ResourcePaths r) {
    SchemaConverter.Context ctx = context(r.doc);
    ModelBuilder.Gv gv = model.gv(r.group, r.version);
    String definition = kindIndex.get(key(r.group, r.version, r.kind));
    if (definition == null) {
      problems.add(
          r.doc.name(), r.pointer,
          "no definition declares x-kubernetes-group-version-kind " + gvText(r.group, r.version, r.kind));
      return null;
    }
    TypeRef object = definitionRef(definition, r.doc, r.pointer);
    if (!inGv(object, gv)) {
      problems.add(
          r.doc.name(), r.pointer,
          "the definition of kind '" + r.kind + "' (" + definition + ") is not an object of "
              + gvText(r.group, r.version, ""));
      return null;
    }
    Resource.Builder b =
        Resource.builder(r.group, r.version, r.kind, r.plural)
            .singular(r.kind.toLowerCase(Locale.ROOT))
            .scope(r.namespaced ? Scope.NAMESPACED : Scope.CLUSTER)
            .verbs(r.verbs)
            .objectType(object);
    TypeRef list =
        r.listResponse == null ? null : converter.convert(ctx, gv, () -> r.kind + "List", r.listResponse, r.listPointer, 0);
    if (list != null && inGv(list, gv)) {
      b.listType(list).listKind(((TypeRef.NamedRef) list).id().name());
    } else {
      // Create-only resources (reviews, requests) have no list: serve the apiserver's shape.
      String listKind = r.kind + "List";
      String name = gv.names.newName(listKind);
      gv.define(ObjectDef.resourceList(name, ((TypeRef.NamedRef) object).id()));
      b.listKind(listKind).listType(new TypeRef.NamedRef(gv.id(name)));
    }
    for (Map.Entry<String, SubresourcePaths> e : r.subresources.entrySet()) {
      Subresource s = subresource(r, gv, e.getKey(), e.getValue());
      if (s != null) {
        b.subresource(s);
      }
    }
    return b.build();
  }

  private Subresource subresource(ResourcePaths r, ModelBuilder.Gv gv, String name, SubresourcePaths s) {
    if (s.verbs.isEmpty()) {
      return null;
    }
    if (name.equals("status")) {
      return new Subresource.Status(s.verbs);
    }
    if (name.equals("scale")) {
      return new Subresource.Scale(s.verbs, "", "", "");
    }
    SchemaConverter.Context ctx = context(s.doc);
    String hint = r.kind + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    Optional<TypeRef> input =
        s.body == null
            ? Optional.empty()
            : Optional.of(converter.convert(ctx, gv, () -> hint, s.body, s.bodyPointer, 0));
    TypeRef result =
        s.response == null
            ? TypeRef.STRING
            : converter.convert(ctx, gv, () -> hint + "Result", s.response, s.responsePointer, 0);
    return new Subresource.Other(name, s.verbs, input, result);
  }

  private static boolean inGv(TypeRef ref, ModelBuilder.Gv gv) {
    return ref instanceof TypeRef.NamedRef n
        && n.id().group().equals(gv.group)
        && n.id().version().equals(gv.version);
  }

  private static String key(String group, String version, String kind) {
    return group + "/" + version + "/" + kind;
  }

  private static String gvText(String group, String version, String kind) {
    return (group.isEmpty() ? "core" : group) + "/" + version + (kind.isEmpty() ? "" : " " + kind);
  }
}
