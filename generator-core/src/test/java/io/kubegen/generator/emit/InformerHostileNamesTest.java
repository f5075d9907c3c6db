package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names that would clash with the factory's, {@code Object}'s or {@code java.lang}'s are renamed,
 * deprecated model types are used without warnings, users' own classes are referred to as they
 * are, and names that cannot be told apart fail early with a message naming both kinds.
 */
class InformerHostileNamesTest {

  private static Map<String, String> emit(ApiModel model, Naming naming) {
    EmitContext context = EmitContext.of(model, naming, InformerTestModels.BASE);
    List<JavaFile> files = new ArrayList<>(new ListerEmitter().emit(context));
    files.addAll(new InformerEmitter().emit(context));
    Map<String, String> sources = new TreeMap<>();
    files.forEach(f -> sources.put(f.packageName() + "." + f.typeSpec().name(), f.toString()));
    return sources;
  }

  @Test
  void hostileNamesAreRenamedAndCompileWithoutWarnings() {
    EmitContext context =
        EmitContext.of(InformerTestModels.hostile(), InformerTestModels.naming(), InformerTestModels.BASE);
    Map<String, String> sources = emit(InformerTestModels.hostile(), InformerTestModels.naming());

    String factory = sources.get("io.acme.informers.SharedInformerFactory");
    assertTrue(factory.contains("public StartInformers start_() {"), factory);
    assertTrue(factory.contains("public OptionsInformers options_() {"), factory);
    assertTrue(factory.contains("() -> start_().wait_().objects().informer()"), factory);
    assertTrue(factory.contains("() -> options_().v1().wait_().informer()"), factory);
    assertTrue(sources.get("io.acme.informers.start.StartInformers")
        .contains("public StartWaitInformers wait_() {"));
    assertTrue(sources.containsKey("io.acme.listers.start.wait.Object_Lister"), sources.keySet().toString());
    assertTrue(sources.containsKey("io.acme.informers.start.wait.Class_Informer"));
    assertTrue(sources.get("io.acme.listers.start.wait.Class_Lister")
            .contains("new GroupResource(\"start.example.com\", \"cla\\\"sses*/\\\\u000a\\n\")"),
        sources.get("io.acme.listers.start.wait.Class_Lister"));
    assertTrue(sources.get("io.acme.listers.options.v1.NoteLister")
        .contains("@SuppressWarnings(\"deprecation\")"));
    assertTrue(sources.get("io.acme.informers.options.v1.WidgetInformer")
        .contains("import com.user.Widget;"));

    List<JavaFileObject> files = new ArrayList<>();
    List<JavaFile> emitted = new ArrayList<>(new ListerEmitter().emit(context));
    emitted.addAll(new InformerEmitter().emit(context));
    emitted.forEach(f -> files.add(f.toJavaFileObject()));
    files.addAll(InformerTestModels.modelSources(context));
    InformerRunTest.compileStrictly(files);
  }

  @Test
  void kindsThatWouldShareAClassFailNamingBoth() {
    ApiModel model = ApiModel.of(List.of(ApiGroup.of("apps", List.of(ApiVersion.of("v1",
        List.of(resource("Foo"), resource("FooNamespace")),
        List.of(object("Foo"), list("Foo"), object("FooNamespace"), list("FooNamespace")))))));
    EmitContext context = EmitContext.of(model, Naming.defaults(), "io.acme");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ListerEmitter().emit(context));
    assertEquals("[listers] kinds 'Foo' and 'FooNamespace' of apps/v1 would both generate"
        + " 'io.acme.listers.apps.v1.FooNamespaceLister': add a plural exception or rename one of"
        + " them", e.getMessage());
  }

  @Test
  void informersNeedTheListers() {
    EmitContext all = EmitContext.of(InformerTestModels.sample(), Naming.defaults(), "io.acme");
    EmitContext noListers = new EmitContext(all.model(), all.naming(), all.layout(),
        Set.of("models", "informers"), Set.of());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new InformerEmitter().emit(noListers));
    assertTrue(e.getMessage().startsWith("[informers]"), e.getMessage());
  }

  private static Resource resource(String kind) {
    return Resource.builder("apps", "v1", kind, kind.toLowerCase() + "s")
        .verbs(Verb.LIST, Verb.WATCH).build();
  }

  private static ObjectDef object(String kind) {
    return ObjectDef.of(kind, List.of(Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META))));
  }

  private static ObjectDef list(String kind) {
    return ObjectDef.resourceList(kind + "List", TypeId.of("apps", "v1", kind));
  }
}
