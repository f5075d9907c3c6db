package io.kubegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles a namespaced {@code CronTab} (spec, status, scale, a list class, a hand-written lister
 * expansion) and a cluster-scoped {@code ClusterPolicy} with the processor, under {@code
 * -Xlint:all -Werror}: the generated listers and informers compile in the same run, the CRDs match
 * their golden files, and the generated code runs over the runtime's {@code Fake}.
 */
class ProcessorSuccessTest {
  static final List<String> MODEL = List.of(
      "good/com/example/crontab/package-info.java",
      "good/com/example/crontab/CronTab.java",
      "good/com/example/crontab/CronTabList.java",
      "good/com/example/crontab/CronTabSpec.java",
      "good/com/example/crontab/CronTabStatus.java",
      "good/com/example/policy/ClusterPolicy.java",
      "good/com/example/policy/ClusterPolicyList.java",
      "good/com/example/client/listers/stable/v1/CronTabListerExpansion.java");
  private static final String CRONTABS = "META-INF/kubegen/crds/crontabs.stable.example.com.yaml";
  private static final String POLICIES =
      "META-INF/kubegen/crds/clusterpolicies.policy.example.com.yaml";

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = compileGood();
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static Compilation compileGood() {
    List<JavaFileObject> sources = new java.util.ArrayList<>(
        Compilations.resources(MODEL.toArray(String[]::new)));
    sources.addAll(Compilations.resources("good/com/example/test/Scenario.java"));
    return Compilations.compile(sources);
  }

  @Test
  void crdsMatchGoldenFiles() throws IOException {
    Compilations.assertGolden("crontabs.stable.example.com.yaml",
        Compilations.classOutput(compilation, CRONTABS).orElseThrow());
    Compilations.assertGolden("clusterpolicies.policy.example.com.yaml",
        Compilations.classOutput(compilation, POLICIES).orElseThrow());
  }

  @Test
  void generatedSourcesMatchGoldenList() throws IOException {
    StringBuilder names = new StringBuilder();
    sources(compilation).keySet().forEach(n -> names.append(n).append('\n'));
    Compilations.assertGolden("generated-sources.txt", names.toString());
    assertFalse(names.toString().contains("listers/stable/v1/CronTabListerExpansion.java"),
        "the user's expansion is not generated");
    assertFalse(names.toString().contains("Expansion.java"), "no empty expansion is generated");
  }

  @Test
  void outputIsDeterministic() {
    Compilation again = compileGood();
    assertEquals(sources(compilation), sources(again));
    assertEquals(Compilations.classOutput(compilation, CRONTABS),
        Compilations.classOutput(again, CRONTABS));
  }

  @Test
  void generatedListersAndInformersRunOverTheFake() throws Throwable {
    run("resources");
    run("informersFillListers");
  }

  @Test
  void generatedFakeClientsetRunsOnTheAnnotatedClasses() throws Throwable {
    run("fakeClientsetServesTheAnnotatedClasses");
  }

  private static void run(String step) throws Throwable {
    ClassLoader loader = Compilations.loader(compilation);
    Object scenario = loader.loadClass("com.example.test.Scenario").getDeclaredConstructor()
        .newInstance();
    try {
      scenario.getClass().getMethod(step).invoke(scenario);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Generated sources by path, with their text. */
  static Map<String, String> sources(Compilation c) {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject f : c.generatedSourceFiles()) {
      String path = f.toUri().getPath();
      path = path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length());
      try {
        out.put(path, f.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
