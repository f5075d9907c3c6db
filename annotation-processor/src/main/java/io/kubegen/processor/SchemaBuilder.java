package io.kubegen.processor;

import io.kubegen.generator.types.ApimachineryTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the OpenAPI v3 schema of a CRD version from a resource class, as the Java compiler sees
 * it (never by reflection): {@link BeanProperties} for the properties, Javadoc for descriptions,
 * and a fixed table for the types Kubernetes gives a meaning (IntOrString, Quantity, Time, maps,
 * lists). Types it cannot map are reported on the property and written as opaque JSON, so one run
 * shows every problem.
 *
 * <p>A schema is a {@code LinkedHashMap} whose keys are in a fixed order (description, type,
 * format, ..., properties sorted by name), so the YAML is deterministic.
 */
final class SchemaBuilder {
  /** The pattern that makes an int-or-string a Quantity (the CRD reader knows it too). */
  static final String QUANTITY_PATTERN = ApimachineryTypes.QUANTITY_PATTERN;

  private static final String API = "io.kubegen.runtime.api.";
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal|value)\\s+([^}]*)}");

  private final Elements elements;
  private final Types types;
  private final Mirrors mirrors;
  private final Diagnostics diagnostics;
  private final BeanProperties properties;
  /** Classes being mapped, outermost first: a class inside itself is a recursive schema. */
  private final Deque<String> path = new ArrayDeque<>();

  SchemaBuilder(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.mirrors = new Mirrors(elements);
    this.diagnostics = diagnostics;
    this.properties = new BeanProperties(elements, types);
  }

  /** The {@code openAPIV3Schema} of a resource class. */
  Map<String, Object> resource(TypeElement type) throws Unresolved {
    Map<String, Object> schema = new LinkedHashMap<>();
    description(schema, doc(type));
    schema.put("type", "object");
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    path.push(type.getQualifiedName().toString());
    for (BeanProperties.Property p : properties.of(type).values()) {
      switch (p.name()) {
        case "apiVersion", "kind" -> props.put(p.name(), Map.of("type", "string"));
        case "metadata" -> props.put(p.name(), Map.of("type", "object"));
        default -> props.put(p.name(), property(p, type));
      }
      if (isRequired(p) && !p.name().equals("metadata")) {
        required.add(p.name());
      }
    }
    path.pop();
    schema.put("properties", props);
    if (!required.isEmpty()) {
      schema.put("required", List.copyOf(new TreeSet<>(required)));
    }
    if (mirrors.has(type, Mirrors.PRESERVE_UNKNOWN_FIELDS) || properties.hasAnyProperties(type)) {
      schema.put("x-kubernetes-preserve-unknown-fields", true);
    }
    return schema;
  }

  private Map<String, Object> property(BeanProperties.Property p, TypeElement owner)
      throws Unresolved {
    Map<String, Object> schema = type(p.type(), p.element(), owner, p.name());
    String description = propertyDoc(p);
    if (!description.isEmpty()) {
      Map<String, Object> withDoc = new LinkedHashMap<>();
      withDoc.put("description", description);
      schema.remove("description");
      withDoc.putAll(schema);
      schema = withDoc;
    }
    if (p.members().stream().anyMatch(m -> mirrors.has(m, Mirrors.PRESERVE_UNKNOWN_FIELDS))) {
      schema.put("x-kubernetes-preserve-unknown-fields", true);
    }
    for (Element m : p.members()) {
      Optional<AnnotationMirror> listType = mirrors.find(m, Mirrors.LIST_TYPE);
      if (listType.isEmpty()) {
        continue;
      }
      if (!"array".equals(schema.get("type"))) {
        diagnostics.error("[kubegen-crd]", "@ListType on property '" + p.name() + "' of " + owner
            + " needs a list or array property", m, listType.get());
        break;
      }
      String kind = mirrors.enumName(listType.get(), "value");
      List<String> keys = mirrors.strings(listType.get(), "keys");
      if (kind.equals("MAP") == keys.isEmpty()) {
        diagnostics.error("[kubegen-crd]", "@ListType on property '" + p.name() + "' of " + owner
            + (keys.isEmpty() ? ": a MAP list needs keys" : ": only a MAP list takes keys"), m,
            listType.get(), mirrors.value(listType.get(), "keys"));
        break;
      }
      schema.put("x-kubernetes-list-type", kind.toLowerCase(java.util.Locale.ROOT));
      if (!keys.isEmpty()) {
        schema.put("x-kubernetes-list-map-keys", keys);
      }
      break;
    }
    return schema;
  }

  private boolean isRequired(BeanProperties.Property p) {
    for (Element m : p.members()) {
      if (mirrors.has(m, Mirrors.REQUIRED)) {
        return true;
      }
      Optional<AnnotationMirror> json = mirrors.find(m, Mirrors.JSON_PROPERTY);
      if (json.isPresent() && mirrors.bool(json.get(), "required")) {
        return true;
      }
    }
    return false;
  }

  /** The schema of a type, with {@code at} and {@code name} for diagnostics. */
  private Map<String, Object> type(TypeMirror type, Element at, TypeElement owner, String name)
      throws Unresolved {
    Map<String, Object> schema = new LinkedHashMap<>();
    switch (type.getKind()) {
      case ERROR -> throw new Unresolved("type " + type + " of property '" + name + "' of " + owner);
      case BOOLEAN -> schema.put("type", "boolean");
      case BYTE, SHORT, INT -> integer(schema, "int32");
      case LONG -> integer(schema, "int64");
      case FLOAT -> number(schema, "float");
      case DOUBLE -> number(schema, "double");
      case CHAR -> schema.put("type", "string");
      case ARRAY -> {
        TypeMirror item = ((ArrayType) type).getComponentType();
        if (item.getKind() == TypeKind.BYTE) {
          schema.put("type", "string");
          schema.put("format", "byte");
        } else {
          schema.put("type", "array");
          schema.put("items", type(item, at, owner, name + "[]"));
        }
      }
      case DECLARED -> declared((DeclaredType) type, schema, at, owner, name);
      default -> unmappable(schema, type, at, owner, name);
    }
    return schema;
  }

  private void declared(DeclaredType type, Map<String, Object> schema, Element at,
      TypeElement owner, String name) throws Unresolved {
    TypeElement element = (TypeElement) type.asElement();
    String qualified = element.getQualifiedName().toString();
    switch (qualified) {
      case "java.lang.String", "java.lang.Character", "java.util.UUID", "java.time.Duration" ->
          schema.put("type", "string");
      case "java.lang.Boolean" -> schema.put("type", "boolean");
      case "java.lang.Byte", "java.lang.Short", "java.lang.Integer" -> integer(schema, "int32");
      case "java.lang.Long" -> integer(schema, "int64");
      case "java.math.BigInteger" -> schema.put("type", "integer");
      case "java.lang.Float" -> number(schema, "float");
      case "java.lang.Double" -> number(schema, "double");
      case "java.math.BigDecimal", "java.lang.Number" -> schema.put("type", "number");
      case API + "Time", API + "MicroTime", "java.time.Instant", "java.time.OffsetDateTime",
          "java.time.ZonedDateTime", "java.util.Date" -> {
        schema.put("type", "string");
        schema.put("format", "date-time");
      }
      case "java.time.LocalDate" -> {
        schema.put("type", "string");
        schema.put("format", "date");
      }
      case API + "IntOrString" -> {
        schema.put("anyOf", List.of(Map.of("type", "integer"), Map.of("type", "string")));
        schema.put("x-kubernetes-int-or-string", true);
      }
      case API + "Quantity" -> {
        schema.put("anyOf", List.of(Map.of("type", "integer"), Map.of("type", "string")));
        schema.put("pattern", QUANTITY_PATTERN);
        schema.put("x-kubernetes-int-or-string", true);
      }
      case API + "ObjectMeta", API + "ListMeta" -> schema.put("type", "object");
      case "java.lang.Object", "com.fasterxml.jackson.databind.JsonNode",
          "com.fasterxml.jackson.databind.node.ObjectNode" ->
          schema.put("x-kubernetes-preserve-unknown-fields", true);
      case "java.util.Optional" -> schema.putAll(type(type.getTypeArguments().get(0), at, owner, name));
      default -> {
        if (element.getKind() == ElementKind.ENUM) {
          enumeration(schema, element);
        } else if (isSubtype(type, "java.util.Map")) {
          map(type, schema, at, owner, name);
        } else if (isSubtype(type, "java.util.Collection")) {
          List<? extends TypeMirror> args = collectionArguments(type);
          schema.put("type", "array");
          schema.put("items", args.size() == 1 ? type(args.get(0), at, owner, name + "[]")
              : opaque());
        } else if (qualified.startsWith("java.") || qualified.startsWith("javax.")
            || !type.getTypeArguments().isEmpty()) {
          unmappable(schema, type, at, owner, name);
        } else {
          object(element, schema, at, owner, name);
        }
      }
    }
  }

  private void object(TypeElement element, Map<String, Object> schema, Element at,
      TypeElement owner, String name) throws Unresolved {
    String qualified = element.getQualifiedName().toString();
    if (path.contains(qualified)) {
      diagnostics.error("[kubegen-crd]", "property '" + name + "' of " + owner + " makes "
          + qualified + " contain itself: CRD schemas cannot be recursive; mark the property"
          + " @JsonIgnore or use Map<String, Object>", at);
      schema.put("type", "object");
      schema.put("x-kubernetes-preserve-unknown-fields", true);
      return;
    }
    description(schema, doc(element));
    schema.put("type", "object");
    path.push(qualified);
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (BeanProperties.Property p : properties.of(element).values()) {
      props.put(p.name(), property(p, element));
      if (isRequired(p)) {
        required.add(p.name());
      }
    }
    path.pop();
    if (!props.isEmpty()) {
      schema.put("properties", props);
    }
    if (!required.isEmpty()) {
      schema.put("required", List.copyOf(new TreeSet<>(required)));
    }
    if (mirrors.has(element, Mirrors.PRESERVE_UNKNOWN_FIELDS)
        || properties.hasAnyProperties(element)) {
      schema.put("x-kubernetes-preserve-unknown-fields", true);
    }
  }

  private void map(DeclaredType type, Map<String, Object> schema, Element at, TypeElement owner,
      String name) throws Unresolved {
    List<? extends TypeMirror> args = mapArguments(type);
    schema.put("type", "object");
    if (args.size() != 2) {
      schema.put("x-kubernetes-preserve-unknown-fields", true);
      return;
    }
    TypeMirror key = args.get(0);
    if (key.getKind() == TypeKind.ERROR) {
      throw new Unresolved("key type " + key + " of property '" + name + "' of " + owner);
    }
    boolean stringKey = isType(key, "java.lang.String") || (key.getKind() == TypeKind.DECLARED
        && types.asElement(key).getKind() == ElementKind.ENUM);
    if (!stringKey) {
      diagnostics.error("[kubegen-crd]", "property '" + name + "' of " + owner + " is a map with "
          + key + " keys: JSON object keys are strings, use Map<String, ...>", at);
      return;
    }
    TypeMirror value = args.get(1);
    if (isType(value, "java.lang.Object") || value.getKind() == TypeKind.WILDCARD) {
      schema.put("x-kubernetes-preserve-unknown-fields", true);
    } else {
      schema.put("additionalProperties", type(value, at, owner, name + "{}"));
    }
  }

  private void enumeration(Map<String, Object> schema, TypeElement element) {
    description(schema, doc(element));
    schema.put("type", "string");
    List<String> values = new ArrayList<>();
    for (Element e : element.getEnclosedElements()) {
      if (e.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String value = mirrors.find(e, Mirrors.JSON_PROPERTY)
          .map(m -> mirrors.string(m, "value")).filter(v -> !v.isEmpty())
          .orElse(e.getSimpleName().toString());
      values.add(value);
    }
    schema.put("enum", values);
  }

  private void unmappable(Map<String, Object> schema, TypeMirror type, Element at,
      TypeElement owner, String name) {
    diagnostics.error("[kubegen-crd]", "cannot map type " + type + " of property '" + name + "' of "
        + owner + " to a CRD schema: use a class of your own, a String, number, boolean, List,"
        + " Map<String, ...>, enum, IntOrString, Quantity or Time", at);
    schema.putAll(opaque());
  }

  private static Map<String, Object> opaque() {
    return Map.of("x-kubernetes-preserve-unknown-fields", true);
  }

  private static void integer(Map<String, Object> schema, String format) {
    schema.put("type", "integer");
    schema.put("format", format);
  }

  private static void number(Map<String, Object> schema, String format) {
    schema.put("type", "number");
    schema.put("format", format);
  }

  private static void description(Map<String, Object> schema, String text) {
    if (!text.isEmpty()) {
      schema.put("description", text);
    }
  }

  private boolean isSubtype(DeclaredType type, String supertype) {
    TypeElement s = elements.getTypeElement(supertype);
    return s != null && types.isSubtype(types.erasure(type), types.erasure(s.asType()));
  }

  private boolean isType(TypeMirror type, String qualified) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(qualified);
  }

  /** The key and value types of a map type, seen through its {@code Map} supertype. */
  private List<? extends TypeMirror> mapArguments(DeclaredType type) {
    return supertypeArguments(type, "java.util.Map");
  }

  private List<? extends TypeMirror> collectionArguments(DeclaredType type) {
    return supertypeArguments(type, "java.util.Collection");
  }

  private List<? extends TypeMirror> supertypeArguments(TypeMirror type, String supertype) {
    if (type.getKind() != TypeKind.DECLARED) {
      return List.of();
    }
    DeclaredType declared = (DeclaredType) type;
    if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(supertype)) {
      return declared.getTypeArguments();
    }
    for (TypeMirror s : types.directSupertypes(type)) {
      List<? extends TypeMirror> args = supertypeArguments(s, supertype);
      if (!args.isEmpty()) {
        return args;
      }
    }
    return List.of();
  }

  private String propertyDoc(BeanProperties.Property p) {
    for (Element m : p.members()) {
      Optional<AnnotationMirror> d = mirrors.find(m, Mirrors.JSON_PROPERTY_DESCRIPTION);
      if (d.isPresent()) {
        return mirrors.string(d.get(), "value").strip();
      }
    }
    for (Element m : p.members()) {
      String doc = doc(m);
      if (!doc.isEmpty()) {
        return doc;
      }
    }
    return "";
  }

  /**
   * Javadoc as a description: the main text without block tags, inline tags reduced to their
   * text, lines of one paragraph joined, paragraphs separated by a blank line.
   */
  String doc(Element element) {
    String raw = elements.getDocComment(element);
    if (raw == null) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : raw.split("\r?\n", -1)) {
      String text = line.strip();
      if (text.startsWith("@")) {
        break;
      }
      if (text.isEmpty() || text.equalsIgnoreCase("<p>")) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
        continue;
      }
      if (text.regionMatches(true, 0, "<p>", 0, 3)) {
        text = text.substring(3).strip();
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(text);
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return INLINE_TAG.matcher(String.join("\n\n", paragraphs)).replaceAll(r -> r.group(1).strip()
        .replace("\\", "\\\\").replace("$", "\\$"));
  }
}
