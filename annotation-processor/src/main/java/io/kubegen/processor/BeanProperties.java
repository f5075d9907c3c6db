package io.kubegen.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The JSON properties of a class as Jackson 2 would see them with its default settings, worked
 * out from the compiler's view alone: public fields, public getters ({@code getX}, {@code isX} for
 * {@code boolean}), record components, and any field or getter carrying {@code @JsonProperty};
 * renamed by {@code @JsonProperty("name")}, dropped by {@code @JsonIgnore} or the class's
 * {@code @JsonIgnoreProperties}. A getter and a field of the same implicit name are one property.
 */
final class BeanProperties {

  /**
   * One property.
   *
   * @param name the JSON name
   * @param type the type, as a member of the class (type variables of superclasses resolved)
   * @param members the field, getter or record component behind it, field first; for
   *     diagnostics, annotations and Javadoc
   */
  record Property(String name, TypeMirror type, List<Element> members) {
    /** Where diagnostics about the property point. */
    Element element() {
      return members.get(0);
    }
  }

  private final Elements elements;
  private final Types types;
  private final Mirrors mirrors;

  BeanProperties(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.mirrors = new Mirrors(elements);
  }

  /** The properties by JSON name, sorted. */
  Map<String, Property> of(TypeElement type) {
    DeclaredType owner = (DeclaredType) type.asType();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<? extends Element> members = elements.getAllMembers(type);
    boolean record = type.getKind() == ElementKind.RECORD;
    Set<String> components = new HashSet<>();
    if (record) {
      for (RecordComponentElement c : type.getRecordComponents()) {
        components.add(c.getSimpleName().toString());
        Draft d = draft(drafts, c.getSimpleName().toString());
        d.members.add(c);
        d.visible = true;
        d.type = types.asMemberOf(owner, c.getAccessor()) instanceof javax.lang.model.type.ExecutableType e
            ? e.getReturnType() : c.asType();
      }
    }
    for (VariableElement f : ElementFilter.fieldsIn(members)) {
      if (f.getModifiers().contains(Modifier.STATIC) || f.getModifiers().contains(Modifier.TRANSIENT)
          || isObjectMember(f)) {
        continue;
      }
      Draft d = draft(drafts, f.getSimpleName().toString());
      d.members.add(0, f);
      if (f.getModifiers().contains(Modifier.PUBLIC) || mirrors.has(f, Mirrors.JSON_PROPERTY)) {
        d.visible = true;
      }
      if (d.type == null) {
        d.type = types.asMemberOf(owner, f);
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(members)) {
      Optional<String> implicit = getterName(m);
      if (implicit.isEmpty() || isObjectMember(m)) {
        continue;
      }
      Draft d = draft(drafts, implicit.get());
      if (components.contains(implicit.get())) {
        continue;
      }
      d.members.add(m);
      d.visible = true;
      d.type = ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, m)).getReturnType();
    }
    Set<String> ignored = new HashSet<>();
    mirrors.find(type, Mirrors.JSON_IGNORE_PROPERTIES)
        .ifPresent(m -> ignored.addAll(mirrors.strings(m, "value")));
    Map<String, Property> out = new TreeMap<>();
    for (Map.Entry<String, Draft> e : drafts.entrySet()) {
      Draft d = e.getValue();
      if (!d.visible || d.type == null || ignoredByAnnotation(d.members)) {
        continue;
      }
      String name = explicitName(d.members).orElse(e.getKey());
      if (ignored.contains(name)) {
        continue;
      }
      out.put(name, new Property(name, d.type, List.copyOf(d.members)));
    }
    return out;
  }

  /** A public, non-static getter's implicit property name, Jackson style ({@code getURL} → {@code url}). */
  private static Optional<String> getterName(ExecutableElement m) {
    if (!m.getModifiers().contains(Modifier.PUBLIC) || m.getModifiers().contains(Modifier.STATIC)
        || !m.getParameters().isEmpty() || !m.getTypeParameters().isEmpty()) {
      return Optional.empty();
    }
    String name = m.getSimpleName().toString();
    TypeMirror returns = m.getReturnType();
    if (name.startsWith("get") && name.length() > 3 && returns.getKind() != TypeKind.VOID) {
      return Optional.of(mangle(name.substring(3)));
    }
    if (name.startsWith("is") && name.length() > 2 && returns.getKind() == TypeKind.BOOLEAN) {
      return Optional.of(mangle(name.substring(2)));
    }
    return Optional.empty();
  }

  /** Jackson's default: lower-case the leading upper-case letters. */
  private static String mangle(String base) {
    StringBuilder sb = new StringBuilder(base);
    for (int i = 0; i < sb.length() && Character.isUpperCase(sb.charAt(i)); i++) {
      sb.setCharAt(i, Character.toLowerCase(sb.charAt(i)));
    }
    return sb.toString();
  }

  private boolean isObjectMember(Element e) {
    Element owner = e.getEnclosingElement();
    return owner instanceof TypeElement t
        && t.getQualifiedName().contentEquals("java.lang.Object");
  }

  private boolean ignoredByAnnotation(List<Element> members) {
    for (Element m : members) {
      Optional<AnnotationMirror> ignore = mirrors.find(m, Mirrors.JSON_IGNORE);
      if (ignore.isPresent() && mirrors.bool(ignore.get(), "value")) {
        return true;
      }
      if (mirrors.has(m, Mirrors.JSON_ANY_GETTER) || mirrors.has(m, Mirrors.JSON_ANY_SETTER)) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> explicitName(List<Element> members) {
    for (Element m : members) {
      Optional<AnnotationMirror> p = mirrors.find(m, Mirrors.JSON_PROPERTY);
      if (p.isPresent()) {
        String value = mirrors.string(p.get(), "value");
        if (!value.isEmpty()) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether any member of the class is {@code @JsonAnyGetter}/{@code @JsonAnySetter}. */
  boolean hasAnyProperties(TypeElement type) {
    for (Element m : elements.getAllMembers(type)) {
      if (mirrors.has(m, Mirrors.JSON_ANY_GETTER) || mirrors.has(m, Mirrors.JSON_ANY_SETTER)) {
        return true;
      }
    }
    return false;
  }

  private static Draft draft(Map<String, Draft> drafts, String name) {
    return drafts.computeIfAbsent(name, n -> new Draft());
  }

  private static final class Draft {
    final List<Element> members = new ArrayList<>();
    boolean visible;
    TypeMirror type;
  }
}
