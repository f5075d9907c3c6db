package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.naming.PackageLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The emitted clientset and fake clientset of {@link ClientsetFixtures} match the files under
 * {@code src/test/resources/golden-clientset} exactly. Run with {@code -Dkubegen.golden.update=true}
 * to rewrite them (stale files are removed), then review the diff.
 */
class ClientsetGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-clientset");

  static List<JavaFile> emitAll(EmitContext context) {
    List<JavaFile> files = new ArrayList<>(new ClientsetEmitter().emit(context));
    files.addAll(new FakeClientsetEmitter().emit(context));
    return files;
  }

  @Test
  void outputMatchesGoldenFiles() throws IOException {
    List<JavaFile> files = emitAll(ClientsetFixtures.context());
    boolean update = Boolean.getBoolean("kubegen.golden.update");
    Set<String> expected = new TreeSet<>();
    List<String> mismatches = new ArrayList<>();
    for (JavaFile f : files) {
      String relative = PackageLayout.sourceFile(f.packageName(), f.typeSpec().name());
      expected.add(relative);
      Path golden = GOLDEN.resolve(relative);
      String actual = f.toString();
      if (update) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      } else if (!Files.exists(golden)) {
        mismatches.add(relative + ": no golden file");
      } else if (!Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
        mismatches.add(relative + ": differs");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, relative);
      }
    }
    Set<String> present = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> present.add(GOLDEN.relativize(p).toString().replace('\\', '/')));
    }
    present.removeAll(expected);
    if (update) {
      for (String stale : present) {
        Files.delete(GOLDEN.resolve(stale));
      }
    } else {
      present.forEach(p -> mismatches.add(p + ": golden file no longer emitted"));
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    List<String> first = emitAll(ClientsetFixtures.context()).stream().map(JavaFile::toString).toList();
    List<String> second = emitAll(ClientsetFixtures.context()).stream().map(JavaFile::toString).toList();
    assertEquals(first, second);
  }

  @Test
  void filesAreSortedAndCarryTheHeader() {
    List<JavaFile> files = new ClientsetEmitter().emit(ClientsetFixtures.context());
    List<String> names = files.stream().map(f -> f.packageName() + "." + f.typeSpec().name()).toList();
    assertEquals(names.stream().sorted().toList(), names);
    for (JavaFile f : emitAll(ClientsetFixtures.context())) {
      assertTrue(f.toString().startsWith("// " + GeneratedSources.HEADER), f.typeSpec().name());
      assertTrue(f.toString().contains("@Generated(\"io.kubegen\")"), f.typeSpec().name());
    }
  }
}
