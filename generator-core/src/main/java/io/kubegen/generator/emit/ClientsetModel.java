package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.naming.GroupNames;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.naming.PackageLayout;
import io.kubegen.generator.types.JavaTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clientset's view of a model, named once for both clientset emitters: the group-versions that
 * serve resources (in model order: core first, groups by name, versions by priority), their
 * accessors and classes, and per resource its accessor and Java types. Accessors that would clash
 * (two kinds with one plural, a name the generated type uses itself) get the smallest free number,
 * deterministically.
 */
final class ClientsetModel {
  /** Names that generated interfaces use themselves, or that {@code Object} declares. */
  private static final Set<String> RESERVED =
      Set.of("create", "discovery", "equals", "hashCode", "toString", "getClass", "notify",
          "notifyAll", "wait", "clone", "finalize");

  /** One group-version with resources. */
  record GroupVersionView(
      String group, String version, String accessor, ClassName client, ClassName clientImpl,
      List<ResourceView> resources) {

    /** Whether any resource's model types are deprecated. */
    boolean deprecated() {
      return resources.stream().anyMatch(ResourceView::deprecated);
    }
  }

  /** One resource of a group-version. */
  record ResourceView(
      Resource resource, String group, String version, String accessor, ClassName object,
      ClassName list, ClassName client, ClassName expansion,
      boolean userExpansion, boolean deprecated) {}

  private final List<GroupVersionView> groupVersions;
  private final ClassName clientset;
  private final ClassName clientsetImpl;
  private final ClassName fakeClientset;
  private final ClassName fakeDiscovery;

  private ClientsetModel(EmitContext context) {
    PackageLayout layout = context.layout();
    Naming naming = context.naming();
    GroupNames groups = layout.groups();
    JavaTypes types = new JavaTypes(id -> layout.modelClass(id.group(), id.version(), id.name()));
    List<GroupVersionView> views = new ArrayList<>();
    Set<String> gvAccessors = new HashSet<>(RESERVED);
    for (ApiGroup g : context.model().groups()) {
      for (ApiVersion v : g.versions()) {
        if (v.resources().isEmpty()) {
          continue;
        }
        String pkg = layout.typedClientPackage(g.name(), v.name());
        String prefix = groups.groupVersionPrefix(g.name(), v.name());
        Set<String> accessors = new HashSet<>(RESERVED);
        List<ResourceView> resources = new ArrayList<>();
        for (Resource r : v.resources()) {
          String base = naming.typeName(r.kind());
          base = base.endsWith("_") ? base.substring(0, base.length() - 1) : base;
          ClassName expansion = ClassName.get(pkg, base + "Expansion");
          resources.add(new ResourceView(
              r, g.name(), v.name(), unique(naming.resourceAccessor(r.kind()), accessors),
              classOf(types.of(r.objectType()), r), classOf(types.of(r.listType()), r),
              ClassName.get(pkg, base + "Client"), expansion, context.userTypes().contains(expansion.canonicalName()),
              Deprecations.deprecated(context, r.objectType())
                  || Deprecations.deprecated(context, r.listType())));
        }
        views.add(new GroupVersionView(
            g.name(), v.name(), unique(groups.groupVersionAccessor(g.name(), v.name()), gvAccessors),
            ClassName.get(pkg, prefix + "Client"), ClassName.get(pkg, prefix + "ClientImpl"),
            List.copyOf(resources)));
      }
    }
    this.groupVersions = List.copyOf(views);
    this.clientset = ClassName.get(layout.clientsetPackage(), "Clientset");
    this.clientsetImpl = ClassName.get(layout.clientsetPackage(), "ClientsetImpl");
    this.fakeClientset = ClassName.get(layout.fakeClientsetPackage(), "FakeClientset");
    this.fakeDiscovery = ClassName.get(layout.fakeClientsetPackage(), "FakeDiscovery");
  }

  static ClientsetModel of(EmitContext context) {
    return new ClientsetModel(context);
  }

  List<GroupVersionView> groupVersions() {
    return groupVersions;
  }

  ClassName clientset() {
    return clientset;
  }

  ClassName clientsetImpl() {
    return clientsetImpl;
  }

  ClassName fakeClientset() {
    return fakeClientset;
  }

  ClassName fakeDiscovery() {
    return fakeDiscovery;
  }

  /** Whether any resource's model types are deprecated. */
  boolean deprecated() {
    return groupVersions.stream().anyMatch(GroupVersionView::deprecated);
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  private static ClassName classOf(TypeName type, Resource r) {
    if (type instanceof ClassName c) {
      return c;
    }
    throw new IllegalArgumentException(
        "the Java type of kind '" + r.kind() + "' is " + type + ", not a class");
  }
}
