package io.kubegen.generator.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.naming.Naming;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles the listers and informers of {@link InformerTestModels#sample()} with {@code -Xlint:all
 * -Werror} against client-runtime, together with stand-in model classes, a user-written lister
 * expansion and {@code InformerScenario} (test resources), then runs the scenario's steps over
 * the runtime's {@code io.kubegen.runtime.testing.Fake}.
 */
class InformerRunTest {
  private static final String SCENARIO = "golden-informers/scenario/";
  private static final String USER_EXPANSION = "io.acme.listers.apps.v1.DeploymentListerExpansion";

  private static ClassLoader compiled;

  @BeforeAll
  static void compile() throws IOException {
    EmitContext all =
        EmitContext.of(InformerTestModels.sample(), Naming.defaults(), InformerTestModels.BASE);
    EmitContext context = new EmitContext(all.model(), all.naming(), all.layout(), all.kinds(),
        Set.of(USER_EXPANSION));
    List<JavaFile> files = new ArrayList<>(new ListerEmitter().emit(context));
    files.addAll(new InformerEmitter().emit(context));
    List<String> names = files.stream().map(f -> f.packageName() + "." + f.typeSpec().name()).toList();
    assertFalse(names.contains(USER_EXPANSION), "the user's expansion is not generated");
    assertFalse(names.contains("io.acme.listers.apps.v1.DeploymentNamespaceListerExpansion"),
        "no empty expansion is generated");

    List<JavaFileObject> sources = new ArrayList<>();
    files.forEach(f -> sources.add(f.toJavaFileObject()));
    sources.addAll(InformerTestModels.modelSources(context));
    sources.add(JavaFileObjects.forResource(SCENARIO + "io/acme/listers/apps/v1/DeploymentListerExpansion.java"));
    sources.add(JavaFileObjects.forResource(SCENARIO + "io/acme/test/InformerScenario.java"));
    compiled = loader(compileStrictly(sources));
  }

  /** Compiles with every lint and warnings as errors; fails with javac's messages. */
  static Compilation compileStrictly(List<JavaFileObject> sources) {
    Compilation compilation =
        Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void factoryFillsListers() throws Throwable {
    run("factoryFillsListers");
  }

  @Test
  void forResourceFindsRegisteredInformers() throws Throwable {
    run("forResourceFindsRegisteredInformers");
  }

  @Test
  void factoryOptionsReachInformers() throws Throwable {
    run("factoryOptionsReachInformers");
  }

  @Test
  void standaloneInformers() throws Throwable {
    run("standaloneInformers");
  }

  @Test
  void generatedClassesHaveTheExpectedShape() throws Exception {
    Class<?> factory = compiled.loadClass("io.acme.informers.SharedInformerFactory");
    assertEquals("io.kubegen.runtime.informers.SharedInformerFactory",
        factory.getSuperclass().getName());
    assertTrue(java.lang.reflect.Modifier.isFinal(factory.getModifiers()));
    Class<?> lister = compiled.loadClass("io.acme.listers.core.v1.NamespaceLister");
    assertTrue(lister.isInterface());
    assertEquals(List.of("get", "list", "list", "list", "of"),
        java.util.Arrays.stream(lister.getDeclaredMethods()).map(m -> m.getName()).sorted().toList(),
        "a cluster-scoped lister: list forms and get, no namespace accessor");
  }

  private static void run(String step) throws Throwable {
    Object scenario = compiled.loadClass("io.acme.test.InformerScenario")
        .getDeclaredConstructor().newInstance();
    try {
      scenario.getClass().getMethod(step).invoke(scenario);
    } catch (InvocationTargetException e) {
      throw e.getCause();
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
    return new ClassLoader(InformerRunTest.class.getClassLoader()) {
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
