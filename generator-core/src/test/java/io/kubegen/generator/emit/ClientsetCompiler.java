package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles emitted sources with {@code -Xlint:all -Werror} against the test classpath
 * (client-runtime and the stand-in models), and loads the classes, so tests can run them.
 */
final class ClientsetCompiler {
  private ClientsetCompiler() {}

  /** Compiles, failing the test with every diagnostic; returns a loader of the new classes. */
  static ClassLoader compile(List<JavaFile> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile f : files) {
      sources.add(JavaFileObjects.forSourceString(
          f.packageName() + "." + f.typeSpec().name(), f.toString()));
    }
    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .compile(sources);
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.warnings().isEmpty()) {
      fail("generated code does not compile cleanly:\n" + compilation.diagnostics().stream()
          .map(ClientsetCompiler::describe)
          .collect(Collectors.joining("\n")));
    }
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
          path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new GeneratedClassLoader(classes, ClientsetCompiler.class.getClassLoader());
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
        + d.getLineNumber() + ": " + d.getMessage(null);
  }

  /**
   * Calls a public method of {@code target} by name, through a public interface that declares it
   * (the generated implementations are package-private), picking the overload whose parameters
   * accept the arguments.
   */
  static Object call(Object target, String name, Object... args) {
    Deque<Class<?>> types = new ArrayDeque<>(List.of(target.getClass().getInterfaces()));
    if (java.lang.reflect.Modifier.isPublic(target.getClass().getModifiers())) {
      types.addFirst(target.getClass());
    }
    while (!types.isEmpty()) {
      Class<?> type = types.removeFirst();
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && accepts(m, args)) {
          try {
            return m.invoke(target, args);
          } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
              throw r;
            }
            throw new IllegalStateException(e.getCause());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      types.addAll(List.of(type.getInterfaces()));
    }
    throw new IllegalArgumentException("no public method " + name + " on " + target.getClass()
        + " for " + args.length + " arguments");
  }

  private static boolean accepts(Method m, Object[] args) {
    Class<?>[] params = m.getParameterTypes();
    if (params.length != args.length || m.isVarArgs()) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      if (args[i] != null && !params[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  /** Loads the compiled classes first, everything else from the test classpath. */
  private static final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    GeneratedClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          byte[] bytes = classes.get(name);
          c = bytes != null ? defineClass(name, bytes, 0, bytes.length) : super.loadClass(name, false);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
