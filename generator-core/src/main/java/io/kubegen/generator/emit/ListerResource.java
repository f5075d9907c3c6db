package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.PackageLayout;
import io.kubegen.generator.types.JavaTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the lister and informer emitters agree on for one cached resource: its model classes,
 * the generated lister, namespace lister, expansion and informer classes, and its accessor
 * ({@code deployments}). Only resources that serve both {@code list} and {@code watch} are cached,
 * since an informer needs both (client-go's informer-gen asks the same).
 *
 * @param accessor the resource's method name in listers and in the version's informer group,
 *     never one of the names those classes already use
 * @param deprecated the object or list type is deprecated, so generated code that names it
 *     suppresses the warning
 */
record ListerResource(
    String group,
    String version,
    Resource resource,
    ClassName model,
    ClassName modelList,
    ClassName lister,
    ClassName namespaceLister,
    ClassName listerExpansion,
    ClassName namespaceListerExpansion,
    ClassName informer,
    String accessor,
    boolean deprecated) {

  /** Members of {@code java.lang.Object} that no generated method may be named after. */
  static final Set<String> OBJECT_METHODS = Set.of(
      "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString",
      "wait");

  /** Names a lister interface declares itself, besides the accessor. */
  private static final Set<String> LISTER_MEMBERS = Set.of("list", "get", "of", "RESOURCE");

  /** Whether a resource gets a lister and an informer. */
  static boolean cached(Resource r) {
    return r.verbs().contains(Verb.LIST) && r.verbs().contains(Verb.WATCH);
  }

  /**
   * Every cached resource of the context's model, in model order (group, version, kind).
   *
   * @throws IllegalArgumentException if two kinds of one group version would get the same class
   *     or accessor name
   */
  static List<ListerResource> all(EmitContext context) {
    PackageLayout layout = context.layout();
    JavaTypes types = new JavaTypes(id -> layout.modelClass(id.group(), id.version(), id.name()));
    List<ListerResource> all = new ArrayList<>();
    for (ApiGroup g : context.model().groups()) {
      for (ApiVersion v : g.versions()) {
        Map<String, String> classes = new HashMap<>();
        Map<String, String> accessors = new HashMap<>();
        for (Resource r : v.resources()) {
          if (!cached(r)) {
            continue;
          }
          String listerPackage = layout.listerPackage(g.name(), v.name());
          String informerPackage = layout.informerPackage(g.name(), v.name());
          String type = context.naming().typeName(r.kind());
          String accessor = member(context.naming().resourceAccessor(r.kind()),
              OBJECT_METHODS, LISTER_MEMBERS);
          ListerResource lr = new ListerResource(
              g.name(),
              v.name(),
              r,
              (ClassName) types.of(r.objectType()),
              (ClassName) types.of(r.listType()),
              ClassName.get(listerPackage, type + "Lister"),
              r.namespaced() ? ClassName.get(listerPackage, type + "NamespaceLister") : null,
              ClassName.get(listerPackage, type + "ListerExpansion"),
              r.namespaced() ? ClassName.get(listerPackage, type + "NamespaceListerExpansion") : null,
              ClassName.get(informerPackage, type + "Informer"),
              accessor,
              Deprecations.deprecated(context, r.objectType())
                  || Deprecations.deprecated(context, r.listType()));
          for (ClassName c : lr.classes()) {
            claim(classes, c.canonicalName(), r.kind(), g.name(), v.name());
          }
          claim(accessors, accessor, r.kind(), g.name(), v.name());
          all.add(lr);
        }
      }
    }
    return List.copyOf(all);
  }

  /** The GroupResource of NotFound errors: {@code new GroupResource("apps", "deployments")}. */
  CodeBlock groupResource() {
    return CodeBlock.of("new $T($S, $S)", InformerTypes.GROUP_RESOURCE, group, resource.plural());
  }

  /** The GroupVersionResource: {@code new GroupVersionResource("apps", "v1", "deployments")}. */
  CodeBlock groupVersionResource() {
    return CodeBlock.of("new $T($S, $S, $S)", InformerTypes.GROUP_VERSION_RESOURCE, group, version,
        resource.plural());
  }

  /** How errors and docs name the resource: {@code deployments.apps/v1}. */
  String displayName() {
    return resource.plural() + (group.isEmpty() ? "" : "." + group) + "/" + version;
  }

  boolean namespaced() {
    return resource.namespaced();
  }

  /** Adds {@code @SuppressWarnings("deprecation")} when the model types are deprecated. */
  TypeSpec.Builder suppressDeprecation(TypeSpec.Builder type) {
    return Deprecations.suppressIf(deprecated, type);
  }

  private List<ClassName> classes() {
    List<ClassName> classes = new ArrayList<>(List.of(lister, listerExpansion, informer));
    if (namespaceLister != null) {
      classes.add(namespaceLister);
      classes.add(namespaceListerExpansion);
    }
    return classes;
  }

  /** {@code name}, or {@code name_} when one of the reserved sets holds it. */
  @SafeVarargs
  static String member(String name, Set<String>... reserved) {
    for (Set<String> r : reserved) {
      if (r.contains(name)) {
        return name + "_";
      }
    }
    return name;
  }

  private static void claim(Map<String, String> taken, String name, String kind, String group,
      String version) {
    String previous = taken.putIfAbsent(name, kind);
    if (previous != null) {
      throw new IllegalArgumentException("[listers] kinds '" + previous + "' and '" + kind
          + "' of " + (group.isEmpty() ? "core" : group) + "/" + version + " would both generate '"
          + name + "': add a plural exception or rename one of them");
    }
  }
}
