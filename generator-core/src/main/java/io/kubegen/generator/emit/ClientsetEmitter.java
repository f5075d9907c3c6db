package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.ClientsetRuntime.DISCOVERY_CLIENT;
import static io.kubegen.generator.emit.ClientsetRuntime.DISCOVERY_INTERFACE;
import static io.kubegen.generator.emit.ClientsetRuntime.GROUP_VERSION_RESOURCE;
import static io.kubegen.generator.emit.ClientsetRuntime.RESOURCE_CLIENT;
import static io.kubegen.generator.emit.ClientsetRuntime.RESOURCE_CLIENT_FACTORY;
import static io.kubegen.generator.emit.ClientsetRuntime.REST_CLIENT;
import static io.kubegen.generator.emit.ClientsetRuntime.KUBE_CONFIG;
import static io.kubegen.generator.emit.ClientsetRuntime.REST_CONFIG;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.emit.ClientsetModel.GroupVersionView;
import io.kubegen.generator.emit.ClientsetModel.ResourceView;
import io.kubegen.generator.naming.PackageLayout;
import io.kubegen.generator.types.JavaTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The typed clientset (artifact kind {@code clientset}), as client-gen's output in Java naming:
 *
 * <ul>
 *   <li>{@code B.clientset.Clientset}: {@code discovery()} and one accessor per group-version
 *       ({@code appsV1()}), with the static factories {@code create(RestConfig)},
 *       {@code create(RestClient)} and {@code create(ResourceClientFactory, Discovery)}; one
 *       {@code RestClient} (one HTTP client, one rate limiter) serves every group-version;
 *   <li>per group-version {@code B.clientset.typed.<g>.<v>.<Prefix>Client} with one accessor per
 *       resource ({@code deployments(namespace)}, {@code namespaces()});
 *   <li>per resource {@code <Kind>Client} with the verbs the model serves, extending
 *       {@code <Kind>Expansion} when the user wrote one (none is generated empty).
 * </ul>
 *
 * <p>The typed clients are interfaces whose verbs are default methods over their one abstract
 * method, the runtime's {@code ResourceClient} made by a {@code ResourceClientFactory}: over
 * HTTP, or over the fake's tracker, with the same generated code, and no implementation class per
 * resource (a group client returns a lambda). Group-versions without resources get no client.
 */
public final class ClientsetEmitter implements Emitter {

  @Override
  public String kind() {
    return "clientset";
  }

  @Override
  public List<JavaFile> emit(EmitContext context) {
    Objects.requireNonNull(context, "context");
    ClientsetModel model = ClientsetModel.of(context);
    PackageLayout layout = context.layout();
    JavaTypes types = new JavaTypes(id -> layout.modelClass(id.group(), id.version(), id.name()));
    List<JavaFile> files = new ArrayList<>();
    files.add(GeneratedSources.file(layout.clientsetPackage(), clientset(model)));
    files.add(GeneratedSources.file(layout.clientsetPackage(), clientsetImpl(model)));
    for (GroupVersionView gv : model.groupVersions()) {
      String pkg = gv.client().packageName();
      files.add(GeneratedSources.file(pkg, groupVersionClient(gv)));
      files.add(GeneratedSources.file(pkg, groupVersionClientImpl(gv)));
      for (ResourceView r : gv.resources()) {
        ClientsetResourceClients clients = new ClientsetResourceClients(r, context.naming(), types);
        files.add(GeneratedSources.file(pkg, clients.clientInterface()));
      }
    }
    files.sort(Comparator.comparing(f -> f.packageName() + "." + f.typeSpec().name()));
    return List.copyOf(files);
  }

  // ---------------------------------------------------------------- Clientset

