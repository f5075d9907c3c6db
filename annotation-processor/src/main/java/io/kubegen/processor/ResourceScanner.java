package io.kubegen.processor;

import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.Naming;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Version} class into a {@link ResourceDeclaration}, reporting on the element
 * whatever the API server or the generated code would refuse. Checks that need several classes
 * (duplicate kinds, versions of one CRD) are {@link ModelBuilder}'s.
 */
final class ResourceScanner {
  static final String KUBERNETES_OBJECT = "io.kubegen.runtime.api.KubernetesObject";
  static final String KUBERNETES_LIST_OBJECT = "io.kubegen.runtime.api.KubernetesListObject";

  /** client-gen's verbs for extension methods, and which of them take input or result overrides. */
  private static final Set<Verb> EXTENSION_VERBS =
      EnumSet.of(Verb.GET, Verb.LIST, Verb.CREATE, Verb.UPDATE, Verb.PATCH, Verb.APPLY);
  private static final Set<Verb> INPUT_VERBS = EnumSet.of(Verb.CREATE, Verb.UPDATE, Verb.APPLY);
  private static final Set<Verb> BODY_VERBS =
      EnumSet.of(Verb.CREATE, Verb.UPDATE, Verb.PATCH, Verb.APPLY);

  private final Elements elements;
  private final Types types;
  private final Mirrors mirrors;
  private final Diagnostics diagnostics;
  private final Naming naming;
  private final BeanProperties properties;

  ResourceScanner(Elements elements, Types types, Diagnostics diagnostics, Naming naming) {
    this.elements = elements;
    this.types = types;
    this.mirrors = new Mirrors(elements);
    this.diagnostics = diagnostics;
    this.naming = naming;
    this.properties = new BeanProperties(elements, types);
  }

  /**
   * The declaration of a resource class, or empty when something was reported on it.
   *
   * @throws Unresolved if a type the checks need is not resolved yet
   */
  Optional<ResourceDeclaration> scan(TypeElement type) throws Unresolved {
    int errors = diagnostics.errorCount();
    checkResolved(type.asType(), type.getQualifiedName().toString());
    checkClassShape(type);
    AnnotationMirror version = mirrors.find(type, Mirrors.VERSION).orElseThrow();
    String versionName = mirrors.string(version, "value");
    if (!Names.isVersion(versionName)) {
      diagnostics.error("[kubegen-version]", "version '" + versionName + "' of " + type
          + " is not a Kubernetes version: use v<n>, v<n>alpha<m> or v<n>beta<m>, such as v1,"
          + " v1alpha1 or v2beta3", type, version, mirrors.value(version, "value"));
    }
    String group = group(type);
    Optional<AnnotationMirror> kindMirror = mirrors.find(type, Mirrors.KIND);
    String kind = kindMirror.map(m -> mirrors.string(m, "value")).filter(k -> !k.isEmpty())
        .orElse(type.getSimpleName().toString());
    if (!Names.isKind(kind)) {
      diagnostics.error("[kubegen-kind]", "kind '" + kind + "' of " + type
          + " is not a valid kind: it must match [A-Z][A-Za-z0-9]* (at most 63 characters);"
          + " set one with @Kind", type, kindMirror.orElse(null),
          kindMirror.map(m -> mirrors.value(m, "value")).orElse(null));
    }
    String plural = name(type, Mirrors.PLURAL, "plural",
        naming.plural(kind).toLowerCase(Locale.ROOT));
    String singular = name(type, Mirrors.SINGULAR, "singular", kind.toLowerCase(Locale.ROOT));
    List<String> shortNames = names(type, Mirrors.SHORT_NAMES, "short name");
    List<String> categories = names(type, Mirrors.CATEGORIES, "category");
    checkObject(type);
    TypeElement list = listClass(type, kind, kindMirror);
    Map<String, BeanProperties.Property> props = properties.of(type);
    boolean hasStatus = props.containsKey("status");
    Optional<AnnotationMirror> genClient = mirrors.find(type, Mirrors.GEN_CLIENT);
    Set<Verb> verbs = verbs(type, genClient);
    boolean noStatus = genClient.map(m -> mirrors.bool(m, "noStatus")).orElse(false);
    List<Subresource.Other> extra = extraSubresources(type, genClient);
    String expansion = expansion(type, genClient);
    Optional<Subresource.Scale> scale = mirrors.find(type, Mirrors.SCALE)
        .map(m -> Subresource.Scale.standard(mirrors.string(m, "specReplicasPath"),
            mirrors.string(m, "statusReplicasPath"), mirrors.string(m, "labelSelectorPath")));
    if (diagnostics.errorCount() > errors || list == null) {
      return Optional.empty();
    }
    return Optional.of(new ResourceDeclaration(
        type, group, versionName, kind, plural, singular, shortNames, categories,
        mirrors.has(type, Mirrors.CLUSTER_SCOPED) ? Scope.CLUSTER : Scope.NAMESPACED,
        mirrors.has(type, Mirrors.STORAGE),
        classRef(type), classRef(list), verbs, hasStatus, hasStatus && !noStatus, scale, extra,
        expansion));
  }

