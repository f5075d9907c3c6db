package io.kubegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources (plus hand-written probe sources that use them) the way users do:
 * {@code javac --release 17 -Xlint:all -Werror}, against this test's classpath (client-runtime and
 * Jackson), into a temporary directory; then loads the classes so that tests run them. Any
 * warning fails the compilation, reported with every diagnostic and the numbered source it points
 * at. Reusable by every emitter's tests:
 *
 * <pre>{@code
 * try (CompileHarness.Compiled c = CompileHarness.compile(result.sources(), Map.of())) {
 *   Class<?> widget = c.load("io.example.apis.example.v1.Widget");
 * }
 * }</pre>
 *
 * <p>The classpath is surefire's {@code surefire.test.class.path} when set (under surefire's
 * manifest-only jar {@code java.class.path} holds just the booter), else {@code java.class.path}.
 */
final class CompileHarness {
  private CompileHarness() {}

  /** Classes compiled into a temporary directory, and a loader for them; close to delete both. */
  static final class Compiled implements AutoCloseable {
    private final Path dir;
    private final URLClassLoader loader;

    private Compiled(Path dir) throws MalformedURLException {
      this.dir = dir;
      this.loader =
          new URLClassLoader(new URL[] {dir.toUri().toURL()}, CompileHarness.class.getClassLoader());
    }

    Class<?> load(String name) {
      try {
        return Class.forName(name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("not compiled: " + name, e);
      }
    }

    ClassLoader loader() {
      return loader;
    }

    @Override
    public void close() throws IOException {
      loader.close();
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Compiles {@code sources} and {@code probes} (both: path relative to a source root, such as
   * {@code io/acme/Foo.java}, to source text) with {@code -Xlint:all -Werror}.
   */
  static Compiled compile(Map<String, String> sources, Map<String, String> probes) {
    try {
      Path root = Files.createTempDirectory("kubegen-compile-");
      Path src = Files.createDirectories(root.resolve("src"));
      Path out = Files.createDirectories(root.resolve("classes"));
      List<File> files = new ArrayList<>();
      for (Map<String, String> set : List.of(sources, probes)) {
        for (Map.Entry<String, String> e : set.entrySet()) {
          Path p = src.resolve(e.getKey());
          Files.createDirectories(p.getParent());
          Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
          files.add(p.toFile());
        }
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options =
            List.of(
                "--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
                "-classpath", classpath(), "-d", out.toString());
        StringWriter log = new StringWriter();
        boolean ok =
            javac.getTask(log, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
        if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
          throw new AssertionError("compilation failed:\n" + report(diagnostics) + log);
        }
      }
      return new Compiled(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #compile(Map, Map)} of JavaPoet files with no probes. */
  static Compiled compile(List<JavaFile> files) {
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    for (JavaFile f : files) {
      sources.put(f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java", f.toString());
    }
    return compile(sources, Map.of());
  }

  static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  private static String report(DiagnosticCollector<JavaFileObject> diagnostics) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      sb.append(d.getKind()).append(": ")
          .append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
          .append(d.getMessage(Locale.ROOT)).append('\n');
      if (d.getSource() != null && d.getLineNumber() > 0) {
        try {
          List<String> lines = List.of(d.getSource().getCharContent(true).toString().split("\n", -1));
          long from = Math.max(1, d.getLineNumber() - 3);
          long to = Math.min(lines.size(), d.getLineNumber() + 2);
          for (long i = from; i <= to; i++) {
            sb.append(String.format(Locale.ROOT, "%5d| %s%n", i, lines.get((int) i - 1)));
          }
        } catch (IOException e) {
          sb.append("  (source unreadable: ").append(e.getMessage()).append(")\n");
        }
      }
    }
    return sb.toString();
  }
}
