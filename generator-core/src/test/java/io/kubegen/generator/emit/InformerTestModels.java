package io.kubegen.generator.emit;

import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * Hand-built models for the lister and informer emitters, and hand-written stand-ins for the model
 * classes the models emitter would write (so these tests depend on no other emitter).
 */
final class InformerTestModels {
  static final String BASE = "io.acme";

  /** A plural no apiserver would serve, that a reader might still pass on: only ever a literal. */
  static final String HOSTILE_PLURAL = "cla\"sses*/\\u000a\n";

  private InformerTestModels() {}

  /**
   * Two groups: apps/v1 Deployment (namespaced), core/v1 Namespace (cluster-scoped), and core/v1
   * Binding, which serves neither list nor watch and so gets no lister or informer.
   */
  static ApiModel sample() {
    Resource deployments = Resource.builder("apps", "v1", "Deployment", "deployments")
        .verbs(Verb.values())
        .build();
    Resource namespaces = Resource.builder("", "v1", "Namespace", "namespaces")
        .scope(Scope.CLUSTER)
        .verbs(Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE, Verb.DELETE)
        .build();
    Resource bindings = Resource.builder("", "v1", "Binding", "bindings")
        .verbs(Verb.CREATE)
        .build();
    return ApiModel.of(List.of(
        ApiGroup.of("apps", List.of(version("apps", "v1", List.of(deployments), false))),
        ApiGroup.of("", List.of(version("", "v1", List.of(namespaces, bindings), false)))));
  }

  /**
   * Names that must not break the output: a group whose accessor would be the factory's {@code
   * start}, a version named like {@code Object.wait}, kinds named like {@code java.lang} classes,
   * a kind whose accessor would be {@code wait} (with {@link #naming()}), deprecated types, and a
   * user's own (POJO) classes.
   */
  static ApiModel hostile() {
    Resource objects = Resource.builder("start.example.com", "wait", "Object", "objects")
        .scope(Scope.CLUSTER)
        .verbs(Verb.LIST, Verb.WATCH, Verb.GET)
        .build();
    Resource classes = Resource.builder("start.example.com", "wait", "Class", HOSTILE_PLURAL)
        .verbs(Verb.LIST, Verb.WATCH)
        .build();
    Resource notes = Resource.builder("options.example.com", "v1", "Note", "notes")
        .verbs(Verb.LIST, Verb.WATCH)
        .build();
    Resource widgets = Resource.builder("options.example.com", "v1", "Widget", "widgets")
        .verbs(Verb.LIST, Verb.WATCH)
        .objectType(TypeRef.ExistingClassRef.of("com.user", "Widget"))
        .listType(TypeRef.ExistingClassRef.of("com.user", "WidgetList"))
        .build();
    ApiVersion optionsV1 = version("options.example.com", "v1", List.of(notes), true);
    return ApiModel.of(List.of(
        ApiGroup.of("start.example.com",
            List.of(version("start.example.com", "wait", List.of(objects, classes), false))),
        ApiGroup.of("options.example.com", List.of(ApiVersion.of("v1",
            List.of(notes, widgets), optionsV1.types())))));
  }

  static Naming naming() {
    // A plural exception turns Note's accessor into Object's "wait".
    return Naming.builder().pluralException("Note", "Wait").build();
  }

  private static ApiVersion version(String group, String version, List<Resource> resources,
      boolean deprecated) {
    List<TypeDef> types = new ArrayList<>();
    for (Resource r : resources) {
      types.add(new ObjectDef(r.kind(), "",
          List.of(Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META))), Optional.empty(),
          false, deprecated));
      ObjectDef list = ObjectDef.resourceList(r.listKind(), TypeId.of(group, version, r.kind()));
      types.add(new ObjectDef(list.name(), "", list.properties(), Optional.empty(), false,
          deprecated));
    }
    return ApiVersion.of(version, resources, types);
  }

  /** Stand-ins for the generated model classes of every resource of {@code model}. */
  static List<JavaFileObject> modelSources(EmitContext context) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (ListerResource r : ListerResource.all(context)) {
      sources.add(objectSource(r.model(), r.deprecated()));
      sources.add(listSource(r.modelList(), r.model(), r.deprecated()));
    }
    return sources;
  }

  private static JavaFileObject objectSource(ClassName name, boolean deprecated) {
    String text = "package " + name.packageName() + ";\n"
        + "import io.kubegen.runtime.api.KubernetesObject;\n"
        + "import io.kubegen.runtime.api.ObjectMeta;\n"
        + (deprecated ? "@Deprecated\n" : "")
        + "public final class " + name.simpleName() + " implements KubernetesObject {\n"
        + "  private String apiVersion;\n"
        + "  private String kind;\n"
        + "  private ObjectMeta metadata;\n"
        + "  @Override public String getApiVersion() { return apiVersion; }\n"
        + "  @Override public void setApiVersion(String apiVersion) { this.apiVersion = apiVersion; }\n"
        + "  @Override public String getKind() { return kind; }\n"
        + "  @Override public void setKind(String kind) { this.kind = kind; }\n"
        + "  @Override public ObjectMeta getMetadata() { return metadata; }\n"
        + "  @Override public void setMetadata(ObjectMeta metadata) { this.metadata = metadata; }\n"
        + "}\n";
    return JavaFileObjects.forSourceString(name.canonicalName(), text);
  }

  private static JavaFileObject listSource(ClassName name, ClassName item, boolean deprecated) {
    String text = "package " + name.packageName() + ";\n"
        + "import io.kubegen.runtime.api.KubernetesListObject;\n"
        + "import io.kubegen.runtime.api.ListMeta;\n"
        + "import java.util.List;\n"
        + (deprecated ? "@Deprecated\n@SuppressWarnings(\"deprecation\")\n" : "")
        + "public final class " + name.simpleName() + " implements KubernetesListObject<"
        + item.simpleName() + "> {\n"
        + "  private String apiVersion;\n"
        + "  private String kind;\n"
        + "  private ListMeta metadata;\n"
        + "  private List<" + item.simpleName() + "> items;\n"
        + "  @Override public String getApiVersion() { return apiVersion; }\n"
        + "  @Override public void setApiVersion(String apiVersion) { this.apiVersion = apiVersion; }\n"
        + "  @Override public String getKind() { return kind; }\n"
        + "  @Override public void setKind(String kind) { this.kind = kind; }\n"
        + "  @Override public ListMeta getMetadata() { return metadata; }\n"
        + "  @Override public void setMetadata(ListMeta metadata) { this.metadata = metadata; }\n"
        + "  @Override public List<" + item.simpleName() + "> getItems() { return items; }\n"
        + "  @Override public void setItems(List<" + item.simpleName() + "> items) {"
        + " this.items = items; }\n"
        + "}\n";
    return JavaFileObjects.forSourceString(name.canonicalName(), text);
  }
}