  /** The class as an {@code ExistingClassRef}: package and simple names, outermost first. */
  static TypeRef.ExistingClassRef classRef(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement t) {
      names.add(0, t.getSimpleName().toString());
      e = t.getEnclosingElement();
    }
    String pkg = e instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return new TypeRef.ExistingClassRef(pkg, names, type.getAnnotation(Deprecated.class) != null);
  }

  private void checkResolved(TypeMirror type, String what) throws Unresolved {
    if (type.getKind() == TypeKind.ERROR) {
      throw new Unresolved(what);
    }
    for (TypeMirror s : types.directSupertypes(type)) {
      if (s.getKind() == TypeKind.ERROR) {
        throw new Unresolved("a supertype of " + what + " (" + s + ")");
      }
      checkResolved(s, what);
    }
  }

  private void checkClassShape(TypeElement type) {
    String problem = null;
    if (type.getKind() != ElementKind.CLASS) {
      problem = "must be a class, not " + type.getKind().toString().toLowerCase(Locale.ROOT);
    } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = "must not be abstract";
    } else if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "must be public";
    } else if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      problem = "must be static when nested";
    } else if (type.getNestingKind() != NestingKind.TOP_LEVEL
        && type.getNestingKind() != NestingKind.MEMBER) {
      problem = "must be a top-level or a member class";
    } else if (!type.getTypeParameters().isEmpty()) {
      problem = "must not be generic";
    } else if (!hasPublicNoArgConstructor(type)) {
      problem = "needs a public no-argument constructor (JSON decoding and the informers create"
          + " instances)";
    }
    if (problem != null) {
      diagnostics.error("[kubegen-object]", "resource class " + type + " " + problem, type);
    }
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }

  private void checkObject(TypeElement type) {
    TypeElement object = elements.getTypeElement(KUBERNETES_OBJECT);
    if (object == null) {
      diagnostics.error("[kubegen-object]", KUBERNETES_OBJECT + " is not on the class path:"
          + " add the io.kubegen:client-runtime dependency", type);
      return;
    }
    if (!types.isAssignable(type.asType(), object.asType())) {
      diagnostics.error("[kubegen-object]", "resource class " + type + " must implement "
          + KUBERNETES_OBJECT + " (apiVersion, kind and metadata)", type);
      return;
    }
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (m.getSimpleName().contentEquals("getMetadata") && m.getParameters().isEmpty()
          && !m.getModifiers().contains(Modifier.ABSTRACT)) {
        return;
      }
    }
    diagnostics.error("[kubegen-object]", "resource class " + type
        + " has no getMetadata(): implement it, returning the object's ObjectMeta", type);
  }

  /** The group: on the class, else on an enclosing class, else on the package. */
  private String group(TypeElement type) {
    Element e = type;
    while (e != null) {
      Optional<AnnotationMirror> m = mirrors.find(e, Mirrors.GROUP);
      if (m.isPresent()) {
        String group = mirrors.string(m.get(), "value");
        if (!Names.isGroup(group)) {
          diagnostics.error("[kubegen-group]", "group '" + group + "' of " + type
              + " is not a DNS subdomain with at least one dot: use lower-case labels of letters,"
              + " digits and '-', such as stable.example.com", e, m.get(),
              mirrors.value(m.get(), "value"));
        }
        return group;
      }
      e = e instanceof PackageElement ? null : e.getEnclosingElement();
    }
    diagnostics.error("[kubegen-group]", type + " has no API group: annotate it, or its package"
        + " (package-info.java), with @Group(\"stable.example.com\")", type);
    return "";
  }

  private String name(TypeElement type, String annotation, String what, String fallback) {
    Optional<AnnotationMirror> m = mirrors.find(type, annotation);
    if (m.isEmpty()) {
      if (!Names.isResourceName(fallback)) {
        diagnostics.error("[kubegen-names]", "the default " + what + " '" + fallback + "' of "
            + type + " is not a lower-case DNS label: set one with @"
            + annotation.substring(Mirrors.PACKAGE.length()), type);
      }
      return fallback;
    }
    String value = mirrors.string(m.get(), "value");
    if (!Names.isResourceName(value)) {
      diagnostics.error("[kubegen-names]", what + " '" + value + "' of " + type
          + " is not a lower-case DNS label ([a-z]([-a-z0-9]*[a-z0-9])?)", type, m.get(),
          mirrors.value(m.get(), "value"));
    }
    return value;
  }

  private List<String> names(TypeElement type, String annotation, String what) {
    Optional<AnnotationMirror> m = mirrors.find(type, annotation);
    if (m.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : mirrors.list(m.get(), "value")) {
      String name = (String) v.getValue();
      if (!Names.isResourceName(name)) {
        diagnostics.error("[kubegen-names]", what + " '" + name + "' of " + type
            + " is not a lower-case DNS label ([a-z]([-a-z0-9]*[a-z0-9])?)", type, m.get(), v);
      } else if (out.contains(name)) {
        diagnostics.error("[kubegen-names]", what + " '" + name + "' of " + type
            + " is given twice", type, m.get(), v);
      } else {
        out.add(name);
      }
    }
    return out;
  }

  /** The list class, checked; null when missing or wrong (reported). */
  private TypeElement listClass(TypeElement type, String kind, Optional<AnnotationMirror> kindMirror)
      throws Unresolved {
    TypeElement list;
    AnnotationValue named = kindMirror.map(m -> mirrors.value(m, "list")).orElse(null);
    TypeMirror namedType = named == null ? null : (TypeMirror) named.getValue();
    if (namedType != null && namedType.getKind() == TypeKind.ERROR) {
      throw new Unresolved("the list class of " + type + " (" + namedType + ")");
    }
    if (namedType != null && namedType.getKind() == TypeKind.DECLARED) {
      list = (TypeElement) types.asElement(namedType);
    } else {
      String name = kind + "List";
      Element owner = type.getEnclosingElement();
      list = null;
      if (owner instanceof PackageElement p) {
        String qualified = p.isUnnamed() ? name : p.getQualifiedName() + "." + name;
        list = elements.getTypeElement(qualified);
      } else {
        for (TypeElement t : ElementFilter.typesIn(owner.getEnclosedElements())) {
          if (t.getSimpleName().contentEquals(name)) {
            list = t;
          }
        }
      }
      if (list == null) {
        diagnostics.error("[kubegen-list]", "no list class for " + type + ": write " + name
            + " next to it, implementing " + KUBERNETES_LIST_OBJECT + "<" + type.getSimpleName()
            + ">, or name one with @Kind(list = ...)", type);
        return null;
      }
    }
    checkResolved(list.asType(), list.getQualifiedName().toString());
    TypeElement listObject = elements.getTypeElement(KUBERNETES_LIST_OBJECT);
    if (listObject == null) {
      return null; // reported by checkObject
    }
    DeclaredType expected = types.getDeclaredType(listObject, type.asType());
    String problem = null;
    if (list.getKind() != ElementKind.CLASS || list.getModifiers().contains(Modifier.ABSTRACT)
        || !list.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "must be a public, concrete class";
    } else if (!types.isAssignable(list.asType(), expected)) {
      problem = "must implement " + KUBERNETES_LIST_OBJECT + "<" + type.getSimpleName() + ">";
    } else if (!hasPublicNoArgConstructor(list)) {
      problem = "needs a public no-argument constructor";
    }
    if (problem != null) {
      Element at = named != null && namedType.getKind() == TypeKind.DECLARED ? type : list;
      diagnostics.error("[kubegen-list]", "list class " + list.getQualifiedName() + " of "
          + type + " " + problem, at, named != null ? kindMirror.get() : null, named);
      return null;
    }
    return list;
  }

  private Set<Verb> verbs(TypeElement type, Optional<AnnotationMirror> genClient) {
    Set<Verb> all = EnumSet.allOf(Verb.class);
    if (genClient.isEmpty()) {
      return all;
    }
    AnnotationMirror m = genClient.get();
    boolean noVerbs = mirrors.bool(m, "noVerbs");
    boolean readOnly = mirrors.bool(m, "readOnly");
    List<String> only = mirrors.enumNames(m, "onlyVerbs");
    List<String> skip = mirrors.enumNames(m, "skipVerbs");
    int choices = (noVerbs ? 1 : 0) + (readOnly ? 1 : 0) + (only.isEmpty() ? 0 : 1)
        + (skip.isEmpty() ? 0 : 1);
    if (choices > 1) {
      diagnostics.error("[kubegen-genclient]", "@GenClient on " + type + " sets more than one of"
          + " noVerbs, readOnly, onlyVerbs and skipVerbs: keep one", type, m);
      return all;
    }
    if (noVerbs) {
      return EnumSet.noneOf(Verb.class);
    }
    if (readOnly) {
      return EnumSet.of(Verb.GET, Verb.LIST, Verb.WATCH);
    }
    if (!only.isEmpty()) {
      Set<Verb> verbs = EnumSet.noneOf(Verb.class);
      only.forEach(v -> verbs.add(Verb.valueOf(v)));
      return verbs;
    }
    skip.forEach(v -> all.remove(Verb.valueOf(v)));
    return all;
  }

  private String expansion(TypeElement type, Optional<AnnotationMirror> genClient) {
    if (genClient.isEmpty()) {
      return "";
    }
    AnnotationValue v = mirrors.value(genClient.get(), "expansion");
    TypeMirror t = (TypeMirror) v.getValue();
    if (t.getKind() != TypeKind.DECLARED) {
      return "";
    }
    TypeElement e = (TypeElement) types.asElement(t);
    if (e.getKind() != ElementKind.INTERFACE) {
      diagnostics.error("[kubegen-genclient]", "expansion " + e.getQualifiedName() + " of " + type
          + " must be an interface", type, genClient.get(), v);
      return "";
    }
    return e.getQualifiedName().toString();
  }

  /** Subresources of {@code @GenClient.methods}, one per subresource name, checked as client-gen does. */
  private List<Subresource.Other> extraSubresources(TypeElement type,
      Optional<AnnotationMirror> genClient) throws Unresolved {
    if (genClient.isEmpty()) {
      return List.of();
    }
    record Draft(Set<Verb> verbs, TypeRef[] input, TypeRef result) {}
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<String> methodNames = new ArrayList<>();
    TypeRef self = classRef(type);
    for (AnnotationValue v : mirrors.list(genClient.get(), "methods")) {
      AnnotationMirror method = (AnnotationMirror) v.getValue();
      String name = mirrors.string(method, "name");
      Verb verb = Verb.valueOf(mirrors.enumName(method, "verb"));
      String sub = mirrors.string(method, "subresource");
      TypeMirror input = mirrors.type(method, "input");
      TypeMirror result = mirrors.type(method, "result");
      if (input.getKind() == TypeKind.ERROR || result.getKind() == TypeKind.ERROR) {
        throw new Unresolved("a type of @GenClient.Method " + name + " on " + type);
      }
      String problem = null;
      if (!javax.lang.model.SourceVersion.isIdentifier(name)
          || javax.lang.model.SourceVersion.isKeyword(name)) {
        problem = "name '" + name + "' is not a Java method name";
      } else if (methodNames.contains(name)) {
        problem = "name '" + name + "' is used twice";
      } else if (!EXTENSION_VERBS.contains(verb)) {
        problem = "verb " + verb + " is not supported for extension methods: use GET, LIST,"
            + " CREATE, UPDATE, PATCH or APPLY";
      } else if (sub.isEmpty()) {
        problem = "has no subresource: extension methods on the resource itself are not supported"
            + " yet, give the subresource they call";
      } else if (sub.equals("status") || sub.equals("scale")) {
        problem = "subresource '" + sub + "' is generated already: use noStatus or @Scale instead";
      } else if (!Names.isResourceName(sub)) {
        problem = "subresource '" + sub + "' is not a lower-case DNS label";
      } else if (input.getKind() != TypeKind.VOID && !INPUT_VERBS.contains(verb)) {
        problem = "verb " + verb + " takes no input type override (only CREATE, UPDATE, APPLY do)";
      } else if (!isClassType(input) || !isClassType(result)) {
        problem = "input and result must be classes";
      }
      if (problem != null) {
        diagnostics.error("[kubegen-genclient]", "@GenClient.Method " + name + " of " + type + " "
            + problem, type, method);
        continue;
      }
      methodNames.add(name);
      TypeRef in = input.getKind() == TypeKind.VOID
          ? (BODY_VERBS.contains(verb) ? self : null)
          : classRef((TypeElement) types.asElement(input));
      TypeRef out = result.getKind() == TypeKind.VOID
          ? self : classRef((TypeElement) types.asElement(result));
      Draft d = drafts.get(sub);
      if (d == null) {
        drafts.put(sub, new Draft(EnumSet.of(verb), new TypeRef[] {in}, out));
      } else if (!d.result().equals(out) || (in != null && d.input()[0] != null
          && !d.input()[0].equals(in))) {
        diagnostics.error("[kubegen-genclient]", "@GenClient.Method " + name + " of " + type
            + " gives subresource '" + sub + "' another input or result type than an earlier"
            + " method: one subresource has one input and one result type", type, method);
      } else {
        d.verbs().add(verb);
        if (d.input()[0] == null) {
          d.input()[0] = in;
        }
      }
    }
    List<Subresource.Other> out = new ArrayList<>();
    drafts.forEach((sub, d) -> out.add(
        new Subresource.Other(sub, d.verbs(), Optional.ofNullable(d.input()[0]), d.result())));
    return out;
  }

  private static boolean isClassType(TypeMirror t) {
    return t.getKind() == TypeKind.VOID || t.getKind() == TypeKind.DECLARED;
  }
}
