package io.kubegen.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.emit.Generator;
import io.kubegen.generator.emit.GeneratorResult;
import io.kubegen.generator.emit.ModelTypes;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.naming.PackageLayout;
import io.kubegen.runtime.scheme.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on real input: the real API definitions are read, every artifact kind is
 * generated, and the output compiles with {@code -Xlint:all -Werror} against client-runtime; for
 * Kubernetes itself a probe then uses the generated clientset, fake, informers and listers.
 */
class GeneratedClientCompileTest {

  @Test
  void kubernetes136CompilesCleanlyAndWorks(@TempDir Path tmp) throws Exception {
    ApiModel model = OpenApiReader.create().read(Corpus.dir("specs/v2/kubernetes-1.36.0.json"));
    GeneratorResult result = Generator.builder().basePackage("io.acme.k8s").build().generate(model);
    assertTrue(result.counts().files() > 1000, "a whole API's worth of files: " + result.counts());

    Path classes = compile(result, tmp, Path.of("src/test/resources/probes/KubernetesProbe.java"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Runnable probe = (Runnable) loader.loadClass("io.acme.k8s.probe.KubernetesProbe")
          .getDeclaredConstructor().newInstance();
      probe.run();
    }
  }

  @Test
  void everyCorpusCrdCompilesCleanly(@TempDir Path tmp) throws Exception {
    List<Path> crds;
    try (Stream<Path> files = Files.list(Corpus.dir("crds"))) {
      crds = files.filter(p -> p.toString().endsWith(".yaml"))
          // These two repeat CRDs that other corpus files define (a trimmed copy and a bundle).
          .filter(p -> !p.getFileName().toString().equals("artemis-operator-activemqartemis-scale.yaml"))
          .filter(p -> !p.getFileName().toString().equals("cert-manager-certificaterequest.yaml"))
          .sorted().toList();
    }
    ApiModel model = CrdReader.create().read(crds).model();
    GeneratorResult result = Generator.builder().basePackage("io.acme.crds").build().generate(model);
    assertTrue(result.counts().resources() >= crds.size(), "a client per CRD: " + result.counts());

    Path classes = compile(result, tmp);

    // Every kind, populated with every property of its schema, round-trips without loss.
    PackageLayout layout = Naming.defaults().layout("io.acme.crds",
        model.groups().stream().map(ApiGroup::name).toList());
    SampleObjects samples = new SampleObjects(model);
    JsonCodec json = JsonCodec.shared();
    List<String> lossy = new ArrayList<>();
    int checked = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (ApiGroup g : model.groups()) {
        for (ApiVersion v : g.versions()) {
          for (Resource r : v.resources()) {
            TypeId id = ((TypeRef.NamedRef) r.objectType()).id();
            Map<String, Object> sample = new LinkedHashMap<>(samples.of(id));
            sample.put("apiVersion", g.name() + "/" + v.name());
            sample.put("kind", r.kind());
            byte[] in = json.write(sample);
            Class<?> type = loader.loadClass(ModelTypes.modelClass(layout, id).canonicalName());
            Object object = json.read(in, type);
            Map<String, Object> back = json.readMap(json.write(object));
            if (!json.readMap(in).equals(back)) {
              lossy.add(id + ":\n  sent " + json.readMap(in) + "\n  got  " + back);
            }
            checked++;
          }
        }
      }
    }
    assertTrue(lossy.isEmpty(), lossy.size() + " of " + checked + " kinds lost data:\n" + String.join("\n", lossy));
    assertTrue(checked >= crds.size(), "checked " + checked + " kinds");
  }

  /** Writes the sources and compiles them (and any extra files) with -Xlint:all -Werror. */
  private static Path compile(GeneratorResult result, Path tmp, Path... extra) throws IOException {
    Path src = tmp.resolve("src");
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    result.writeTo(src);
    List<Path> files = new ArrayList<>(List.of(extra));
    try (Stream<Path> walk = Files.walk(src)) {
      walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      boolean ok = javac.getTask(null, fm, diagnostics,
              List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-implicit:none",
                  "-classpath", classpath, "-d", classes.toString()),
              null, fm.getJavaFileObjectsFromPaths(files))
          .call();
      List<String> problems = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
              || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
          .limit(20)
          .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .toList();
      assertTrue(ok && problems.isEmpty(), "generated code must compile cleanly:\n" + String.join("\n", problems));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return classes;
  }
}
