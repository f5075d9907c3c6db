package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.InformerTypes.BASE_FACTORY;
import static io.kubegen.generator.emit.InformerTypes.DURATION;
import static io.kubegen.generator.emit.InformerTypes.GROUP_VERSION_RESOURCE;
import static io.kubegen.generator.emit.InformerTypes.INDEXERS;
import static io.kubegen.generator.emit.InformerTypes.LIST_WATCH;
import static io.kubegen.generator.emit.InformerTypes.OBJECTS;
import static io.kubegen.generator.emit.InformerTypes.RESOURCE_CLIENT;
import static io.kubegen.generator.emit.InformerTypes.RESOURCE_CLIENT_FACTORY;
import static io.kubegen.generator.emit.InformerTypes.SHARED_INDEX_INFORMER;
import static io.kubegen.generator.emit.InformerTypes.TWEAK;
import static io.kubegen.generator.emit.InformerTypes.indexers;
import static io.kubegen.generator.emit.InformerTypes.informerOf;

import com.palantir.javapoet.CodeBlock;
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
 * Writes client-go's informer-gen output, in Java:
 *
 * <ul>
 *   <li>per cached resource, {@code B.informers.<group>.<version>.<Kind>Informer}: {@code
 *       informer()} (the factory's shared informer, indexed by namespace), {@code lister()}, and
 *       the standalone {@code new<Kind>Informer} and {@code newFiltered<Kind>Informer} (client,
 *       namespace for namespaced resources, resync, indexers, tweak);
 *   <li>the chained groups ({@link InformerGroupWriter}): {@code B.informers.SharedInformerFactory}
 *       with {@code apps().v1().deployments()}, over the runtime's factory base.
 * </ul>
 *
 * <p>Informers use the listers of {@link ListerEmitter}, and the model classes at {@code
 * PackageLayout.modelClass} (or the user's own classes, for POJO input): the object class must
 * implement {@code KubernetesObject}, the list class {@code KubernetesListObject} of it.
 */
public final class InformerEmitter implements Emitter {

  @Override
  public String kind() {
    return "informers";
  }

  @Override
  public List<JavaFile> emit(EmitContext context) {
    if (!context.kinds().contains("listers")) {
      throw new IllegalStateException(
          "[informers] informers hand out the generated listers: emit the 'listers' kind too");
    }
    List<ListerResource> resources = ListerResource.all(context);
    List<JavaFile> files = new ArrayList<>();
    for (ListerResource r : resources) {
      files.add(GeneratedSources.file(r.informer().packageName(), informer(r)));
    }
    files.addAll(new InformerGroupWriter(context, resources).files());
    files.sort(Comparator.comparing(f -> f.packageName() + "." + f.typeSpec().name()));
    return List.copyOf(files);
  }

  private static TypeSpec informer(ListerResource r) {
    String newInformer = "new" + r.informer().simpleName();
    String newFiltered = "newFiltered" + r.informer().simpleName();
    TypeSpec.Builder type = TypeSpec.classBuilder(r.informer())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(GeneratedSources.generatedAnnotation())
        .addJavadoc("The shared informer and lister of {@link $T} objects, from a"
            + " {@code SharedInformerFactory};\n", r.model())
        .addJavadoc("and informers of their own, not shared, from {@link #$N}.\n", newFiltered);
    r.suppressDeprecation(type);
    type.addField(FieldSpec.builder(GROUP_VERSION_RESOURCE, "RESOURCE", Modifier.PUBLIC,
            Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The resource these informers list and watch.\n")
        .initializer(r.groupVersionResource())
        .build());
    type.addField(BASE_FACTORY, "factory", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(RESOURCE_CLIENT_FACTORY, "clients", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(BASE_FACTORY, "factory")
        .addParameter(RESOURCE_CLIENT_FACTORY, "clients")
        .addStatement("this.factory = $T.requireNonNull(factory, $S)", OBJECTS, "factory")
        .addStatement("this.clients = $T.requireNonNull(clients, $S)", OBJECTS, "clients")
        .build());
    CodeBlock namespaceArg = r.namespaced() ? CodeBlock.of("f.namespace(), ") : CodeBlock.of("");
    type.addMethod(MethodSpec.methodBuilder("informer")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The factory's informer of this resource: made on first use, then shared by every"
            + " caller.\n")
        .addJavadoc("It watches $L with the factory's list options tweak and its"
            + " resync period for\n{@link $T}, and indexes its cache by namespace.\n",
            r.namespaced() ? "the factory's namespace" : "every object", r.model())
        .returns(informerOf(r.model()))
        .addStatement("return factory.informerFor($T.class, f -> $N(clients, $L"
                + "f.resyncPeriodFor($T.class), $T.namespace(), f.tweakListOptions()))",
            r.model(), newFiltered, namespaceArg, r.model(), INDEXERS)
        .build());
    type.addMethod(MethodSpec.methodBuilder("lister")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A lister over the cache of {@link #informer()}.\n")
        .returns(r.lister())
        .addStatement("return $T.of(informer().getIndexer())", r.lister())
        .build());
    type.addMethod(standalone(r, newInformer, false, newFiltered));
    type.addMethod(standalone(r, newFiltered, true, newFiltered));
    return type.build();
  }

  /** {@code new<Kind>Informer} and {@code newFiltered<Kind>Informer}. */
  private static MethodSpec standalone(ListerResource r, String name, boolean filtered,
      String filteredName) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A new informer of this resource, not shared with any factory: prefer a factory's"
            + " {@link #informer()},\n")
        .addJavadoc("which saves connections and memory. Configure it, then {@code start()} it.\n\n")
        .addJavadoc("@param clients what the informer lists and watches through\n");
    if (r.namespaced()) {
      method.addJavadoc("@param namespace the one namespace to watch; null or empty for all\n");
    }
    method.addJavadoc("@param resyncPeriod resync period of handlers added without one; zero for"
            + " none\n")
        .addJavadoc("@param indexers index functions of the cache, such as {@code"
            + " Indexers.namespace()}\n");
    if (filtered) {
      method.addJavadoc("@param tweakListOptions applied to the options of every list and watch"
          + " (selectors); null for none\n");
    }
    method.returns(informerOf(r.model()))
        .addParameter(RESOURCE_CLIENT_FACTORY, "clients");
    if (r.namespaced()) {
      method.addParameter(String.class, "namespace");
    }
    method.addParameter(DURATION, "resyncPeriod")
        .addParameter(indexers(r.model()), "indexers");
    if (!filtered) {
      return method
          .addStatement("return $N(clients, $LresyncPeriod, indexers, null)", filteredName,
              r.namespaced() ? "namespace, " : "")
          .build();
    }
    method.addParameter(TWEAK, "tweakListOptions");
    ParameterizedTypeName clientType =
        ParameterizedTypeName.get(RESOURCE_CLIENT, r.model(), r.modelList());
    return method
        .addStatement("$T client = clients.resourceClient(RESOURCE, $L, $T.class, $T.class)",
            clientType, r.namespaced(), r.model(), r.modelList())
        .addStatement("return $T.builder($T.class, $T.of(client, $L))\n"
                + ".name(RESOURCE.groupResource().toString())\n"
                + ".resyncPeriod(resyncPeriod)\n"
                + ".indexers(indexers)\n"
                + ".build()",
            SHARED_INDEX_INFORMER, r.model(), LIST_WATCH,
            r.namespaced() ? "namespace, tweakListOptions" : "tweakListOptions")
        .build();
  }
}
