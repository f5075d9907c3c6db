package io.kubegen.generator.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiles the golden model's sources with {@code -Xlint:all -Werror} together with a probe that
 * uses them as a user would ({@code src/test/resources/probes/basic}), then runs the probe: JSON
 * round trips with a plain ObjectMapper, unknown fields and enum values, deep copies, equality,
 * and scheme registration and decoding.
 */
class GeneratedCodeTest {

  @Test
  void compilesWithoutWarningsAndRuns() throws Exception {
    try (CompileHarness.Compiled compiled = CompileHarness.compile(ModelGoldenTest.sources(), probes("basic"))) {
      Runnable probe =
          (Runnable) compiled.load("io.example.probe.ModelProbe").getDeclaredConstructor().newInstance();
      probe.run();
      ((Runnable) compiled.load("io.example.probe.Jackson3Probe").getDeclaredConstructor().newInstance()).run();
    }
  }

  static Map<String, String> probes(String name) {
    Path dir = Path.of("src", "test", "resources", "probes", name);
    Map<String, String> probes = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
        probes.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return probes;
  }
}
