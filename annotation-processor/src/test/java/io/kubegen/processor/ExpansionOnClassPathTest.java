package io.kubegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An expansion interface that is already compiled, on the class path rather than among the
 * sources, is found by listing its package and extended instead of generated.
 */
class ExpansionOnClassPathTest {
  private static final String PACKAGE = "test.client.clientset.typed.example.v1";

  @Test
  void isExtendedNotGenerated(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/FooExpansion.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package " + PACKAGE + ";\n"
        + "/** Written by hand and compiled earlier. */\n"
        + "public interface FooExpansion {\n"
        + "  /** A method of the user's own. */\n"
        + "  default String greeting() { return \"hello\"; }\n"
        + "}\n");
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), source.toString()));

    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    List<String> options = new ArrayList<>(Compilations.STRICT);
    Compilation c = Compiler.javac().withProcessors(new KubegenProcessor())
        .withClasspath(classPath).withOptions(options)
        .compile(Fixtures.with(Fixtures.simple("Foo")));

    assertThat(c).succeededWithoutWarnings();
    assertFalse(c.generatedSourceFile(PACKAGE + ".FooExpansion").isPresent(),
        "the compiled expansion is not generated again");
    String client = c.generatedSourceFile(PACKAGE + ".FooClient").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(client.contains("interface FooClient extends FooExpansion"), client);
  }
}
