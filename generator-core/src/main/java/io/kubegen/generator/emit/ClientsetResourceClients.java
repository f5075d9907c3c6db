package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.ClientsetRuntime.APPLY_OPTIONS;
import static io.kubegen.generator.emit.ClientsetRuntime.CREATE_OPTIONS;
import static io.kubegen.generator.emit.ClientsetRuntime.DELETE_OPTIONS;
import static io.kubegen.generator.emit.ClientsetRuntime.GET_OPTIONS;
import static io.kubegen.generator.emit.ClientsetRuntime.LIST_OPTIONS;
import static io.kubegen.generator.emit.ClientsetRuntime.PATCH_OPTIONS;
import static io.kubegen.generator.emit.ClientsetRuntime.PATCH_TYPE;
import static io.kubegen.generator.emit.ClientsetRuntime.RESOURCE_CLIENT;
import static io.kubegen.generator.emit.ClientsetRuntime.SCALE;
import static io.kubegen.generator.emit.ClientsetRuntime.UPDATE_OPTIONS;
import static io.kubegen.generator.emit.ClientsetRuntime.WATCH;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.emit.ClientsetModel.ResourceView;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.types.JavaTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The per-resource typed client: the {@code <Kind>Client} interface with one default method per
 * verb the model serves (client-gen's canonical order, and a plain overload without options), each
 * handing the call to its one abstract method, the runtime's {@code ResourceClient}.
 */
final class ClientsetResourceClients {
  /** Parameter names the methods use themselves: the object's parameter avoids them. */
  private static final Set<String> TAKEN_PARAMETERS =
      Set.of("name", "options", "patch", "type", "subresources", "body", "query", "fieldManager",
          "scale", "deleteOptions", "listOptions");
  private static final Set<String> BASE_METHODS =
      Set.of("create", "update", "updateStatus", "delete", "deleteCollection", "get", "list",
          "watch", "patch", "apply", "applyStatus", "getScale", "updateScale", "resourceClient",
          "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone",
          "finalize");
  /** Every verb is a default method over the one abstract method, the generic client. */
  private static final String CLIENT = "resourceClient()";

  private final ResourceView view;
  private final Resource resource;
  private final Naming naming;
  private final JavaTypes types;
  private final ClassName object;
  private final TypeName resourceClient;
  private final String param;
  private final String kindDoc;
  private final List<MethodSpec> interfaceMethods = new ArrayList<>();

  ClientsetResourceClients(ResourceView view, Naming naming, JavaTypes types) {
    this.view = view;
    this.resource = view.resource();
    this.naming = naming;
    this.types = types;
    this.object = view.object();
    this.resourceClient = ParameterizedTypeName.get(RESOURCE_CLIENT, view.object(), view.list());
    String singular = naming.singularAccessor(resource.kind());
    this.param = TAKEN_PARAMETERS.contains(singular) ? singular + "Object" : singular;
    this.kindDoc = ClientsetDocs.text(resource.kind());
    addVerbs();
  }

  /** The {@code <Kind>Client} interface. */
  TypeSpec clientInterface() {
    TypeSpec.Builder type = Deprecations.suppressIf(view.deprecated(), TypeSpec.interfaceBuilder(view.client()))
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The typed client of {@code $L} ($L, {@code $L}), as client-gen's "
                + "{@code $LInterface}:\n", ClientsetDocs.text(resource.plural()), kindDoc,
            ClientsetDocs.groupVersion(view.group(), view.version()), kindDoc)
        .addJavadoc(resource.namespaced()
            ? "bound to one namespace, or to all namespaces for list, watch and deleteCollection.\n"
            : "cluster-scoped, so no method takes a namespace.\n")
        .addJavadoc("It has exactly the verbs the API serves for this resource.\n");
    // As client-go's expansions, but only the user's own: an empty interface per resource would
    // be hundreds of files for javac to create and compile, and nothing to call.
    if (view.userExpansion()) {
      type.addSuperinterface(view.expansion())
          .addJavadoc("Its further methods are the defaults of {@link $T}.\n", view.expansion());
    } else {
      type.addJavadoc("To add methods, write an interface {@code $L} in this package with default "
          + "methods\n(they can use {@code resourceClient()}): the generator then extends it.\n",
          view.expansion().simpleName());
    }
    type.addMethods(interfaceMethods);
    return type.build();
  }

  // ---------------------------------------------------------------- verbs, canonical order

  private void addVerbs() {
    Set<Verb> verbs = resource.verbs();
    Set<Verb> status = resource.status().map(Subresource::verbs).orElse(Set.of());
    Set<Verb> scale = resource.scale().map(Subresource::verbs).orElse(Set.of());
    if (verbs.contains(Verb.CREATE)) {
      objectVerb("create", CREATE_OPTIONS, "Creates {@code $1N}, a $2L, and returns the object the server stored.\n");
    }
    if (verbs.contains(Verb.UPDATE)) {
      objectVerb("update", UPDATE_OPTIONS, "Replaces the $2L named by {@code $1N}'s metadata; a stale "
          + "resourceVersion fails with a Conflict.\n");
    }
    if (status.contains(Verb.UPDATE)) {
      objectVerb("updateStatus", UPDATE_OPTIONS, "Replaces only the status of the $2L named by "
          + "{@code $1N}'s metadata, through the {@code status} subresource.\n");
    }
    if (verbs.contains(Verb.DELETE)) {
      delete();
    }
    if (verbs.contains(Verb.DELETE_COLLECTION)) {
      deleteCollection();
    }
    if (verbs.contains(Verb.GET)) {
      get();
    }
    if (verbs.contains(Verb.LIST)) {
      list();
    }
    if (verbs.contains(Verb.WATCH)) {
      watch();
    }
    if (verbs.contains(Verb.PATCH)) {
      patch();
    }
    if (verbs.contains(Verb.APPLY)) {
      apply("apply", "Server-side apply of the fields set in {@code $1N} (which must carry a name) to "
          + "the $2L;\nnull fields are not sent.\n");
    }
    if (status.contains(Verb.APPLY)) {
      apply("applyStatus", "Server-side apply of the status fields set in {@code $1N} (which must "
          + "carry a name)\nthrough the {@code status} subresource of the $2L.\n");
    }
    if (scale.contains(Verb.GET)) {
      getScale();
    }
    if (scale.contains(Verb.UPDATE)) {
      updateScale();
    }
    Set<String> methodNames = new HashSet<>(BASE_METHODS);
    for (Subresource s : resource.subresources()) {
      if (s instanceof Subresource.Other other) {
        otherSubresource(other, methodNames);
      }
    }
    resourceClientAccessor();
  }

  private void objectVerb(String verb, ClassName options, String doc) {
    addVerb(MethodSpec.methodBuilder(verb)
            .addJavadoc(doc, param, kindDoc)
            .returns(object)
            .addParameter(object, param)
            .addParameter(options, "options"),
        "return $N.$N($N, options)", CLIENT, verb, param);
    overload(MethodSpec.methodBuilder(verb)
        .returns(object)
        .addParameter(object, param)
        .addJavadoc("As {@link #$N($T, $T)}, with no options.\n", verb, object, options)
        .addStatement("return $N($N, $T.none())", verb, param, options));
  }

  private void delete() {
    addVerb(MethodSpec.methodBuilder("delete")
            .addJavadoc("Deletes the named $L; {@code options} travel in the request body.\n", kindDoc)
            .addParameter(String.class, "name")
            .addParameter(DELETE_OPTIONS, "options"),
        "$N.delete(name, options)", CLIENT);
    overload(MethodSpec.methodBuilder("delete")
        .addParameter(String.class, "name")
        .addJavadoc("As {@link #delete(String, $T)}, with no options.\n", DELETE_OPTIONS)
        .addStatement("delete(name, $T.none())", DELETE_OPTIONS));
  }

  private void deleteCollection() {
    addVerb(MethodSpec.methodBuilder("deleteCollection")
            .addJavadoc("Deletes the $L objects that {@code listOptions} select; {@code deleteOptions} "
                + "travel in the body.\n", kindDoc)
            .addParameter(DELETE_OPTIONS, "deleteOptions")
            .addParameter(LIST_OPTIONS, "listOptions"),
        "$N.deleteCollection(deleteOptions, listOptions)", CLIENT);
    overload(MethodSpec.methodBuilder("deleteCollection")
        .addParameter(LIST_OPTIONS, "listOptions")
        .addJavadoc("As {@link #deleteCollection($T, $T)}, with no delete options. Deleting every "
            + "object takes\nan explicit {@code ListOptions.none()}.\n", DELETE_OPTIONS, LIST_OPTIONS)
        .addStatement("deleteCollection($T.none(), listOptions)", DELETE_OPTIONS));
  }

  private void get() {
    addVerb(MethodSpec.methodBuilder("get")
            .addJavadoc("The named $L; a NotFound {@code ApiException} when there is none.\n", kindDoc)
            .returns(object)
            .addParameter(String.class, "name")
            .addParameter(GET_OPTIONS, "options"),
        "return $N.get(name, options)", CLIENT);
    overload(MethodSpec.methodBuilder("get")
        .returns(object)
        .addParameter(String.class, "name")
        .addJavadoc("As {@link #get(String, $T)}, with no options.\n", GET_OPTIONS)
        .addStatement("return get(name, $T.none())", GET_OPTIONS));
  }

  private void list() {
    addVerb(MethodSpec.methodBuilder("list")
            .addJavadoc("The $L objects that {@code options} select; a {@code timeoutSeconds} also "
                + "bounds the request.\n", kindDoc)
            .returns(view.list())
            .addParameter(LIST_OPTIONS, "options"),
        "return $N.list(options)", CLIENT);
    overload(MethodSpec.methodBuilder("list")
        .returns(view.list())
        .addJavadoc("Every $L object: as {@link #list($T)}, with no options.\n", kindDoc, LIST_OPTIONS)
        .addStatement("return list($T.none())", LIST_OPTIONS));
  }

  private void watch() {
    TypeName watch = ParameterizedTypeName.get(WATCH, object);
    addVerb(MethodSpec.methodBuilder("watch")
            .addJavadoc("Watches the $L objects that {@code options} select, from their "
                + "{@code resourceVersion};\nclose the watch when done.\n", kindDoc)
            .returns(watch)
            .addParameter(LIST_OPTIONS, "options"),
        "return $N.watch(options)", CLIENT);
    overload(MethodSpec.methodBuilder("watch")
        .returns(watch)
        .addJavadoc("As {@link #watch($T)}, with no options: every change from now on.\n",
            LIST_OPTIONS)
        .addStatement("return watch($T.none())", LIST_OPTIONS));
  }

  private void patch() {
    addVerb(MethodSpec.methodBuilder("patch")
            .addJavadoc("Patches the named $L, or the subresource that {@code subresources} names.\n"
                + "\n@param patch the patch document, as JSON\n", kindDoc)
            .returns(object)
            .addParameter(String.class, "name")
            .addParameter(PATCH_TYPE, "type")
            .addParameter(String.class, "patch")
            .addParameter(PATCH_OPTIONS, "options")
            .addParameter(ArrayTypeName.of(String.class), "subresources")
            .varargs(true),
        "return $N.patch(name, type, patch, options, subresources)", CLIENT);
    overload(MethodSpec.methodBuilder("patch")
        .returns(object)
        .addParameter(String.class, "name")
        .addParameter(PATCH_TYPE, "type")
        .addParameter(String.class, "patch")
        .addJavadoc("As {@link #patch(String, $T, String, $T, String...)}, with no options, on the "
            + "object itself.\n", PATCH_TYPE, PATCH_OPTIONS)
        .addStatement("return patch(name, type, patch, $T.none())", PATCH_OPTIONS));
  }

  private void apply(String verb, String doc) {
    addVerb(MethodSpec.methodBuilder(verb)
            .addJavadoc(doc, param, kindDoc)
            .returns(object)
            .addParameter(object, param)
            .addParameter(APPLY_OPTIONS, "options"),
        "return $N.$N($N, options)", CLIENT, verb, param);
    overload(MethodSpec.methodBuilder(verb)
        .returns(object)
        .addParameter(object, param)
        .addParameter(String.class, "fieldManager")
        .addJavadoc("As {@link #$N($T, $T)}, as {@code fieldManager}, without force.\n", verb,
            object, APPLY_OPTIONS)
        .addStatement("return $N($N, $T.of(fieldManager))", verb, param, APPLY_OPTIONS));
  }

  private void getScale() {
    addVerb(MethodSpec.methodBuilder("getScale")
            .addJavadoc("The {@code scale} subresource of the named $L.\n", kindDoc)
            .returns(SCALE)
            .addParameter(String.class, "name")
            .addParameter(GET_OPTIONS, "options"),
        "return $N.getScale(name, options)", CLIENT);
    overload(MethodSpec.methodBuilder("getScale")
        .returns(SCALE)
        .addParameter(String.class, "name")
        .addJavadoc("As {@link #getScale(String, $T)}, with no options.\n", GET_OPTIONS)
        .addStatement("return getScale(name, $T.none())", GET_OPTIONS));
  }

  private void updateScale() {
    addVerb(MethodSpec.methodBuilder("updateScale")
            .addJavadoc("Replaces the {@code scale} subresource of the named $L.\n", kindDoc)
            .returns(SCALE)
            .addParameter(String.class, "name")
            .addParameter(SCALE, "scale")
            .addParameter(UPDATE_OPTIONS, "options"),
        "return $N.updateScale(name, scale, options)", CLIENT);
    overload(MethodSpec.methodBuilder("updateScale")
        .returns(SCALE)
        .addParameter(String.class, "name")
        .addParameter(SCALE, "scale")
        .addJavadoc("As {@link #updateScale(String, $T, $T)}, with no options.\n", SCALE,
            UPDATE_OPTIONS)
        .addStatement("return updateScale(name, scale, $T.none())", UPDATE_OPTIONS));
  }

  /** GET, POST (create) and PUT (update) on a subresource such as eviction, binding or token. */
  private void otherSubresource(Subresource.Other s, Set<String> methodNames) {
    String pascal = naming.typeName(s.name());
    pascal = pascal.endsWith("_") ? pascal.substring(0, pascal.length() - 1) : pascal;
    TypeName result = types.of(s.result());
    String subDoc = ClientsetDocs.text(s.name());
    if (s.verbs().contains(Verb.GET)) {
      String method = unique("get" + pascal, methodNames);
      TypeName query = ParameterizedTypeName.get(Map.class, String.class, String.class);
      subresourceMethod(MethodSpec.methodBuilder(method)
              .addJavadoc("Reads the {@code $L} subresource of the named $L.\n\n@param query the "
                  + "subresource's query parameters\n", subDoc, kindDoc)
              .returns(result)
              .addParameter(String.class, "name")
              .addParameter(query, "query"),
          result, CodeBlock.of("$N.getSubresource(name, $S, query, $L)", CLIENT, s.name(),
              classLiteral(result)));
      overload(MethodSpec.methodBuilder(method)
          .returns(result)
          .addParameter(String.class, "name")
          .addJavadoc("As {@link #$N(String, $T)}, with no query parameters.\n", method, Map.class)
          .addStatement("return $N(name, $T.of())", method, Map.class));
    }
    TypeName input = s.input().map(types::of).orElse(object);
    // The input defaults to the resource's own type when the model gives none.
    if (s.verbs().contains(Verb.CREATE)) {
      bodyVerb(s, unique("create" + pascal, methodNames), "createSubresource", CREATE_OPTIONS,
          input, result, "Creates (POSTs) {@code body} in the {@code $L} subresource of the named $L.\n");
    }
    if (s.verbs().contains(Verb.UPDATE)) {
      bodyVerb(s, unique("update" + pascal, methodNames), "updateSubresource", UPDATE_OPTIONS,
          input, result, "Replaces (PUTs) the {@code $L} subresource of the named $L with {@code body}.\n");
    }
  }

  private void bodyVerb(Subresource.Other s, String method, String call, ClassName options,
      TypeName input, TypeName result, String doc) {
    subresourceMethod(MethodSpec.methodBuilder(method)
            .addJavadoc(doc, ClientsetDocs.text(s.name()), kindDoc)
            .returns(result)
            .addParameter(String.class, "name")
            .addParameter(input, "body")
            .addParameter(options, "options"),
        result, CodeBlock.of("$N.$N(name, $S, body, options, $L)", CLIENT, call, s.name(),
            classLiteral(result)));
    overload(MethodSpec.methodBuilder(method)
        .returns(result)
        .addParameter(String.class, "name")
        .addParameter(input, "body")
        .addJavadoc("As {@link #$N(String, $T, $T)}, with no options.\n", method, rawOf(input),
            options)
        .addStatement("return $N(name, body, $T.none())", method, options));
  }

  private void resourceClientAccessor() {
    interfaceMethods.add(MethodSpec.methodBuilder("resourceClient")
        .addJavadoc("The generic client underneath, bound like this one: for expansion methods "
            + "and verbs\nthis interface leaves out. The only abstract method: a lambda returning a"
            + " {@code ResourceClient} is a\ntyped client.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(resourceClient)
        .build());
  }

  // ---------------------------------------------------------------- helpers

  /** Adds a verb: a default method handing the call to the generic client in one statement. */
  private void addVerb(MethodSpec.Builder method, String statement, Object... args) {
    addVerb(method, List.of(), statement, args);
  }

  private void addVerb(MethodSpec.Builder method, List<AnnotationSpec> annotations,
      String statement, Object... args) {
    interfaceMethods.add(method
        .addAnnotations(annotations)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addStatement(statement, args)
        .build());
  }

  private void overload(MethodSpec.Builder method) {
    interfaceMethods.add(method.addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).build());
  }

  /**
   * A subresource method: the runtime decodes into a {@code Class}, so a parameterized result
   * ({@code Map<String, Object>}) is read through its raw class and cast, the warning suppressed
   * on that one method.
   */
  private void subresourceMethod(MethodSpec.Builder method, TypeName result, CodeBlock call) {
    if (result instanceof ParameterizedTypeName) {
      addVerb(method, List.of(uncheckedSuppression()), "return ($T) $L", result, call);
    } else {
      addVerb(method, List.of(), "return $L", call);
    }
  }

  private static CodeBlock classLiteral(TypeName type) {
    return CodeBlock.of("$T.class", rawOf(type));
  }

  private static TypeName rawOf(TypeName type) {
    return type instanceof ParameterizedTypeName p ? p.rawType() : type;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  private static AnnotationSpec uncheckedSuppression() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
  }
}
