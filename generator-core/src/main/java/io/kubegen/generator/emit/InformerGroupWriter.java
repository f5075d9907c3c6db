package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.InformerTypes.BASE_FACTORY;
import static io.kubegen.generator.emit.InformerTypes.DURATION;
import static io.kubegen.generator.emit.InformerTypes.FACTORY_OPTIONS;
import static io.kubegen.generator.emit.InformerTypes.OBJECTS;
import static io.kubegen.generator.emit.InformerTypes.RESOURCE_CLIENT_FACTORY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.naming.GroupNames;
import io.kubegen.generator.naming.PackageLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the chain {@code factory.apps().v1().deployments()}: the generated {@code
 * B.informers.SharedInformerFactory}, one {@code B.informers.<group>.<Group>Informers} per group
 * with a method per version, one {@code B.informers.<group>.<version>.<Group><Version>Informers}
 * per group version with a method per resource. Groups and versions without cached resources are
 * left out. The factory registers every resource for {@code forResource(gvr)}.
 */
final class InformerGroupWriter {
  /** Methods of the runtime's factory base (and ours) that a group accessor must not override. */
  private static final Set<String> FACTORY_MEMBERS = Set.of(
      "options", "namespace", "tweakListOptions", "resyncPeriodFor", "informerFor",
      "registerResource", "forResource", "start", "waitForCacheSync", "shutdown", "close", "create");

  private final PackageLayout layout;
  private final GroupNames groups;
  private final EmitContext context;
  /** Cached resources by group, then version, in model order. */
  private final Map<String, Map<String, List<ListerResource>>> tree = new LinkedHashMap<>();

  InformerGroupWriter(EmitContext context, List<ListerResource> resources) {
    this.context = context;
    this.layout = context.layout();
    this.groups = layout.groups();
    for (ListerResource r : resources) {
      tree.computeIfAbsent(r.group(), g -> new LinkedHashMap<>())
          .computeIfAbsent(r.version(), v -> new ArrayList<>())
          .add(r);
    }
  }

  List<JavaFile> files() {
    List<JavaFile> files = new ArrayList<>();
    files.add(GeneratedSources.file(layout.informersPackage(), factory()));
    for (Map.Entry<String, Map<String, List<ListerResource>>> g : tree.entrySet()) {
      files.add(GeneratedSources.file(groupClass(g.getKey()).packageName(),
          group(g.getKey(), g.getValue().keySet())));
      for (Map.Entry<String, List<ListerResource>> v : g.getValue().entrySet()) {
        ClassName name = versionClass(g.getKey(), v.getKey());
        for (ListerResource r : v.getValue()) {
          if (r.informer().equals(name)) {
            throw new IllegalArgumentException("[informers] kind '" + r.resource().kind()
                + "' would generate '" + name + "', the class of its group version: rename it");
          }
        }
        files.add(GeneratedSources.file(name.packageName(), version(name, v.getValue())));
      }
    }
    return files;
  }

