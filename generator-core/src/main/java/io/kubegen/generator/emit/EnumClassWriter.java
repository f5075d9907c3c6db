package io.kubegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.model.EnumDef;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one string enum as an open enum: a final class with one constant per known value, whose
 * instances are compared by their text. Reading a value the API added after generation gives an
 * instance that keeps the text and writes it back unchanged ({@link #write()} shows the shape).
 * A Java {@code enum} cannot do that without losing the text or failing the read.
 */
final class EnumClassWriter {
  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  private static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");

  private final EmitContext context;
  private final ClassName className;
  private final EnumDef def;

  EnumClassWriter(EmitContext context, ClassName className, EnumDef def) {
    this.context = context;
    this.className = className;
    this.def = def;
  }

  TypeSpec write() {
    List<String> constants = context.naming().enumConstants(def.values(), Set.of());
    CodeBlock.Builder doc = CodeBlock.builder().add(Javadocs.of(def.description()));
    doc.add(doc.isEmpty() ? "" : "\n<p>")
        .add(
            "Known values are the constants; {@link #fromValue} also accepts values added to the"
                + " API later, which {@link #isKnown()} tells apart and JSON writes back unchanged."
                + " Compare with {@code equals}, or switch on {@link #value()}.\n");
    if (def.deprecated()) {
      doc.add("\n@deprecated the API marks this type deprecated\n");
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(doc.build())
            .addAnnotation(GeneratedSources.generatedAnnotation());
    if (def.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    for (int i = 0; i < constants.size(); i++) {
      String value = def.values().get(i);
      type.addField(
          FieldSpec.builder(className, constants.get(i), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The value $L.\n", Javadocs.code(value))
              .initializer("new $T($L, true)", className, Literals.string(value))
              .build());
    }
    type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "known", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value")
                .addParameter(boolean.class, "known")
                .addStatement("this.value = value")
                .addStatement("this.known = known")
                .build())
        .addMethod(fromValue(constants))
        .addMethod(values(constants))
        .addMethod(
            MethodSpec.methodBuilder("value")
                .addJavadoc("The text on the wire.\n")
                .addAnnotation(JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("isKnown")
                .addJavadoc("Whether this is one of the constants, rather than a value added to the API later.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return known")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "o")
                .addStatement("return o instanceof $T other && value.equals(other.value)", className)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return value.hashCode()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
    return type.build();
  }

  private MethodSpec fromValue(List<String> constants) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc(
                "The constant for {@code value}, or for a value this class does not know, an instance"
                    + " that keeps it.\n\n@throws NullPointerException if {@code value} is null\n")
            .addAnnotation(
                AnnotationSpec.builder(JSON_CREATOR)
                    .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(className)
            .addParameter(String.class, "value")
            .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
            .beginControlFlow("switch (value)");
    for (int i = 0; i < constants.size(); i++) {
      b.addCode("case $L:\n$>return $N;\n$<", Literals.string(def.values().get(i)), constants.get(i));
    }
    return b.addCode("default:\n$>return new $T(value, false);\n$<", className).endControlFlow().build();
  }

  private MethodSpec values(List<String> constants) {
    CodeBlock all = constants.stream().map(c -> CodeBlock.of("$N", c)).collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("values")
        .addJavadoc("The known values, in the order the API lists them.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), className))
        .addStatement("return $T.of($L)", List.class, all)
        .build();
  }
}
