package io.kubegen.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.ListType;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.types.ApimachineryTypes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns one JSON schema (an OpenAPI definition, or a CRD's openAPIV3Schema) into model types. Both
 * readers share it, so OpenAPI and CRD input follow the same rules:
 *
 * <ul>
 *   <li>{@code $ref}, and OpenAPI v3's {@code allOf: [{$ref}]} wrapper, go to the caller's
 *       resolver (CRDs have none: a {@code $ref} there is an error, as in the apiserver).
 *   <li>{@code x-kubernetes-int-or-string} → IntOrString; {@code x-kubernetes-embedded-resource}
 *       → an opaque JSON object; {@code x-kubernetes-preserve-unknown-fields} without properties →
 *       opaque JSON, with properties → an object that keeps unknown fields.
 *   <li>Objects with properties become {@link ObjectDef}s; {@code allOf}/{@code anyOf}/{@code
 *       oneOf} only constrain, so the type is the union of the properties of all branches.
 *       Objects without properties are maps ({@code additionalProperties}) or opaque JSON objects.
 *   <li>String enums become {@link EnumDef}s; enums of other types keep the scalar type, after
 *       checking that every value has that type.
 *   <li>Inline types are named by {@link Naming#nestedTypeName} and made unique per package.
 * </ul>
 */
final class SchemaConverter {
  /** Deeper than any real schema (the deepest CRD in the corpus nests about 20 levels). */
  static final int MAX_DEPTH = 64;

  /**
   * Kubernetes marks deprecated fields by starting the description with {@code Deprecated}; the
   * capital matters ({@code "deprecated indicates this version..."} describes a field that is not).
   */
  private static final Pattern DEPRECATED = Pattern.compile("\\s*(Deprecated|DEPRECATED)\\b");

  /** Where a conversion reports problems and resolves references. */
  interface Context {
    void problem(String pointer, String message);

    /** The type a {@code $ref} names, or {@code null} when this input allows no references. */
    TypeRef ref(String ref, String pointer);
  }

  private final Naming naming;
  private final ObjectMapper json;
  private final boolean strict;

  /**
   * @param strict apply the apiserver's CRD schema rules; OpenAPI documents describe Go types and
   *     carry a few things CRDs may not (a list type on {@code []byte}, which is base64 text)
   */
  SchemaConverter(Naming naming, ObjectMapper json, boolean strict) {
    this.naming = naming;
    this.json = json;
    this.strict = strict;
  }

  static boolean isDeprecated(String description) {
    return !description.isEmpty() && DEPRECATED.matcher(description).lookingAt();
  }

  static String pointer(String parent, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return parent + "/" + token;
    }
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * An object type with a name the caller chose. With {@code resourceRoot}, {@code metadata} is
   * ObjectMeta and {@code apiVersion}, {@code kind} and {@code metadata} are declared even when the
   * schema leaves them out (the apiserver serves them on every object).
   */
  ObjectDef objectDef(
      Context ctx, ModelBuilder.Gv gv, String name, JsonNode schema, String ptr, int depth,
      boolean resourceRoot) {
    Map<String, Located> props = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collect(ctx, schema, ptr, props, required, depth);
    List<Property> properties = new ArrayList<>();
    if (resourceRoot) {
      for (String implicit : List.of("apiVersion", "kind", "metadata")) {
        if (!props.containsKey(implicit)) {
          properties.add(
              Property.of(
                  implicit,
                  implicit.equals("metadata") ? TypeRef.meta(MetaType.OBJECT_META) : TypeRef.STRING));
        }
      }
    }
    for (Map.Entry<String, Located> e : props.entrySet()) {
      String propName = e.getKey();
      Located at = e.getValue();
      if (propName.isEmpty()) {
        ctx.problem(at.pointer, "a property has an empty name");
        continue;
      }
      if (resourceRoot && propName.equals("metadata")) {
        properties.add(
            Property.builder("metadata", TypeRef.meta(MetaType.OBJECT_META))
                .description(text(at.node, "description"))
                .build());
        continue;
      }
      Property p =
          property(ctx, gv, name, propName, at.node, at.pointer, required.contains(propName), depth);
      if (p != null) {
        properties.add(p);
      }
    }
    Optional<TypeRef> additional =
        additionalProperties(ctx, gv, () -> naming.nestedTypeName(name, "value"), schema, ptr, depth);
    String description = text(schema, "description");
    return new ObjectDef(
        name,
        description,
        properties,
        additional,
        bool(schema, "x-kubernetes-preserve-unknown-fields"),
        isDeprecated(description));
  }

  /**
   * The type of a schema in a property, array item or map value position; {@code nameHint} is only
   * asked for when the schema defines a type of its own (naming every property would cost more
   * than reading it).
   */
  TypeRef convert(
      Context ctx, ModelBuilder.Gv gv, Supplier<String> nameHint, JsonNode schema, String ptr, int depth) {
    if (depth > MAX_DEPTH) {
      ctx.problem(ptr, "the schema nests deeper than " + MAX_DEPTH + " levels");
      return TypeRef.ANY_JSON;
    }
    if (!schema.isObject()) {
      ctx.problem(ptr, "a schema must be an object, not " + kindOf(schema));
      return TypeRef.ANY_JSON;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      return ref(ctx, ref, ptr + "/$ref");
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null && allOf.isArray() && allOf.size() == 1 && allOf.get(0).has("$ref")
        && !schema.has("properties")) {
      return ref(ctx, allOf.get(0).get("$ref"), ptr + "/allOf/0/$ref");
    }
    if (bool(schema, "x-kubernetes-int-or-string")) {
      // A Quantity is an int-or-string with controller-gen's pattern; nothing else tells them apart.
      return ApimachineryTypes.QUANTITY_PATTERN.equals(text(schema, "pattern"))
          ? TypeRef.QUANTITY
          : TypeRef.INT_OR_STRING;
    }
    if (bool(schema, "x-kubernetes-embedded-resource")) {
      return TypeRef.OBJECT_JSON;
    }
    JsonNode typeNode = schema.get("type");
    String type;
    if (typeNode == null) {
      type = inferType(schema);
    } else if (!typeNode.isTextual()) {
      ctx.problem(ptr + "/type", "type must be a string, not " + kindOf(typeNode));
      return TypeRef.ANY_JSON;
    } else {
      type = typeNode.asText();
    }
    switch (type) {
      case "array":
        return array(ctx, gv, nameHint, schema, ptr, depth);
      case "object":
        return object(ctx, gv, nameHint, schema, ptr, depth);
      case "":
        return TypeRef.ANY_JSON;
      case "string":
      case "integer":
      case "number":
      case "boolean":
        return scalar(ctx, gv, nameHint, schema, ptr, type);
      default:
        ctx.problem(
            ptr + "/type",
            "unknown type '" + type + "' (expected string, integer, number, boolean, array or object)");
        return TypeRef.ANY_JSON;
    }
  }

  private Property property(
      Context ctx, ModelBuilder.Gv gv, String parentName, String propName, JsonNode schema,
      String ptr, boolean required, int depth) {
    TypeRef type =
        convert(ctx, gv, () -> naming.nestedTypeName(parentName, propName), schema, ptr, depth + 1);
    if (!schema.isObject()) {
      return null;
    }
    String description = text(schema, "description");
    Property.Builder b =
        Property.builder(propName, type)
            .description(description)
            .required(required)
            .nullable(bool(schema, "nullable"))
            .deprecated(isDeprecated(description));
    JsonNode def = schema.get("default");
    if (def != null) {
      b.defaultJson(jsonText(def));
    }
    JsonNode listTypeNode = schema.get("x-kubernetes-list-type");
    ListType listType = ListType.UNSPECIFIED;
    if (listTypeNode != null) {
      Optional<ListType> lt =
          listTypeNode.isTextual() ? ListType.fromExtension(listTypeNode.asText()) : Optional.empty();
      if (lt.isEmpty()) {
        ctx.problem(
            ptr + "/x-kubernetes-list-type",
            "x-kubernetes-list-type must be atomic, set or map, not " + listTypeNode);
      } else if (!(type instanceof TypeRef.ArrayRef)) {
        if (strict) {
          ctx.problem(ptr + "/x-kubernetes-list-type", "x-kubernetes-list-type is only allowed on arrays");
        }
      } else {
        listType = lt.get();
        b.listType(listType);
      }
    }
    JsonNode keys = schema.get("x-kubernetes-list-map-keys");
    if (keys != null) {
      List<String> names = new ArrayList<>();
      if (!keys.isArray()) {
        ctx.problem(ptr + "/x-kubernetes-list-map-keys", "x-kubernetes-list-map-keys must be a list of names");
      } else if (listType != ListType.MAP) {
        if (strict) {
          ctx.problem(
              ptr + "/x-kubernetes-list-map-keys",
              "x-kubernetes-list-map-keys needs x-kubernetes-list-type: map");
        }
      } else {
        for (JsonNode k : keys) {
          if (k.isTextual() && !k.asText().isBlank() && !names.contains(k.asText())) {
            names.add(k.asText());
          } else {
            ctx.problem(ptr + "/x-kubernetes-list-map-keys", "invalid or repeated map key " + k);
          }
        }
        b.listMapKeys(names);
      }
    }
    return b.build();
  }

  private TypeRef array(
      Context ctx, ModelBuilder.Gv gv, Supplier<String> nameHint, JsonNode schema, String ptr, int depth) {
    JsonNode items = schema.get("items");
    if (items == null) {
      return TypeRef.arrayOf(TypeRef.ANY_JSON);
    }
    if (items.isArray()) {
      // JSON schema tuples: Kubernetes schemas use one item schema; keep any values.
      return TypeRef.arrayOf(TypeRef.ANY_JSON);
    }
    return TypeRef.arrayOf(convert(ctx, gv, nameHint, items, ptr + "/items", depth + 1));
  }

  private TypeRef object(
      Context ctx, ModelBuilder.Gv gv, Supplier<String> nameHint, JsonNode schema, String ptr, int depth) {
    if (hasProperties(schema, 0)) {
      String name = gv.names.newName(nameHint.get());
      gv.define(objectDef(ctx, gv, name, schema, ptr, depth, false));
      return new TypeRef.NamedRef(gv.id(name));
    }
    Optional<TypeRef> additional = additionalProperties(ctx, gv, nameHint, schema, ptr, depth);
    if (additional.isPresent()) {
      return TypeRef.mapOf(additional.get());
    }
    return TypeRef.OBJECT_JSON;
  }

  private Optional<TypeRef> additionalProperties(
      Context ctx, ModelBuilder.Gv gv, Supplier<String> nameHint, JsonNode schema, String ptr, int depth) {
    JsonNode additional = schema.get("additionalProperties");
    if (additional == null || additional.isNull()) {
      return Optional.empty();
    }
    if (additional.isBoolean()) {
      return additional.asBoolean() ? Optional.of(TypeRef.ANY_JSON) : Optional.empty();
    }
    return Optional.of(convert(ctx, gv, nameHint, additional, ptr + "/additionalProperties", depth + 1));
  }

  private TypeRef scalar(
      Context ctx, ModelBuilder.Gv gv, Supplier<String> nameHint, JsonNode schema, String ptr, String type) {
    String format = schema.path("format").isTextual() ? schema.get("format").asText() : null;
    TypeRef ref = ApimachineryTypes.forScalar(type, format, false).orElse(TypeRef.ANY_JSON);
    JsonNode values = schema.get("enum");
    if (values == null || values.isNull()) {
      return ref;
    }
    if (!values.isArray()) {
      ctx.problem(ptr + "/enum", "enum must be a list of values, not " + kindOf(values));
      return ref;
    }
    if (!type.equals("string") || !(ref instanceof TypeRef.PrimitiveRef p)
        || p.primitive() != Primitive.STRING) {
      // Only plain string enums become Java enums; the others keep their type once each value
      // is shown to have it (the apiserver refuses an enum value of the wrong type).
      for (int i = 0; i < values.size(); i++) {
        JsonNode v = values.get(i);
        if (!v.isNull() && !hasType(v, type)) {
          ctx.problem(
              ptr + "/enum/" + i,
              "enum value " + jsonText(v) + " is not of the schema's type '" + type + "'");
        }
      }
      return ref;
    }
    List<String> distinct = enumValues(ctx, values, ptr);
    if (distinct.isEmpty()) {
      return ref;
    }
    String name = gv.names.newName(nameHint.get());
    String description = text(schema, "description");
    gv.define(new EnumDef(name, description, distinct, isDeprecated(description)));
    return new TypeRef.NamedRef(gv.id(name));
  }

  /** A named string enum (an OpenAPI definition), or {@code null} when it lists no value. */
  EnumDef enumDef(Context ctx, String name, JsonNode schema, String ptr) {
    JsonNode values = schema.get("enum");
    List<String> distinct = values != null && values.isArray() ? enumValues(ctx, values, ptr) : List.of();
    if (distinct.isEmpty()) {
      return null;
    }
    String description = text(schema, "description");
    return new EnumDef(name, description, distinct, isDeprecated(description));
  }

  private static List<String> enumValues(Context ctx, JsonNode values, String ptr) {
    Set<String> distinct = new LinkedHashSet<>();
    for (int i = 0; i < values.size(); i++) {
      JsonNode v = values.get(i);
      if (v.isNull()) {
        continue; // a nullable enum lists null; null is not a constant
      }
      if (!v.isValueNode()) {
        ctx.problem(ptr + "/enum/" + i, "enum value of a string must be a string, not " + kindOf(v));
        continue;
      }
      distinct.add(v.asText());
    }
    return List.copyOf(distinct);
  }

  private TypeRef ref(Context ctx, JsonNode ref, String ptr) {
    if (!ref.isTextual()) {
      ctx.problem(ptr, "$ref must be a string");
      return TypeRef.ANY_JSON;
    }
    TypeRef resolved = ctx.ref(ref.asText(), ptr);
    if (resolved == null) {
      ctx.problem(ptr, "$ref is not allowed here (CRD schemas must be self-contained)");
      return TypeRef.ANY_JSON;
    }
    return resolved;
  }

  /** Properties of the schema and of its allOf/anyOf/oneOf branches, first declaration wins. */
  private void collect(
      Context ctx, JsonNode schema, String ptr, Map<String, Located> props, Set<String> required,
      int depth) {
    if (depth > MAX_DEPTH) {
      ctx.problem(ptr, "the schema nests deeper than " + MAX_DEPTH + " levels");
      return;
    }
    JsonNode p = schema.get("properties");
    if (p != null) {
      if (!p.isObject()) {
        ctx.problem(ptr + "/properties", "properties must be a map of schemas");
      } else {
        Iterator<Map.Entry<String, JsonNode>> fields = p.properties().iterator();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          props.putIfAbsent(
              f.getKey(), new Located(f.getValue(), pointer(ptr + "/properties", f.getKey())));
        }
      }
    }
    JsonNode req = schema.get("required");
    if (req != null && req.isArray()) {
      req.forEach(r -> required.add(r.asText()));
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode branches = schema.get(key);
      if (branches != null && branches.isArray()) {
        for (int i = 0; i < branches.size(); i++) {
          JsonNode branch = branches.get(i);
          if (branch.isObject()) {
            // Required only holds for allOf; in anyOf/oneOf it is one alternative among others.
            Set<String> branchRequired = key.equals("allOf") ? required : new LinkedHashSet<>();
            collect(ctx, branch, ptr + "/" + key + "/" + i, props, branchRequired, depth + 1);
          }
        }
      }
    }
  }

  private static boolean hasProperties(JsonNode schema, int depth) {
    JsonNode p = schema.get("properties");
    if (p != null && p.isObject() && p.size() > 0) {
      return true;
    }
    if (depth > MAX_DEPTH) {
      return false;
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode branches = schema.get(key);
      if (branches != null && branches.isArray()) {
        for (JsonNode b : branches) {
          if (b.isObject() && !b.has("$ref") && hasProperties(b, depth + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String inferType(JsonNode schema) {
    if (hasProperties(schema, 0) || schema.has("additionalProperties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "";
  }

  private static boolean hasType(JsonNode value, String type) {
    switch (type) {
      case "integer":
        return value.isIntegralNumber();
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      default:
        return value.isTextual();
    }
  }

  static boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isBoolean() && v.asBoolean();
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : "";
  }

  static String kindOf(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNull()) {
      return "null";
    }
    return node.isTextual() ? "a string" : node.isBoolean() ? "a boolean" : "a number";
  }

  private String jsonText(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON value always writes", e);
    }
  }

  private record Located(JsonNode node, String pointer) {}
}
