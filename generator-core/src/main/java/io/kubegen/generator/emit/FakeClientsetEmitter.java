package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.ClientsetRuntime.API_EXCEPTION;
import static io.kubegen.generator.emit.ClientsetRuntime.API_GROUP;
import static io.kubegen.generator.emit.ClientsetRuntime.API_GROUP_LIST;
import static io.kubegen.generator.emit.ClientsetRuntime.API_RESOURCE;
import static io.kubegen.generator.emit.ClientsetRuntime.API_RESOURCE_LIST;
import static io.kubegen.generator.emit.ClientsetRuntime.DISCOVERY_INTERFACE;
import static io.kubegen.generator.emit.ClientsetRuntime.FAKE;
import static io.kubegen.generator.emit.ClientsetRuntime.GROUP_VERSION;
import static io.kubegen.generator.emit.ClientsetRuntime.GROUP_VERSION_FOR_DISCOVERY;
import static io.kubegen.generator.emit.ClientsetRuntime.GROUP_VERSION_KIND;
import static io.kubegen.generator.emit.ClientsetRuntime.GROUP_VERSION_RESOURCE;
import static io.kubegen.generator.emit.ClientsetRuntime.KUBERNETES_OBJECT;
import static io.kubegen.generator.emit.ClientsetRuntime.OBJECT_TRACKER;
import static io.kubegen.generator.emit.ClientsetRuntime.RUNTIME_SCHEME;
import static io.kubegen.generator.emit.ClientsetRuntime.STATUS;
import static io.kubegen.generator.emit.ClientsetRuntime.VERSION_INFO;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.emit.ClientsetModel.GroupVersionView;
import io.kubegen.generator.emit.ClientsetModel.ResourceView;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The fake clientset (artifact kind {@code fake}), as client-gen's {@code fake} package:
 *
 * <ul>
 *   <li>{@code B.clientset.fake.FakeClientset implements Clientset}, seeded with objects at
 *       construction ({@code FakeClientset.create(objects...)}, client-go's
 *       {@code NewSimpleClientset}), with {@code tracker()}, {@code fake()} (reactors, actions) and
 *       {@code scheme()} (this clientset's kinds and resources);
 *   <li>{@code B.clientset.fake.FakeDiscovery}: a {@code Discovery} that answers from the model's
 *       group-versions and resources.
 * </ul>
 *
 * <p>The fake has no per-resource code of its own: its typed clients are the very ones
 * {@link ClientsetEmitter} generates, made over the runtime's {@code testing.Fake}, which is a
 * {@code ResourceClientFactory} over an object tracker (its contract: {@link ClientsetRuntime}).
 */
public final class FakeClientsetEmitter implements Emitter {
  private static final String FAKE_VERSION = "v0.0.0-kubegen-fake";

  @Override
  public String kind() {
    return "fake";
  }

  @Override
  public List<JavaFile> emit(EmitContext context) {
    Objects.requireNonNull(context, "context");
    ClientsetModel model = ClientsetModel.of(context);
    String pkg = context.layout().fakeClientsetPackage();
    return List.of(
        GeneratedSources.file(pkg, fakeClientset(model)),
        GeneratedSources.file(pkg, fakeDiscovery(model)));
  }

  // ---------------------------------------------------------------- FakeClientset

  private static TypeSpec fakeClientset(ClientsetModel model) {
    ClassName self = model.fakeClientset();
    TypeSpec.Builder type = Deprecations.suppressIf(model.deprecated(), TypeSpec.classBuilder(self))
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(model.clientset())
        .addJavadoc("A {@link $T} over an in-memory object tracker, for unit tests without a server, "
            + "as client-go's\nfake clientset. Its typed clients are the generated ones, over the "
            + "tracker instead of HTTP;\ninject errors and read the actions through {@link #fake()}.\n",
            model.clientset())
        .addField(FAKE, "fake", Modifier.PRIVATE, Modifier.FINAL)
        .addField(DISCOVERY_INTERFACE, "discovery", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(FAKE, "fake")
        .addStatement("this.fake = $T.requireNonNull(fake, $S)", Objects.class, "fake")
        .addStatement("this.discovery = new $T()", model.fakeDiscovery());
    List<MethodSpec> accessors = new ArrayList<>();
    for (GroupVersionView gv : model.groupVersions()) {
      type.addField(gv.client(), gv.accessor(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = $T.create(fake)", gv.accessor(), gv.client());
      accessors.add(MethodSpec.methodBuilder(gv.accessor())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(gv.client())
          .addStatement("return this.$N", gv.accessor())
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(ArrayTypeName.of(KUBERNETES_OBJECT), "objects")
        .varargs(true)
        .addJavadoc("A fake clientset whose tracker holds {@code objects}, as client-go's "
            + "{@code NewSimpleClientset}.\nEach object needs its apiVersion, kind and name (and "
            + "namespace, when namespaced).\n")
        .addStatement("return new $T($T.withObjects(scheme(), (Object[]) objects))", self, FAKE)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(FAKE, "fake")
        .addJavadoc("A fake clientset over a {@code Fake} you built (say, over {@link #scheme()} "
            + "plus kinds of your own).\n")
        .addStatement("return new $T(fake)", self)
        .build());
    type.addMethod(scheme(model));
    type.addMethod(MethodSpec.methodBuilder("fake")
        .addModifiers(Modifier.PUBLIC)
        .returns(FAKE)
        .addJavadoc("The fake underneath: its reactors inject errors, its actions record every "
            + "call.\n")
        .addStatement("return this.fake")
        .build());
    type.addMethod(MethodSpec.methodBuilder("tracker")
        .addModifiers(Modifier.PUBLIC)
        .returns(OBJECT_TRACKER)
        .addJavadoc("The object tracker that stores this clientset's objects.\n")
        .addStatement("return this.fake.tracker()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("discovery")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(DISCOVERY_INTERFACE)
        .addStatement("return this.discovery")
        .build());
    return type.addMethods(accessors).build();
  }

  /** Registers each resource's object and list kinds and its resource mapping. */
  private static MethodSpec scheme(ClientsetModel model) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("scheme")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RUNTIME_SCHEME)
        .addJavadoc("A new scheme with the runtime's meta types and the kinds and resources of this "
            + "clientset.\n")
        .addStatement("$T scheme = $T.withMetaTypes()", RUNTIME_SCHEME, RUNTIME_SCHEME);
    for (GroupVersionView gv : model.groupVersions()) {
      for (ResourceView r : gv.resources()) {
        Resource res = r.resource();
        CodeBlock kind = CodeBlock.of("new $T($S, $S, $S)", GROUP_VERSION_KIND, r.group(), r.version(), res.kind());
        CodeBlock listKind = CodeBlock.of("new $T($S, $S, $S)", GROUP_VERSION_KIND, r.group(), r.version(), res.listKind());
        method.addStatement("scheme.addKnownType($L, $T.class)", kind, r.object());
        method.addStatement("scheme.addKnownType($L, $T.class)", listKind, r.list());
        method.addStatement("scheme.addResource(new $T($S, $S, $S), $L, $L, $L)",
            GROUP_VERSION_RESOURCE, r.group(), r.version(), res.plural(), kind, listKind,
            res.namespaced());
      }
    }
    return method.addStatement("return scheme").build();
  }

  // ---------------------------------------------------------------- FakeDiscovery

  private static TypeSpec fakeDiscovery(ClientsetModel model) {
    TypeName resourceLists = ParameterizedTypeName.get(ClassName.get(Map.class), GROUP_VERSION, API_RESOURCE_LIST);
    TypeSpec.Builder type = TypeSpec.classBuilder(model.fakeDiscovery())
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(DISCOVERY_INTERFACE)
        .addJavadoc("A {@code Discovery} that answers from the generated model, as client-go's "
            + "{@code FakeDiscovery}:\nthe server groups are the clientset's group-versions, each "
            + "with its resources, subresources and verbs.\nImmutable and thread-safe.\n")
        .addField(FieldSpec.builder(API_GROUP_LIST, "groups", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(resourceLists, "resources", Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Discovery of this clientset's group-versions.\n")
        .addStatement("$T<$T, $T> resources = new $T<>()", Map.class, GROUP_VERSION, API_RESOURCE_LIST,
            LinkedHashMap.class);
    Map<String, List<GroupVersionView>> byGroup = new LinkedHashMap<>();
    for (GroupVersionView gv : model.groupVersions()) {
      byGroup.computeIfAbsent(gv.group(), g -> new ArrayList<>()).add(gv);
      constructor.addStatement("resources.put(new $T($S, $S), $T.of(new $T($S, $S), $T.of($L)))",
          GROUP_VERSION, gv.group(), gv.version(), API_RESOURCE_LIST, GROUP_VERSION, gv.group(),
          gv.version(), List.class, apiResources(gv));
    }
    constructor.addStatement("this.resources = $T.copyOf(resources)", Map.class);
    List<CodeBlock> groups = new ArrayList<>();
    for (Map.Entry<String, List<GroupVersionView>> e : byGroup.entrySet()) {
      List<CodeBlock> versions = new ArrayList<>();
      for (GroupVersionView gv : e.getValue()) {
        versions.add(groupVersionForDiscovery(gv.group(), gv.version()));
      }
      // The model orders versions by priority, so the first is the preferred one, as on a server.
      GroupVersionView preferred = e.getValue().get(0);
      groups.add(CodeBlock.of("new $T($S, $T.of($L), $L, $T.of())", API_GROUP, e.getKey(), List.class,
          CodeBlock.join(versions, ", "), groupVersionForDiscovery(preferred.group(), preferred.version()),
          List.class));
    }
    constructor.addStatement("this.groups = new $T($S, $S, $T.of($L))", API_GROUP_LIST, "APIGroupList",
        "v1", List.class, CodeBlock.join(groups, ",\n"));
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("serverVersion")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(VERSION_INFO)
        .addJavadoc("A fixed version, {@code $L}.\n", FAKE_VERSION)
        .addStatement("return new $T($S, $S, $S, null, null, null, null, null, null)", VERSION_INFO,
            "0", "0", FAKE_VERSION)
        .build());
    type.addMethod(MethodSpec.methodBuilder("serverGroups")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(API_GROUP_LIST)
        .addStatement("return this.groups")
        .build());
    type.addMethod(MethodSpec.methodBuilder("serverResourcesForGroupVersion")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(API_RESOURCE_LIST)
        .addParameter(GROUP_VERSION, "groupVersion")
        .addJavadoc("The resources of {@code groupVersion}; a NotFound {@code ApiException} for one "
            + "this clientset does not have.\n")
        .addStatement("$T list = this.resources.get($T.requireNonNull(groupVersion, $S))",
            API_RESOURCE_LIST, Objects.class, "groupVersion")
        .beginControlFlow("if (list == null)")
        .addStatement("$T message = \"the server could not find the requested resource (\" + groupVersion + \")\"",
            String.class)
        .addStatement("throw new $T(message, 404, new $T().withStatus($S).withReason($S).withCode(404)"
            + ".withMessage(message))", API_EXCEPTION, STATUS, "Failure", "NotFound")
        .endControlFlow()
        .addStatement("return list")
        .build());
    return type.build();
  }

  private static CodeBlock groupVersionForDiscovery(String group, String version) {
    return CodeBlock.of("new $T($S, $S)", GROUP_VERSION_FOR_DISCOVERY,
        group.isEmpty() ? version : group + "/" + version, version);
  }

  /** Each resource, then its subresources, as an apiserver lists them. */
  private static CodeBlock apiResources(GroupVersionView gv) {
    List<CodeBlock> entries = new ArrayList<>();
    for (ResourceView r : gv.resources()) {
      Resource res = r.resource();
      entries.add(apiResource(res.plural(), res.singular(), res.namespaced(), "", "", res.kind(),
          res.verbs(), res.shortNames(), res.categories()));
      for (Subresource s : res.subresources()) {
        String group = "";
        String version = "";
        String kind = res.kind();
        if (s instanceof Subresource.Scale) {
          group = "autoscaling";
          version = "v1";
          kind = "Scale";
        } else if (s instanceof Subresource.Other other) {
          kind = other.result() instanceof TypeRef.NamedRef named ? named.id().name() : "";
        }
        entries.add(apiResource(res.plural() + "/" + s.name(), "", res.namespaced(), group, version,
            kind, s.verbs(), List.of(), List.of()));
      }
    }
    return CodeBlock.builder().add("\n").indent().add(CodeBlock.join(entries, ",\n")).unindent().build();
  }

  private static CodeBlock apiResource(String name, String singular, boolean namespaced, String group,
      String version, String kind, Set<Verb> verbs, List<String> shortNames, List<String> categories) {
    return CodeBlock.of("new $T($S, $S, $L, $L, $L, $S, $L, $L, $L, null)", API_RESOURCE, name, singular,
        namespaced, group.isEmpty() ? "null" : CodeBlock.of("$S", group),
        version.isEmpty() ? "null" : CodeBlock.of("$S", version), kind, strings(discoveryVerbs(verbs)),
        strings(shortNames), strings(categories));
  }

  /** Verbs as discovery spells them; apply is served as patch, so it is not listed. */
  private static List<String> discoveryVerbs(Set<Verb> verbs) {
    List<String> names = new ArrayList<>();
    for (Verb v : verbs) {
      if (v != Verb.APPLY) {
        names.add(v == Verb.DELETE_COLLECTION ? "deletecollection" : v.name().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static CodeBlock strings(List<String> values) {
    List<CodeBlock> literals = new ArrayList<>();
    for (String v : values) {
      literals.add(CodeBlock.of("$S", v));
    }
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(literals, ", "));
  }
}
