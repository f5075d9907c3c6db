package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.InformerTypes.GENERIC_LISTER;
import static io.kubegen.generator.emit.InformerTypes.GENERIC_NAMESPACE_LISTER;
import static io.kubegen.generator.emit.InformerTypes.GROUP_RESOURCE;
import static io.kubegen.generator.emit.InformerTypes.INDEXER;
import static io.kubegen.generator.emit.InformerTypes.LABEL_PREDICATE;
import static io.kubegen.generator.emit.InformerTypes.LABEL_SELECTOR;
import static io.kubegen.generator.emit.InformerTypes.LISTERS;
import static io.kubegen.generator.emit.InformerTypes.OBJECTS;
import static io.kubegen.generator.emit.InformerTypes.listOf;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes client-go's lister-gen output, in Java: per cached resource, in {@code
 * B.listers.<group>.<version>},
 *
 * <ul>
 *   <li>{@code <Kind>Lister}: {@code list()}, {@code list(LabelSelector)}, {@code list(Predicate)}
 *       over the labels; for a namespaced resource {@code <plural>(namespace)} giving a {@code
 *       <Kind>NamespaceLister} ({@code list}, {@code get}), for a cluster-scoped one {@code
 *       get(name)}; and {@code of(Indexer)} building one over an informer's cache;
 *   <li>no expansion interfaces: a lister extends {@code <Kind>ListerExpansion} (or {@code
 *       <Kind>NamespaceListerExpansion}) when the user wrote one (listed in
 *       {@link EmitContext#userTypes()}), with default methods of their own.
 * </ul>
 *
 * <p>Listers are interfaces, so that controllers can be tested with listers of their own; the
 * generated implementation only forwards to the runtime's {@code GenericLister}, which builds
 * NotFound errors from {@code RESOURCE} ({@code deployments.apps "x" not found}).
 */
public final class ListerEmitter implements Emitter {

  @Override
  public String kind() {
    return "listers";
  }

  @Override
  public List<JavaFile> emit(EmitContext context) {
    List<JavaFile> files = new ArrayList<>();
    for (ListerResource r : ListerResource.all(context)) {
      files.add(file(r.lister(), lister(r, context)));
      if (r.namespaced()) {
        files.add(file(r.namespaceLister(), namespaceLister(r, context)));
      }
    }
    files.sort(Comparator.comparing(f -> f.packageName() + "." + f.typeSpec().name()));
    return List.copyOf(files);
  }

  private static JavaFile file(ClassName name, TypeSpec type) {
    return GeneratedSources.file(name.packageName(), type);
  }

  private static TypeSpec lister(ListerResource r, EmitContext context) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(r.lister())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addJavadoc("Lists {@link $T} objects from an informer's cache, as client-go's listers do.\n",
            r.model())
        .addJavadoc("\n<p>The objects are the cache's own: call {@code deepCopy()} before changing"
            + " one.\n");
    expansion(type, context, r.listerExpansion());
    r.suppressDeprecation(type);
    type.addField(resourceField(r));
    String scope = r.namespaced() ? " of all namespaces" : "";
    addListMethods(type, r, scope);
    if (r.namespaced()) {
      type.addMethod(MethodSpec.methodBuilder(r.accessor())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .addJavadoc("The objects of one namespace.\n")
          .addParameter(String.class, "namespace")
          .returns(r.namespaceLister())
          .build());
    } else {
      type.addMethod(getMethod(r).addModifiers(Modifier.ABSTRACT).build());
    }
    type.addMethod(listerFactory(r));
    return type.build();
  }

  private static TypeSpec namespaceLister(ListerResource r, EmitContext context) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(r.namespaceLister())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addJavadoc("Lists the {@link $T} objects of one namespace from an informer's cache.\n",
            r.model())
        .addJavadoc("\n<p>The objects are the cache's own: call {@code deepCopy()} before changing"
            + " one.\n");
    expansion(type, context, r.namespaceListerExpansion());
    r.suppressDeprecation(type);
    addListMethods(type, r, " of the namespace");
    type.addMethod(getMethod(r).addModifiers(Modifier.ABSTRACT).build());
    ParameterizedTypeName generic = ParameterizedTypeName.get(GENERIC_NAMESPACE_LISTER, r.model());
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A namespace lister forwarding to the runtime's generic one.\n")
        .addParameter(generic, "lister")
        .returns(r.namespaceLister())
        .addStatement("$T.requireNonNull(lister, $S)", OBJECTS, "lister")
        .addStatement("return $L", TypeSpec.anonymousClassBuilder("")
            .addSuperinterface(r.namespaceLister())
            .addMethod(listOverride(r).addStatement("return lister.list(selector)").build())
            .addMethod(getOverride(r).addStatement("return lister.get(name)").build())
            .build())
        .build());
    return type.build();
  }

  /** {@code of(Indexer)}: the lister over an informer's cache. */
  private static MethodSpec listerFactory(ListerResource r) {
    TypeSpec.Builder impl = TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(r.lister())
        .addMethod(listOverride(r).addStatement("return lister.list(selector)").build());
    if (r.namespaced()) {
      impl.addMethod(MethodSpec.methodBuilder(r.accessor())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .addParameter(String.class, "namespace")
          .returns(r.namespaceLister())
          .addStatement("return $T.of(lister.byNamespace(namespace))", r.namespaceLister())
          .build());
    } else {
      impl.addMethod(getOverride(r).addStatement("return lister.get(name)").build());
    }
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A lister over an informer's cache, such as {@code informer.getIndexer()}.\n")
        .addParameter(ParameterizedTypeName.get(INDEXER, r.model()), "indexer")
        .returns(r.lister())
        .addStatement("$T<$T> lister = $T.of(indexer, RESOURCE)", GENERIC_LISTER, r.model(),
            GENERIC_LISTER)
        .addStatement("return $L", impl.build())
        .build();
  }

  private static FieldSpec resourceField(ListerResource r) {
    return FieldSpec.builder(GROUP_RESOURCE, "RESOURCE", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The resource that NotFound errors name.\n")
        .initializer(r.groupResource())
        .build();
  }

  /** The three {@code list} forms: by label predicate (abstract), by selector, everything. */
  private static void addListMethods(TypeSpec.Builder type, ListerResource r, String scope) {
    type.addMethod(MethodSpec.methodBuilder("list")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("The objects$L whose labels match {@code selector}.\n", scope)
        .addParameter(LABEL_PREDICATE, "selector")
        .returns(listOf(r.model()))
        .build());
    type.addMethod(MethodSpec.methodBuilder("list")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc("The objects$L whose labels match {@code selector}.\n", scope)
        .addParameter(LABEL_SELECTOR, "selector")
        .returns(listOf(r.model()))
        .addStatement("$T.requireNonNull(selector, $S)", OBJECTS, "selector")
        .addStatement("return list(selector::matches)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("list")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc("Every object$L.\n", scope)
        .returns(listOf(r.model()))
        .addStatement("return list($T.everything())", LISTERS)
        .build());
  }

  private static MethodSpec.Builder getMethod(ListerResource r) {
    return MethodSpec.methodBuilder("get")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The object named {@code name}.\n\n")
        .addJavadoc("@throws $T NotFound (404), naming {@link $T#RESOURCE}, if the cache has none\n",
            InformerTypes.API_EXCEPTION, r.lister())
        .addParameter(String.class, "name")
        .returns(r.model());
  }

  private static MethodSpec.Builder listOverride(ListerResource r) {
    return MethodSpec.methodBuilder("list")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(LABEL_PREDICATE, "selector")
        .returns(listOf(r.model()));
  }

  private static MethodSpec.Builder getOverride(ListerResource r) {
    return MethodSpec.methodBuilder("get")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "name")
        .returns(r.model());
  }

  /**
   * Extends the user's expansion interface when there is one, as client-go's expansions; none is
   * generated empty (hundreds of files with nothing to call).
   */
  private static void expansion(TypeSpec.Builder type, EmitContext context, ClassName expansion) {
    if (context.userTypes().contains(expansion.canonicalName())) {
      type.addSuperinterface(expansion)
          .addJavadoc("\n<p>Its further methods are the defaults of {@link $T}.\n", expansion);
    } else {
      type.addJavadoc("\n<p>To add methods, write an interface {@code $L} in this package with"
          + " default methods:\nthe generator then extends it.\n", expansion.simpleName());
    }
  }

}
