package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.naming.Naming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lister and informer sources for {@link InformerTestModels#sample()} match the files under
 * {@code src/test/resources/golden-informers/expected} exactly. Run with {@code
 * -Dkubegen.golden.update=true} to rewrite them after an intended change, and review the diff.
 */
class InformerGoldenTest {
  private static final Path EXPECTED = Path.of(System.getProperty("basedir", "."))
      .resolve("src/test/resources/golden-informers/expected");
  private static final boolean UPDATE = Boolean.getBoolean("kubegen.golden.update");

  static Map<String, String> emitSample() {
    EmitContext context =
        EmitContext.of(InformerTestModels.sample(), Naming.defaults(), InformerTestModels.BASE);
    Map<String, String> sources = new TreeMap<>();
    List<JavaFile> files = new ArrayList<>(new ListerEmitter().emit(context));
    files.addAll(new InformerEmitter().emit(context));
    for (JavaFile f : files) {
      String path = f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java";
      if (sources.put(path, f.toString()) != null) {
        throw new AssertionError("emitted twice: " + path);
      }
    }
    return sources;
  }

  @Test
  void outputMatchesGoldenFiles() throws IOException {
    Map<String, String> actual = emitSample();
    if (UPDATE) {
      rewrite(actual);
    }
    Map<String, String> expected = readExpected();
    assertEquals(expected.keySet(), actual.keySet(), "emitted files");
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertEquals(expected.get(e.getKey()), e.getValue(), e.getKey());
    }
  }

  @Test
  void emittingTwiceGivesTheSameBytes() {
    assertEquals(emitSample(), emitSample());
  }

  @Test
  void resourcesWithoutListAndWatchGetNothing() {
    Map<String, String> actual = emitSample();
    assertFalse(actual.keySet().stream().anyMatch(p -> p.contains("Binding")), actual.keySet().toString());
    assertTrue(actual.containsKey("io/acme/listers/core/v1/NamespaceLister.java"));
    assertFalse(actual.containsKey("io/acme/listers/core/v1/NamespaceNamespaceLister.java"),
        "a cluster-scoped resource has no namespace lister");
  }

  @Test
  void everyFileHasTheHeaderAndGeneratedAnnotation() {
    for (Map.Entry<String, String> e : emitSample().entrySet()) {
      assertTrue(e.getValue().startsWith("// " + GeneratedSources.HEADER + "\n"), e.getKey());
      assertTrue(e.getValue().contains("@Generated(\"io.kubegen\")"), e.getKey());
    }
  }

  @Test
  void emittersListTheirFilesSortedByQualifiedName() {
    EmitContext context =
        EmitContext.of(InformerTestModels.sample(), Naming.defaults(), InformerTestModels.BASE);
    for (Emitter emitter : List.of(new ListerEmitter(), new InformerEmitter())) {
      List<String> names = emitter.emit(context).stream()
          .map(f -> f.packageName() + "." + f.typeSpec().name()).toList();
      assertEquals(names.stream().sorted().toList(), names, emitter.kind());
    }
  }

  private static Map<String, String> readExpected() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    if (!Files.isDirectory(EXPECTED)) {
      throw new AssertionError(EXPECTED + " is missing: run with -Dkubegen.golden.update=true");
    }
    try (Stream<Path> walk = Files.walk(EXPECTED)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        expected.put(EXPECTED.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return expected;
  }

  private static void rewrite(Map<String, String> actual) throws IOException {
    if (Files.isDirectory(EXPECTED)) {
      try (Stream<Path> walk = Files.walk(EXPECTED)) {
        walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    for (Map.Entry<String, String> e : actual.entrySet()) {
      Path p = EXPECTED.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