  private static TypeSpec clientset(ClientsetModel model) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.clientset())
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The typed clientset, as client-go's {@code kubernetes.Interface}: discovery and "
            + "one client per\ngroup-version. Thread-safe; the clients it hands out are cheap "
            + "views over shared state.\n")
        .addMethod(MethodSpec.methodBuilder("discovery")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(DISCOVERY_INTERFACE)
            .addJavadoc("What the server serves: its version, groups and resources.\n")
            .build());
    for (GroupVersionView gv : model.groupVersions()) {
      type.addMethod(MethodSpec.methodBuilder(gv.accessor())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(gv.client())
          .addJavadoc("The client of {@code $L}.\n", ClientsetDocs.groupVersion(gv.group(), gv.version()))
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.clientset())
        .addJavadoc("A clientset for the cluster of the default configuration, found as kubectl "
            + "finds it:\nthe {@code KUBECONFIG} files, else {@code ~/.kube/config}, else the "
            + "in-cluster service account.\n")
        .addStatement("return create($T.defaultConfig())", KUBE_CONFIG)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.clientset())
        .addParameter(REST_CONFIG, "config")
        .addJavadoc("A clientset for the server {@code config} describes, as client-go's "
            + "{@code NewForConfig}: one\n{@link $T} (one HTTP client, one rate limiter) shared by "
            + "every group-version and discovery.\n", REST_CLIENT)
        .addStatement("return create($T.create(config))", REST_CLIENT)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.clientset())
        .addParameter(REST_CLIENT, "restClient")
        .addJavadoc("A clientset over {@code restClient}, sharing its HTTP client and rate limiter, "
            + "as client-go's\n{@code NewForConfigAndClient}.\n")
        .addStatement("return create($T.http(restClient), $T.create(restClient))",
            RESOURCE_CLIENT_FACTORY, DISCOVERY_CLIENT)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.clientset())
        .addParameter(RESOURCE_CLIENT_FACTORY, "factory")
        .addParameter(DISCOVERY_INTERFACE, "discovery")
        .addJavadoc("A clientset whose typed clients are façades over the resource clients "
            + "{@code factory} makes:\nover HTTP, or over a fake's object tracker.\n")
        .addStatement("return new $T(factory, discovery)", model.clientsetImpl())
        .build());
    return type.build();
  }

  private static TypeSpec clientsetImpl(ClientsetModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(model.clientsetImpl())
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(model.clientset())
        .addJavadoc("{@link $T} over one {@code ResourceClientFactory}.\n", model.clientset())
        .addField(DISCOVERY_INTERFACE, "discovery", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(RESOURCE_CLIENT_FACTORY, "factory")
        .addParameter(DISCOVERY_INTERFACE, "discovery")
        .addStatement("$T.requireNonNull(factory, $S)", Objects.class, "factory")
        .addStatement("this.discovery = $T.requireNonNull(discovery, $S)", Objects.class, "discovery");
    List<MethodSpec> accessors = new ArrayList<>();
    accessors.add(getter("discovery", DISCOVERY_INTERFACE));
    for (GroupVersionView gv : model.groupVersions()) {
      type.addField(gv.client(), gv.accessor(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = $T.create(factory)", gv.accessor(), gv.client());
      accessors.add(getter(gv.accessor(), gv.client()));
    }
    return type.addMethod(constructor.build()).addMethods(accessors).build();
  }

  private static MethodSpec getter(String name, ClassName type) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return this.$N", name)
        .build();
  }

  // ---------------------------------------------------------------- group-version clients

  private static TypeSpec groupVersionClient(GroupVersionView gv) {
    String gvDoc = ClientsetDocs.groupVersion(gv.group(), gv.version());
    TypeSpec.Builder type = Deprecations.suppressIf(gv.deprecated(), TypeSpec.interfaceBuilder(gv.client()))
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The clients of the resources of {@code $L}, as client-gen's group-version "
            + "interface.\n", gvDoc);
    for (ResourceView r : gv.resources()) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(r.accessor())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(r.client());
      if (r.resource().namespaced()) {
        accessor.addParameter(String.class, "namespace")
            .addJavadoc("The {@code $L} in {@code namespace}; {@code \"\"} for all namespaces "
                + "(list, watch and\ndeleteCollection span them; writes take the namespace from "
                + "the object).\n", ClientsetDocs.text(r.resource().plural()));
      } else {
        accessor.addJavadoc("The {@code $L} (cluster-scoped).\n",
            ClientsetDocs.text(r.resource().plural()));
      }
      type.addMethod(accessor.build());
    }
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(gv.client())
        .addParameter(RESOURCE_CLIENT_FACTORY, "factory")
        .addJavadoc("The clients of {@code $L} over the resource clients {@code factory} makes.\n", gvDoc)
        .addStatement("return new $T(factory)", gv.clientImpl())
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(gv.client())
        .addParameter(REST_CLIENT, "restClient")
        .addJavadoc("The clients of {@code $L} over {@code restClient}, sharing its HTTP client and "
            + "rate limiter.\n", gvDoc)
        .addStatement("return create($T.http(restClient))", RESOURCE_CLIENT_FACTORY)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(gv.client())
        .addParameter(REST_CONFIG, "config")
        .addJavadoc("The clients of {@code $L} for the server {@code config} describes, on a "
            + "{@link $T} of their own.\n", gvDoc, REST_CLIENT)
        .addStatement("return create($T.create(config))", REST_CLIENT)
        .build());
    return type.build();
  }

  private static TypeSpec groupVersionClientImpl(GroupVersionView gv) {
    TypeSpec.Builder type = Deprecations.suppressIf(gv.deprecated(), TypeSpec.classBuilder(gv.clientImpl()))
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(gv.client())
        .addJavadoc("{@link $T} over one {@code ResourceClientFactory}: one unbound resource client "
            + "per resource,\nbound per call.\n", gv.client());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(RESOURCE_CLIENT_FACTORY, "factory")
        .addStatement("$T.requireNonNull(factory, $S)", Objects.class, "factory");
    List<MethodSpec> accessors = new ArrayList<>();
    for (ResourceView r : gv.resources()) {
      boolean namespaced = r.resource().namespaced();
      type.addField(FieldSpec.builder(
          ParameterizedTypeName.get(RESOURCE_CLIENT, r.object(), r.list()), r.accessor(),
          Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addStatement("this.$N = factory.resourceClient(new $T($S, $S, $S), $L, $T.class, $T.class)",
          r.accessor(), GROUP_VERSION_RESOURCE, r.group(), r.version(), r.resource().plural(),
          namespaced, r.object(), r.list());
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(r.accessor())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(r.client());
      if (namespaced) {
        accessor.addParameter(String.class, "namespace")
            .addStatement("$T.requireNonNull(namespace, $S)", Objects.class, "namespace")
            .addStatement("$T client = namespace.isEmpty() ? this.$N.inAnyNamespace() : this.$N.inNamespace(namespace)",
                ParameterizedTypeName.get(RESOURCE_CLIENT, r.object(), r.list()), r.accessor(), r.accessor())
            .addStatement("return () -> client");
      } else {
        accessor.addStatement("return () -> this.$N", r.accessor());
      }
      accessors.add(accessor.build());
    }
    return type.addMethod(constructor.build()).addMethods(accessors).build();
  }
}
