package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.naming.PackageLayout;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The aggregate scheme of a clientset, as client-go's {@code clientset/scheme}:
 * {@code B.clientset.scheme.ClientsetScheme} with {@code addToScheme(Scheme)} calling every
 * group version's Register, and {@code newScheme()}. Written by {@link RegisterEmitter}; other
 * emitters refer to it through {@link #clientsetSchemeClass}.
 */
public final class SchemeEmitter {
  private SchemeEmitter() {}

  /** {@code B.clientset.scheme.ClientsetScheme}. */
  public static ClassName clientsetSchemeClass(PackageLayout layout) {
    return ClassName.get(layout.schemePackage(), "ClientsetScheme");
  }

  static JavaFile clientsetScheme(EmitContext context) {
    ClassName name = clientsetSchemeClass(context.layout());
    MethodSpec.Builder add =
        MethodSpec.methodBuilder("addToScheme")
            .addJavadoc(
                "Registers the kinds and resources of every group version of this clientset;"
                    + " returns {@code scheme}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(RegisterEmitter.SCHEME)
            .addParameter(RegisterEmitter.SCHEME, "scheme")
            .addStatement("$T.requireNonNull(scheme, $S)", Objects.class, "scheme");
    for (ApiGroup g : context.model().groups()) {
      for (ApiVersion v : g.versions()) {
        if (RegisterEmitter.hasRegister(v)) {
          add.addStatement(
              "$T.addToScheme(scheme)", RegisterEmitter.registerClass(context.layout(), g.name(), v.name()));
        }
      }
    }
    TypeSpec type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The kinds and resources of every group version of this clientset.\n")
            .addAnnotation(GeneratedSources.generatedAnnotation())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(add.addStatement("return scheme").build())
            .addMethod(
                MethodSpec.methodBuilder("newScheme")
                    .addJavadoc(
                        "A new scheme with the runtime's meta types and every kind of this clientset.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(RegisterEmitter.SCHEME)
                    .addStatement("return addToScheme($T.withMetaTypes())", RegisterEmitter.SCHEME)
                    .build())
            .build();
    return GeneratedSources.file(name.packageName(), type);
  }
}
