package io.kubegen.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor, and reads what it wrote. */
final class Compilations {
  /** javac's lint, warnings as errors; {@code processing} off, since the processor never claims. */
  static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  private Compilations() {}

  static Compilation compile(List<JavaFileObject> sources, String... options) {
    return compile(List.of(new KubegenProcessor()), sources, options);
  }

  static Compilation compile(List<Processor> processors, List<JavaFileObject> sources,
      String... options) {
    List<String> all = new ArrayList<>(STRICT);
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(processors).withOptions(all).compile(sources);
  }

  /** Sources from test resources, by path under {@code src/test/resources}. */
  static List<JavaFileObject> resources(String... paths) {
    List<JavaFileObject> out = new ArrayList<>();
    for (String p : paths) {
      out.add(JavaFileObjects.forResource(p));
    }
    return out;
  }

  /** A one-class source. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** The text of a resource the processor wrote to the class output, if any. */
  static Optional<String> classOutput(Compilation c, String path) {
    return c.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(f -> {
      try (InputStream in = f.openInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Compares {@code actual} with the golden file at {@code src/test/resources/golden/<name>}; with
   * {@code -Dkubegen.golden.update=true} rewrites the golden file instead.
   */
  static void assertGolden(String name, String actual) throws IOException {
    Path dir = Path.of(System.getProperty("kubegen.golden.dir", "src/test/resources/golden"));
    Path file = dir.resolve(name);
    if (Boolean.getBoolean("kubegen.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), "no golden file " + file
        + ": run with -Dkubegen.golden.update=true to write it");
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("output differs from " + file + " (rerun with -Dkubegen.golden.update=true if the"
          + " change is intended)\n--- expected\n" + expected + "\n--- actual\n" + actual);
    }
  }

  /** A class loader over the compilation's class files, delegating the rest to the test's. */
  static ClassLoader loader(Compilation compilation) throws IOException {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = f.toUri().getPath();
      String binary = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
          path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = f.openInputStream()) {
        classes.put(binary, in.readAllBytes());
      }
    }
    return new ClassLoader(Compilations.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
