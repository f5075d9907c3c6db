package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The models and register sources of {@link GoldenModel} match the golden files, byte for byte. */
class ModelGoldenTest {

  static Map<String, String> sources() {
    return Generator.builder()
        .basePackage("io.example")
        .kinds(java.util.Set.of(ModelEmitter.KIND, RegisterEmitter.KIND))
        .build()
        .generate(GoldenModel.model())
        .sources();
  }

  @Test
  void matchesGoldenFiles() {
    GoldenFiles.check("basic", sources());
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    assertEquals(sources(), sources());
  }
}
