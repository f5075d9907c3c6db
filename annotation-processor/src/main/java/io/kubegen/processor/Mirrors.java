package io.kubegen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as the compiler sees them (mirrors, never {@code getAnnotation}, whose
 * {@code Class} members throw), by qualified name, so the processor needs neither the runtime's
 * annotation classes nor Jackson's on its own class path.
 */
final class Mirrors {
  static final String PACKAGE = "io.kubegen.runtime.annotations.";
  static final String GROUP = PACKAGE + "Group";
  static final String VERSION = PACKAGE + "Version";
  static final String KIND = PACKAGE + "Kind";
  static final String PLURAL = PACKAGE + "Plural";
  static final String SINGULAR = PACKAGE + "Singular";
  static final String SHORT_NAMES = PACKAGE + "ShortNames";
  static final String CATEGORIES = PACKAGE + "Categories";
  static final String CLUSTER_SCOPED = PACKAGE + "ClusterScoped";
  static final String STORAGE = PACKAGE + "Storage";
  static final String SCALE = PACKAGE + "Scale";
  static final String GEN_CLIENT = PACKAGE + "GenClient";
  static final String REQUIRED = PACKAGE + "Required";
  static final String PRESERVE_UNKNOWN_FIELDS = PACKAGE + "PreserveUnknownFields";
  static final String LIST_TYPE = PACKAGE + "ListType";

  static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  static final String JSON_IGNORE_PROPERTIES = "com.fasterxml.jackson.annotation.JsonIgnoreProperties";
  static final String JSON_PROPERTY_DESCRIPTION =
      "com.fasterxml.jackson.annotation.JsonPropertyDescription";
  static final String JSON_ANY_GETTER = "com.fasterxml.jackson.annotation.JsonAnyGetter";
  static final String JSON_ANY_SETTER = "com.fasterxml.jackson.annotation.JsonAnySetter";

  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of this type directly on the element. */
  Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) m.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  boolean has(Element element, String annotationType) {
    return find(element, annotationType).isPresent();
  }

  /** The value of a member, the default included. */
  AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("@" + mirror.getAnnotationType() + " has no member " + member);
  }

  String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member).getValue();
  }

  boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) value(mirror, member).getValue();
  }

  TypeMirror type(AnnotationMirror mirror, String member) {
    return (TypeMirror) value(mirror, member).getValue();
  }

  /** An enum member's constant name. */
  String enumName(AnnotationMirror mirror, String member) {
    return ((VariableElement) value(mirror, member).getValue()).getSimpleName().toString();
  }

  /** The elements of an array member. */
  List<AnnotationValue> list(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member).getValue();
    List<AnnotationValue> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        out.add((AnnotationValue) o);
      }
    }
    return out;
  }

  List<String> strings(AnnotationMirror mirror, String member) {
    return list(mirror, member).stream().map(v -> (String) v.getValue()).toList();
  }

  /** An array of enum constants, by constant name. */
  List<String> enumNames(AnnotationMirror mirror, String member) {
    return list(mirror, member).stream()
        .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString())
        .toList();
  }
}
