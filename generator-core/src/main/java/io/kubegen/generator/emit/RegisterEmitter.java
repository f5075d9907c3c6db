package io.kubegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.naming.PackageLayout;
import io.kubegen.generator.types.JavaTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Artifact kind {@code register}, as register-gen: per group version with resources,
 * {@code B.apis.<group>.<version>.<Group><Version>Register} with {@code GROUP_NAME},
 * {@code SCHEME_GROUP_VERSION}, {@code resource(String)}, {@code kind(String)} and
 * {@code addToScheme(Scheme)}, which registers each resource's kind and list kind (sorted by kind)
 * and maps its resource with its scope; plus {@code B.clientset.scheme.ClientsetScheme} (see
 * {@link SchemeEmitter}) that registers them all.
 */
public final class RegisterEmitter implements Emitter {
  public static final String KIND = "register";

  static final String SCHEME_PACKAGE = "io.kubegen.runtime.scheme";
  static final ClassName SCHEME = ClassName.get(SCHEME_PACKAGE, "Scheme");
  private static final ClassName GROUP_VERSION = ClassName.get(SCHEME_PACKAGE, "GroupVersion");
  private static final ClassName GROUP_RESOURCE = ClassName.get(SCHEME_PACKAGE, "GroupResource");
  private static final ClassName GROUP_KIND = ClassName.get(SCHEME_PACKAGE, "GroupKind");

  @Override
  public String kind() {
    return KIND;
  }

  /** The Register class of a group version: {@code B.apis.apps.v1.AppsV1Register}. */
  public static ClassName registerClass(PackageLayout layout, String group, String version) {
    return ClassName.get(
        layout.modelPackage(group, version),
        layout.groups().groupVersionPrefix(group, version) + "Register");
  }

  /** Whether a group version gets a Register class: it serves at least one resource. */
  public static boolean hasRegister(ApiVersion version) {
    return !version.resources().isEmpty();
  }

  @Override
  public List<JavaFile> emit(EmitContext context) {
    JavaTypes types = ModelTypes.javaTypes(context);
    List<JavaFile> files = new ArrayList<>();
    for (ApiGroup g : context.model().groups()) {
      for (ApiVersion v : g.versions()) {
        if (hasRegister(v)) {
          ClassName name = registerClass(context.layout(), g.name(), v.name());
          checkNoModelClash(context, g, v, name);
          files.add(GeneratedSources.file(name.packageName(), register(context, types, g, v, name)));
        }
      }
    }
    files.add(SchemeEmitter.clientsetScheme(context));
    files.sort(Comparator.comparing(f -> f.packageName() + "." + f.typeSpec().name()));
    return List.copyOf(files);
  }

  private static void checkNoModelClash(EmitContext context, ApiGroup g, ApiVersion v, ClassName name) {
    for (var t : v.types()) {
      String modelName = context.naming().typeName(t.name());
      if (modelName.equalsIgnoreCase(name.simpleName())) {
        throw new IllegalArgumentException(
            "[kubegen-register] type '" + t.name() + "' of " + ModelTypes.apiVersion(g.name(), v.name())
                + " would share the file of the register class " + name.simpleName()
                + ": rename the type, or override the group's names (Naming.Builder.groupOverride)");
      }
    }
  }

  private static TypeSpec register(
      EmitContext context, JavaTypes types, ApiGroup g, ApiVersion v, ClassName name) {
    String apiVersion = ModelTypes.apiVersion(g.name(), v.name());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The kinds and resources of $L, for a {@link $T}.\n",
                Javadocs.code(apiVersion),
                SCHEME)
            .addAnnotation(GeneratedSources.generatedAnnotation())
            .addField(
                FieldSpec.builder(String.class, "GROUP_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The API group; {@code \"\"} for the core group.\n")
                    .initializer("$L", Literals.string(g.name()))
                    .build())
            .addField(
                FieldSpec.builder(GROUP_VERSION, "SCHEME_GROUP_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The group version these kinds are registered in.\n")
                    .initializer("new $T(GROUP_NAME, $L)", GROUP_VERSION, Literals.string(v.name()))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("resource")
                    .addJavadoc("A resource of this group, such as {@code resource(\"deployments\")}.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(GROUP_RESOURCE)
                    .addParameter(String.class, "resource")
                    .addStatement("return new $T(GROUP_NAME, resource)", GROUP_RESOURCE)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("kind")
                    .addJavadoc("A kind of this group, such as {@code kind(\"Deployment\")}.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(GROUP_KIND)
                    .addParameter(String.class, "kind")
                    .addStatement("return new $T(GROUP_NAME, kind)", GROUP_KIND)
                    .build());

    MethodSpec.Builder add =
        MethodSpec.methodBuilder("addToScheme")
            .addJavadoc(
                "Registers the kinds and list kinds of $L and maps their resources; returns"
                    + " {@code scheme}. Registering twice does nothing.\n",
                Javadocs.code(apiVersion))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(SCHEME)
            .addParameter(SCHEME, "scheme")
            .addStatement("$T.requireNonNull(scheme, $S)", Objects.class, "scheme");
    boolean deprecated = false;
    for (Resource r : v.resources()) {
      deprecated |= ModelTypes.usesDeprecated(context.model(), r.objectType())
          || ModelTypes.usesDeprecated(context.model(), r.listType());
      add.addStatement(
          "scheme.addKnownType(SCHEME_GROUP_VERSION.withKind($L), $T.class)", Literals.string(r.kind()), types.of(r.objectType()));
      add.addStatement(
          "scheme.addKnownType(SCHEME_GROUP_VERSION.withKind($L), $T.class)", Literals.string(r.listKind()), types.of(r.listType()));
    }
    for (Resource r : v.resources()) {
      add.addStatement(
          "scheme.addResource($L, $L, $L, $L)",
          CodeBlock.of("SCHEME_GROUP_VERSION.withResource($L)", Literals.string(r.plural())),
          CodeBlock.of("SCHEME_GROUP_VERSION.withKind($L)", Literals.string(r.kind())),
          CodeBlock.of("SCHEME_GROUP_VERSION.withKind($L)", Literals.string(r.listKind())),
          r.namespaced());
    }
    if (deprecated) {
      add.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    type.addMethod(add.addStatement("return scheme").build());
    return type.build();
  }
}
