package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

  /** A stand-in for another helper's emitter: one class per model group. */
  private static final class MarkerEmitter implements Emitter {
    private final String kind;

    MarkerEmitter(String kind) {
      this.kind = kind;
    }

    @Override
    public String kind() {
      return kind;
    }

    @Override
    public List<JavaFile> emit(EmitContext context) {
      assertTrue(context.kinds().contains(kind), "the context names the kinds of this run");
      ClassName name = ClassName.get(context.layout().clientsetPackage(), "Marker");
      return List.of(GeneratedSources.file(name.packageName(), TypeSpec.classBuilder(name).build()));
    }
  }

  @Test
  void defaultsToAllKnownKindsAndCounts() {
    GeneratorResult r = Generator.builder().basePackage("io.example").build().generate(GoldenModel.model());
    assertEquals(Set.of("models", "register", "clientset", "fake", "listers", "informers"),
        Generator.builtInKinds());
    assertEquals(2, r.counts().groups());
    assertEquals(2, r.counts().resources());
    assertEquals(12, r.counts().types());
    assertEquals(Generator.builtInKinds(), r.counts().filesByKind().keySet(), "every kind ran");
    assertEquals(12, r.counts().filesByKind().get("models"));
    assertEquals(3, r.counts().filesByKind().get("register"));
    assertEquals(r.files().size(), r.counts().files());
    assertEquals(r.counts().files(),
        r.counts().filesByKind().values().stream().mapToInt(Integer::intValue).sum());
    List<String> names = r.files().stream().map(f -> f.packageName() + "." + f.typeSpec().name()).toList();
    assertEquals(names.stream().sorted().toList(), names, "files sorted by class name");
  }

  @Test
  void unknownKindNamesTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Generator.builder().basePackage("io.example").kinds(Set.of("models", "crds")).build());
    assertEquals("[kubegen] unknown artifact kind [crds]; known kinds: "
        + "[clientset, fake, informers, listers, models, register]", e.getMessage());
  }

  @Test
  void anotherEmitterPlugsInByKind() {
    GeneratorResult r =
        Generator.builder()
            .basePackage("io.example")
            .emitter(new MarkerEmitter("crds"))
            .kinds(List.of("crds", "register"))
            .build()
            .generate(GoldenModel.model());
    assertEquals(Map.of("register", 3, "crds", 1), r.counts().filesByKind());
    assertTrue(r.sources().containsKey("io/example/clientset/Marker.java"));
  }

  @Test
  void twoEmittersWritingOneClassFail() {
    Generator g =
        Generator.builder()
            .basePackage("io.example")
            .emitter(new MarkerEmitter("a"))
            .emitter(new MarkerEmitter("b"))
            .kinds(Set.of("a", "b"))
            .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.generate(GoldenModel.model()));
    assertEquals("[kubegen] emitters 'a' and 'b' both write class io.example.clientset.Marker", e.getMessage());
  }

  @Test
  void badBasePackageFailsAtBuild() {
    assertThrows(IllegalArgumentException.class, () -> Generator.builder().basePackage("io..x").build());
    assertThrows(IllegalStateException.class, () -> Generator.builder().build());
  }

  @Test
  void writesFilesAndLeavesUnchangedOnesAlone(@TempDir Path dir) throws IOException {
    GeneratorResult r = Generator.builder().basePackage("io.example").build().generate(GoldenModel.model());
    List<Path> written = r.writeTo(dir.resolve("out"));
    assertEquals(r.counts().files(), written.size());
    Path widget = dir.resolve("out/io/example/apis/example/v1/Widget.java");
    assertEquals(r.sources().get("io/example/apis/example/v1/Widget.java"), Files.readString(widget));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(widget, old);
    Files.writeString(dir.resolve("out/io/example/apis/core/v1/Gadget.java"), "stale");
    r.writeTo(dir.resolve("out"));
    assertEquals(old, Files.getLastModifiedTime(widget), "unchanged file not rewritten");
    assertTrue(Files.readString(dir.resolve("out/io/example/apis/core/v1/Gadget.java")).contains("class Gadget"));
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertEquals(List.of(dir.resolve("out/io")), files.toList(), "no staging directory left behind");
    }
  }

  @Test
  void writesIntoAnEmptyDirectoryAndSummarisesEachFile(@TempDir Path dir) throws IOException {
    GeneratorResult r = Generator.builder().basePackage("io.example").build().generate(GoldenModel.model());
    Map<String, Integer> lengths = r.writeToEmpty(dir, bytes -> bytes.length);
    Map<String, String> sources = r.sources();
    assertEquals(List.copyOf(sources.keySet()), List.copyOf(lengths.keySet()), "file order");
    for (Map.Entry<String, String> e : sources.entrySet()) {
      assertEquals(e.getValue(), Files.readString(dir.resolve(e.getKey())));
      assertEquals(e.getValue().getBytes(StandardCharsets.UTF_8).length, lengths.get(e.getKey()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.writeToEmpty(dir, b -> b));
    assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
  }

  @Test
  void refusesToFollowALinkOutOfTheDirectory(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("io"), outside);
    GeneratorResult r = Generator.builder().basePackage("io.example").build().generate(GoldenModel.model());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.writeTo(out));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    try (Stream<Path> files = Files.walk(outside)) {
      assertEquals(List.of(outside), files.toList(), "nothing written outside");
    }
  }

  @Test
  void writesThroughAFilerWithOriginatingElements() throws IOException {
    Map<String, StringWriter> created = new LinkedHashMap<>();
    List<Element[]> origins = new ArrayList<>();
    Filer filer =
        (Filer)
            Proxy.newProxyInstance(
                Filer.class.getClassLoader(),
                new Class<?>[] {Filer.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("createSourceFile")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  String name = args[0].toString();
                  origins.add((Element[]) args[1]);
                  StringWriter w = new StringWriter();
                  created.put(name, w);
                  return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public Writer openWriter() {
                      return w;
                    }

                    @Override
                    public OutputStream openOutputStream() {
                      throw new UnsupportedOperationException();
                    }
                  };
                });
    GeneratorResult r =
        Generator.builder().basePackage("io.example").kinds(Set.of("register")).build().generate(GoldenModel.model());
    r.writeTo(filer);
    assertEquals(
        List.of("io.example.apis.core.v1.CoreV1Register", "io.example.apis.example.v1.ExampleV1Register",
            "io.example.clientset.scheme.ClientsetScheme"),
        List.copyOf(created.keySet()));
    assertEquals(r.sources().get("io/example/clientset/scheme/ClientsetScheme.java"),
        created.get("io.example.clientset.scheme.ClientsetScheme").toString());
    origins.forEach(o -> assertArrayEquals(new Element[0], o));
    assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(created.values().iterator().next().toString()));
  }
}