  private TypeSpec factory() {
    ClassName self = ClassName.get(layout.informersPackage(), "SharedInformerFactory");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RESOURCE_CLIENT_FACTORY, "clients")
        .addParameter(FACTORY_OPTIONS, "options")
        .addStatement("super(options)")
        .addStatement("this.clients = $T.requireNonNull(clients, $S)", OBJECTS, "clients");
    for (Map.Entry<String, Map<String, List<ListerResource>>> g : tree.entrySet()) {
      for (Map.Entry<String, List<ListerResource>> v : g.getValue().entrySet()) {
        for (ListerResource r : v.getValue()) {
          constructor.addStatement("registerResource($T.RESOURCE, () -> $N().$N().$N().informer())",
              r.informer(), groupAccessor(g.getKey()), versionAccessor(v.getKey()), r.accessor());
        }
      }
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(BASE_FACTORY)
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addJavadoc("Shares one informer per resource among all its users, for every resource of"
            + " this API,\nas client-go's informer-gen factory: {@code"
            + " factory.<group>().<version>().<resource>()}.\n")
        .addJavadoc("\n<p>Ask for the informers you need, add handlers, then {@link #start()} and"
            + " {@link #waitForCacheSync};\n{@link #shutdown()} stops them all."
            + " {@link #forResource} finds an informer by resource.\n")
        .addField(RESOURCE_CLIENT_FACTORY, "clients", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor.build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A factory whose informers watch all namespaces, without resync.\n\n")
            .addJavadoc("@param clients what informers list and watch through: a clientset's, or"
                + " a fake one's\n")
            .addParameter(RESOURCE_CLIENT_FACTORY, "clients")
            .returns(self)
            .addStatement("return new $T(clients, $T.defaults())", self, FACTORY_OPTIONS)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A factory whose informers watch all namespaces, with this resync period,"
                + " as client-go's\n{@code NewSharedInformerFactory}.\n\n")
            .addJavadoc("@param clients what informers list and watch through\n")
            .addJavadoc("@param defaultResync resync period of informers; zero for none\n")
            .addParameter(RESOURCE_CLIENT_FACTORY, "clients")
            .addParameter(DURATION, "defaultResync")
            .returns(self)
            .addStatement("return new $T(clients, $T.builder().withDefaultResync(defaultResync)"
                + ".build())", self, FACTORY_OPTIONS)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A factory with these options (namespace, list options tweak, transform,"
                + " default and per-type\nresync), as client-go's {@code"
                + " NewSharedInformerFactoryWithOptions}.\n\n")
            .addJavadoc("@param clients what informers list and watch through\n")
            .addJavadoc("@param options built with {@code SharedInformerOptions.builder()}\n")
            .addParameter(RESOURCE_CLIENT_FACTORY, "clients")
            .addParameter(FACTORY_OPTIONS, "options")
            .returns(self)
            .addStatement("return new $T(clients, options)", self)
            .build());
    for (String group : tree.keySet()) {
      ClassName groupClass = groupClass(group);
      type.addMethod(MethodSpec.methodBuilder(groupAccessor(group))
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("{@link $T}: the informers of one group, by version.\n", groupClass)
          .returns(groupClass)
          .addStatement("return new $T(this, clients)", groupClass)
          .build());
    }
    return type.build();
  }

  private TypeSpec group(String group, Set<String> versions) {
    ClassName self = groupClass(group);
    TypeSpec.Builder type = holder(self, "The informers of one group, by version.\n");
    for (String version : versions) {
      ClassName versionClass = versionClass(group, version);
      type.addMethod(MethodSpec.methodBuilder(versionAccessor(version))
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("{@link $T}: the informers of one group version, by resource.\n", versionClass)
          .returns(versionClass)
          .addStatement("return new $T(factory, clients)", versionClass)
          .build());
    }
    return type.build();
  }

  private TypeSpec version(ClassName self, List<ListerResource> resources) {
    TypeSpec.Builder type = holder(self, "The informers of one group version, by resource.\n");
    for (ListerResource r : resources) {
      type.addMethod(MethodSpec.methodBuilder(r.accessor())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("{@link $T}: the shared informer and lister of one resource.\n", r.informer())
          .returns(r.informer())
          .addStatement("return new $T(factory, clients)", r.informer())
          .build());
    }
    return type.build();
  }

  /** A final class holding the factory and the clients, with a public constructor. */
  private static TypeSpec.Builder holder(ClassName self, String doc) {
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addJavadoc(doc)
        .addField(BASE_FACTORY, "factory", Modifier.PRIVATE, Modifier.FINAL)
        .addField(RESOURCE_CLIENT_FACTORY, "clients", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The informers of {@code factory}, listing and watching through {@code"
                + " clients};\nthe generated {@code SharedInformerFactory} makes these.\n")
            .addParameter(BASE_FACTORY, "factory")
            .addParameter(RESOURCE_CLIENT_FACTORY, "clients")
            .addStatement("this.factory = $T.requireNonNull(factory, $S)", OBJECTS, "factory")
            .addStatement("this.clients = $T.requireNonNull(clients, $S)", OBJECTS, "clients")
            .build());
  }

  private ClassName groupClass(String group) {
    return ClassName.get(layout.informersPackage() + "." + groups.packageSegment(group),
        groups.groupPrefix(group) + "Informers");
  }

  private ClassName versionClass(String group, String version) {
    return ClassName.get(layout.informerPackage(group, version),
        groups.groupVersionPrefix(group, version) + "Informers");
  }

  private String groupAccessor(String group) {
    return ListerResource.member(groups.accessor(group), ListerResource.OBJECT_METHODS,
        FACTORY_MEMBERS);
  }

  private String versionAccessor(String version) {
    return ListerResource.member(context.naming().versionSegment(version),
        ListerResource.OBJECT_METHODS);
  }
}
